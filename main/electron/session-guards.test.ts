// The session denies every permission and cancels every request that is not the app's own.
import { FakeSession } from './__mocks__/electron';
import { hardenSession, isAllowedRequestUrl } from './session-guards';

const remote = [
  'http://example.com/',
  'https://example.com/a.js',
  'ws://127.0.0.1:9222/',
  'wss://example.com/socket',
  'ftp://example.com/file',
  'file:///C:/Windows/win.ini',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://nianbao:81/index.html',
  'blob:https://example.com/uuid',
  'chrome://settings',
  'not a url',
];

describe('isAllowedRequestUrl', () => {
  it.each(remote)('cancels %s', (url) => {
    expect(isAllowedRequestUrl(url, { allowDevtools: true })).toBe(false);
  });

  it('allows the app origin and its inline data/blob URLs', () => {
    for (const url of [
      'app://nianbao/index.html',
      'app://nianbao/assets/a.js',
      'data:image/png;base64,AAAA',
    ]) {
      expect(isAllowedRequestUrl(url, { allowDevtools: false })).toBe(true);
    }
    expect(isAllowedRequestUrl('blob:app://nianbao/0b9c-uuid', { allowDevtools: false })).toBe(true);
  });

  it('allows devtools:// only when DevTools are allowed', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', { allowDevtools: true })).toBe(
      true,
    );
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', { allowDevtools: false })).toBe(
      false,
    );
  });
});

describe('hardenSession', () => {
  const ses = new FakeSession();
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  hardenSession(ses as never, { allowDevtools: false });
  afterAll(() => warn.mockRestore());

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'fullscreen',
    'openExternal',
    'unknown',
  ])('denies the permission request %s', (permission) => {
    const callback = jest.fn();
    ses.permissionRequestHandler?.({}, permission, callback, {});
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('denies permission checks and device access', () => {
    expect(ses.permissionCheckHandler?.({}, 'media', 'app://nianbao', {})).toBe(false);
    expect(ses.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels remote requests and lets app:// through', () => {
    for (const url of remote) {
      const callback = jest.fn();
      ses.beforeRequest?.({ url }, callback);
      expect(callback).toHaveBeenCalledWith({ cancel: true });
    }
    const callback = jest.fn();
    ses.beforeRequest?.({ url: 'app://nianbao/index.html' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: false });
  });
});
