// The preload bridge's type (`window.nianbao`): one method per contract channel, each resolving to a Result.
import type { ChannelName, RequestOf, ResponseOf } from './contract';
import type { Result } from './result';
import type { ShellBridge } from './shell-channels';

export type Bridge = { readonly [K in ChannelName]: (req: RequestOf<K>) => Promise<Result<ResponseOf<K>>> };

/** The globals the Electron preload defines; browser mode defines neither. */
export interface BridgeGlobals {
  readonly nianbao?: Bridge;
  readonly nianbaoShell?: ShellBridge;
}

export const BRIDGE_GLOBAL = 'nianbao';
export const SHELL_BRIDGE_GLOBAL = 'nianbaoShell';
