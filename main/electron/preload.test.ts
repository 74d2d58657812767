// The preload exposes exactly the contract's channels (and the shell channels) as frozen objects, never ipcRenderer.
import { channelNames } from '../../shared/ipc/contract';
import { shellChannelNames } from '../../shared/ipc/shell-channels';
import type * as ElectronMock from './__mocks__/electron';

type Api = Record<string, unknown>;
let contextBridge: typeof ElectronMock.contextBridge;
let ipcRenderer: typeof ElectronMock.ipcRenderer;

/** Loads a fresh copy of the preload (it exposes its objects at load time) with its own electron mock. */
function loadPreload(): { nianbao: Api; nianbaoShell: Api } {
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const electron = require('electron') as typeof ElectronMock;
    electron.resetElectronMock();
    ({ contextBridge, ipcRenderer } = electron);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./preload');
  });
  return {
    nianbao: contextBridge.exposed.get('nianbao') as Api,
    nianbaoShell: contextBridge.exposed.get('nianbaoShell') as Api,
  };
}

describe('preload bridge', () => {
  it('exposes only window.nianbao and window.nianbaoShell', () => {
    loadPreload();
    expect([...contextBridge.exposed.keys()].sort()).toEqual(['nianbao', 'nianbaoShell']);
  });

  it('window.nianbao has exactly the contract channels, all functions, frozen', () => {
    const { nianbao } = loadPreload();
    expect(Object.keys(nianbao).sort()).toEqual([...channelNames].sort());
    for (const value of Object.values(nianbao)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(nianbao)).toBe(true);
  });

  it('window.nianbaoShell has exactly the shell channels plus onMenuCommand, frozen', () => {
    const { nianbaoShell } = loadPreload();
    expect(Object.keys(nianbaoShell).sort()).toEqual([...shellChannelNames, 'onMenuCommand'].sort());
    expect(Object.isFrozen(nianbaoShell)).toBe(true);
  });

  it('never hands out ipcRenderer or its methods', () => {
    const { nianbao, nianbaoShell } = loadPreload();
    const values = [...Object.values(nianbao), ...Object.values(nianbaoShell)];
    for (const v of values) {
      expect(v).not.toBe(ipcRenderer);
      expect([ipcRenderer.invoke, ipcRenderer.send, ipcRenderer.sendSync, ipcRenderer.on]).not.toContain(v);
    }
  });

  it('each method invokes its own channel with only the request and returns the Result', async () => {
    const { nianbao, nianbaoShell } = loadPreload();
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: 42 });
    for (const name of channelNames) {
      ipcRenderer.invoke.mockClear();
      const result = await (nianbao[name] as (r: unknown) => Promise<unknown>)({ probe: name });
      expect(result).toEqual({ ok: true, value: 42 });
      expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
      expect(ipcRenderer.invoke.mock.calls[0]).toEqual([name, { probe: name }]);
    }
    ipcRenderer.invoke.mockClear();
    await (nianbaoShell['shell:print'] as (r: unknown) => Promise<unknown>)({});
    expect(ipcRenderer.invoke.mock.calls[0]).toEqual(['shell:print', {}]);
  });

  it('menu commands reach the listener as the bare command, never the event; unknown ones are dropped', () => {
    const { nianbaoShell } = loadPreload();
    const listener = jest.fn();
    const off = (nianbaoShell.onMenuCommand as (l: (c: string) => void) => () => void)(listener);
    const fakeEvent = { sender: ipcRenderer, senderId: 0 };
    ipcRenderer.emit('menu:command', fakeEvent, 'save');
    ipcRenderer.emit('menu:command', fakeEvent, 'rm -rf');
    ipcRenderer.emit('menu:command', fakeEvent, { toString: () => 'save' });
    expect(listener.mock.calls).toEqual([['save']]);
    off();
    ipcRenderer.emit('menu:command', fakeEvent, 'print');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount('menu:command')).toBe(0);
  });

  it('refuses a non-function listener', () => {
    const { nianbaoShell } = loadPreload();
    expect(() => (nianbaoShell.onMenuCommand as (l: unknown) => void)('x')).toThrow(TypeError);
  });
});
