// Hash routes of the app (works under app:// and http alike): 我的年报, 新建, 编辑, 审核与汇总, 回收站, 设置.
import { useCallback, useEffect, useState } from 'react';

export type Route =
  | { readonly name: 'list' }
  | { readonly name: 'new' }
  | { readonly name: 'edit'; readonly id: string }
  | { readonly name: 'trash' }
  | { readonly name: 'review' }
  | { readonly name: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head = '', rest = ''] = path.split(/\/(.*)/s);
  if (head === 'new') return { name: 'new' };
  if (head === 'trash') return { name: 'trash' };
  if (head === 'review') return { name: 'review' };
  if (head === 'settings') return { name: 'settings' };
  if (head === 'edit' && rest) {
    try {
      return { name: 'edit', id: decodeURIComponent(rest) };
    } catch {
      return { name: 'list' };
    }
  }
  return { name: 'list' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'list':
      return '#/';
    case 'edit':
      return `#/edit/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.name}`;
  }
}

/**
 * The first route: the hash, or — when the Electron shell reloads the window after a renderer crash
 * (`index.html?reopen=<draftId>&notice=crash`) — the editor of the draft that was open.
 */
export function startRoute(hash: string, search: string): Route {
  const reopen = new URLSearchParams(search).get('reopen');
  if ((hash === '' || hash === '#' || hash === '#/') && reopen) return { name: 'edit', id: reopen };
  return parseRoute(hash);
}

/** The notice to show at start for the shell's reload after a crash, or null. */
export function crashNotice(search: string): string | null {
  return new URLSearchParams(search).get('notice') === 'crash'
    ? '窗口意外关闭，已重新打开。自动保存的内容都在；若最后几秒的输入不见了，请补上。'
    : null;
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => startRoute(window.location.hash, window.location.search));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route) => {
    const hash = routeHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
  }, []);
  return [route, go];
}
