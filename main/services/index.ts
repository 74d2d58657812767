// The backend: one object implementing every channel of the IPC contract, for Electron, the CLI and browser mode.
import type { Services } from '../../shared/ipc/contract';
import { APP_VERSION } from '../version';

export interface ServiceOptions {
  /** Where drafts, history and settings live. */
  readonly dataDir: string;
  readonly shell: 'electron' | 'browser';
}

export function createServices(options: ServiceOptions): Services {
  return {
    'app:info': async () => ({ version: APP_VERSION, dataDir: options.dataDir, shell: options.shell }),
    'settings:get': async () => {
      throw new Error('settings: not wired yet');
    },
    'settings:set': async () => {
      throw new Error('settings: not wired yet');
    },
    'drafts:list': async () => {
      throw new Error('drafts: not wired yet');
    },
    'drafts:open': async () => {
      throw new Error('drafts: not wired yet');
    },
    'drafts:save': async () => {
      throw new Error('drafts: not wired yet');
    },
  };
}
