// Session hardening: deny every permission, cancel every request that is not the app's own (the app is offline).
import type { Session } from 'electron';
import { isAppUrl } from './app-url';

export interface RequestPolicy {
  /** DevTools' own devtools:// pages, allowed only when DevTools are (development builds). */
  readonly allowDevtools: boolean;
}

/** Only app://nianbao, inline data:/blob: of the page, and (in development) devtools:// may load. */
export function isAllowedRequestUrl(raw: string, policy: RequestPolicy): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  switch (url.protocol) {
    case 'app:':
      return isAppUrl(raw);
    case 'data:':
      return true;
    case 'blob:':
      return isAppUrl(raw.slice('blob:'.length));
    case 'devtools:':
      return policy.allowDevtools;
    default:
      return false;
  }
}

type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'
>;

export function hardenSession(ses: GuardedSession, policy: RequestPolicy): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, policy);
    if (!allowed) console.warn(`已阻止网络请求（本应用离线工作）：${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
}
