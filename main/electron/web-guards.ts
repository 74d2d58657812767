// Guards installed on every web contents: no navigation, no redirects, no new windows, no webview attachment.
import type { Event, WebContents } from 'electron';

/** The events whose default action (leaving the app's page) is always prevented. */
export const BLOCKED_NAVIGATION_EVENTS = ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const;

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

function prevent(event: Pick<Event, 'preventDefault'>): void {
  event.preventDefault();
}

/**
 * The renderer is a single-page app routed by the history API, so no real navigation is ever needed: all of it is
 * refused, as are popups (window.open, target=_blank) and webview attachment.
 */
export function guardWebContents(contents: GuardedContents): void {
  for (const name of BLOCKED_NAVIGATION_EVENTS) {
    (contents.on as (event: string, listener: (e: Event) => void) => void)(name, prevent);
  }
  (contents.on as (event: string, listener: (e: Event) => void) => void)('will-attach-webview', prevent);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
