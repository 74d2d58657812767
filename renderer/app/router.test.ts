// Hash routes round-trip, and anything unknown lands on 我的年报.
import { crashNotice, parseRoute, routeHash, startRoute, type Route } from './router';

describe('router', () => {
  it('round-trips every route, ids included', () => {
    const routes: Route[] = [
      { name: 'list' },
      { name: 'new' },
      { name: 'trash' },
      { name: 'review' },
      { name: 'settings' },
      { name: 'edit', id: 'abc-123' },
      { name: 'edit', id: '甲/乙 丙' },
    ];
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
  });

  it('falls back to the list for unknown or broken hashes', () => {
    expect(parseRoute('')).toEqual({ name: 'list' });
    expect(parseRoute('#/nope')).toEqual({ name: 'list' });
    expect(parseRoute('#/edit/')).toEqual({ name: 'list' });
    expect(parseRoute('#/edit/%E0%A4%A')).toEqual({ name: 'list' });
  });
});

describe('start after the shell reloads a crashed window', () => {
  it('opens the draft named by ?reopen= when there is no hash', () => {
    expect(startRoute('', '?reopen=abc%201&notice=crash')).toEqual({ name: 'edit', id: 'abc 1' });
    expect(startRoute('#/trash', '?reopen=abc')).toEqual({ name: 'trash' });
    expect(startRoute('', '')).toEqual({ name: 'list' });
  });
  it('says what happened', () => {
    expect(crashNotice('?reopen=a&notice=crash')).toMatch(/^窗口意外关闭/);
    expect(crashNotice('?reopen=a')).toBeNull();
  });
});
