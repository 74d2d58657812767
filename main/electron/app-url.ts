// The app's own origin (app://nianbao) and the checks that a URL or IPC sender frame belongs to it.

export const APP_SCHEME = 'app';
export const APP_HOST = 'nianbao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs on the app's own origin (scheme app, host nianbao, no credentials or port). */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** The part of a WebFrameMain the sender check needs. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

/** An IPC sender is trusted only when it is a top frame (no parent) showing a page of the app's own origin. */
export function isTrustedSenderFrame(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
