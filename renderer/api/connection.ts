// Browser mode's connection to the local service: online, retrying (service gone), or refused (token changed).
import { useSyncExternalStore } from 'react';

export type ConnectionStatus = 'online' | 'retrying' | 'refused';

/** The banner texts (one line each), shown while a request waits for the service. */
export const CONNECTION_MESSAGES: Readonly<Record<Exclude<ConnectionStatus, 'online'>, string>> = {
  retrying: '无法连接年报助手服务，正在重试…',
  refused:
    '年报助手服务已换了访问令牌：请用命令行窗口显示的新地址重新打开本页，未保存的修改已留在本浏览器中，打开后会自动保存。',
};

export class Connection {
  private status: ConnectionStatus = 'online';
  private readonly listeners = new Set<() => void>();

  get = (): ConnectionStatus => this.status;

  set(next: ConnectionStatus): void {
    if (next === this.status) return;
    this.status = next;
    for (const l of [...this.listeners]) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The page's one connection (the Electron bridge never leaves 'online'). */
export const connection = new Connection();

export function useConnectionStatus(source: Connection = connection): ConnectionStatus {
  return useSyncExternalStore(source.subscribe, source.get, source.get);
}
