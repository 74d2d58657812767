// The preload (sandboxed, bundled to one file): exposes window.nianbao (the contract) and window.nianbaoShell.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, SHELL_BRIDGE_GLOBAL, type Bridge } from '../../shared/ipc/bridge';
// Both replaced at build time by plain lists of names (scripts/build-main.mjs), so zod stays out of the preload.
import { channelNames } from '../../shared/ipc/contract';
import { shellChannelNames, type ShellBridge } from '../../shared/ipc/shell-channels';
import { isMenuCommand, MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/ipc/shell-names';

type Invoke = (channel: string, request: unknown) => Promise<unknown>;

/** One method per name, each forwarding only the request (never an event object or ipcRenderer itself). */
function methods(
  names: readonly string[],
  invoke: Invoke,
): Record<string, (req: unknown) => Promise<unknown>> {
  const api: Record<string, (req: unknown) => Promise<unknown>> = {};
  for (const name of names) api[name] = (req: unknown) => invoke(name, req);
  return api;
}

export function buildBridge(invoke: Invoke): Bridge {
  return Object.freeze(methods(channelNames, invoke)) as unknown as Bridge;
}

type Subscribe = (listener: (command: MenuCommand) => void) => () => void;

export function buildShellBridge(invoke: Invoke, onMenuCommand: Subscribe): ShellBridge {
  return Object.freeze({ ...methods(shellChannelNames, invoke), onMenuCommand }) as unknown as ShellBridge;
}

/** Menu commands reach the listener as a bare allow-listed string; the IPC event stays in the preload. */
export const subscribeMenu: Subscribe = (listener) => {
  if (typeof listener !== 'function') throw new TypeError('onMenuCommand 需要一个函数');
  const wrapped = (_event: unknown, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
  };
};

const invoke: Invoke = (channel, request) => ipcRenderer.invoke(channel, request);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, buildBridge(invoke));
contextBridge.exposeInMainWorld(SHELL_BRIDGE_GLOBAL, buildShellBridge(invoke, subscribeMenu));
