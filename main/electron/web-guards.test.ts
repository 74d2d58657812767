// Navigation, redirects, new windows and webview attachment are refused on every web contents.
import { BrowserWindow, FakeWebContents, app, resetElectronMock } from './__mocks__/electron';
import { BLOCKED_NAVIGATION_EVENTS, guardWebContents } from './web-guards';

const urls = [
  'https://example.com/',
  'http://127.0.0.1:8080/',
  'file:///C:/Windows/System32/calc.exe',
  'app://nianbao/other.html',
  'app://nianbao/index.html',
  'javascript:alert(1)',
];

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardWebContents(contents as never);
  return contents;
}

beforeEach(() => resetElectronMock());

describe('guardWebContents', () => {
  it.each(BLOCKED_NAVIGATION_EVENTS)('prevents %s for every URL, including the app itself', (name) => {
    const contents = guarded();
    expect(contents.handlersOf(name)).toHaveLength(1);
    for (const url of urls) {
      const event = { preventDefault: jest.fn(), url };
      contents.emit(name, event, url);
      expect(event.preventDefault).toHaveBeenCalledTimes(1);
    }
  });

  it('denies every window.open / target=_blank', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler).not.toBeNull();
    for (const url of urls) {
      expect(
        contents.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' }),
      ).toEqual({
        action: 'deny',
      });
    }
  });

  it('prevents webview attachment', () => {
    const contents = guarded();
    const event = { preventDefault: jest.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('every web contents is guarded', () => {
  it('installs the guards through app web-contents-created (covers the window and any later contents)', () => {
    const { startApp } = jest.requireActual<typeof import('./start')>('./start');
    startApp({ distDir: '/tmp/nianbao-dist/electron', env: {} });
    const win = new BrowserWindow({});
    expect(app.handlersOf('web-contents-created')).toHaveLength(1);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://x' })).toEqual({ action: 'deny' });
    const event = { preventDefault: jest.fn() };
    win.webContents.emit('will-navigate', event, 'https://x');
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
