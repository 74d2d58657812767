// Browser mode's connection to the local service: online, retrying (service gone), or refused (token changed).
import { useSyncExternalStore } from 'react';

export type ConnectionStatus = 'online' | 'retrying' | 'refused';

/** The banner texts (one line each), shown while a request waits for the service. */
export const CONNECTION_MESSAGES: Readonly<Record<Exclude<ConnectionStatus, 'online'>, string>> = {
  retrying: '无法连接年报助手服务，正在重试…',
  refused:
    '年报助手服务的访问令牌已更换：请不要关闭本页，在新标签页中打开命令行窗口显示的地址，本页随后自动接上并保存。',
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
