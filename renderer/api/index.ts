// Picks the transport at start: the Electron preload bridge when present, else HTTP to the browser-mode server.
import type { ApiClient } from '../../shared/ipc/contract';
import type { BridgeGlobals } from '../../shared/ipc/bridge';
import type { ShellBridge } from '../../shared/ipc/shell-channels';
import { createApiClient } from './client';
import { bridgeTransport, httpTransport, readToken } from './transport';

export { ApiError, errorMessage } from './client';

const globals = globalThis as unknown as BridgeGlobals;

let client: ApiClient | null = null;

export function getApi(): ApiClient {
  if (!client) {
    client = createApiClient(globals.nianbao ? bridgeTransport(globals.nianbao) : httpTransport(readToken()));
  }
  return client;
}

/** Replaces the client (tests). */
export function setApi(next: ApiClient): void {
  client = next;
}

/** Desktop-only features (native dialogs, print, show in folder); null in browser mode. */
export function getShell(): ShellBridge | null {
  return globals.nianbaoShell ?? null;
}

export const isDesktop = (): boolean => Boolean(globals.nianbao);
