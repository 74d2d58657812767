// App-wide messages: a stack of dismissable notices (information stays 4 s, problems until closed).
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

interface Notice {
  readonly id: number;
  readonly kind: NoticeKind;
  readonly text: string;
}

type Notify = (text: string, kind?: NoticeKind) => void;

const NoticeContext = createContext<Notify>(() => undefined);

export function useNotify(): Notify {
  return useContext(NoticeContext);
}

export function NoticeProvider({ children }: { readonly children: ReactNode }) {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const next = useRef(1);
  const close = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback<Notify>(
    (text, kind = 'info') => {
      const id = next.current++;
      setNotices((list) => [...list.filter((n) => n.text !== text), { id, kind, text }]);
      if (kind === 'info' || kind === 'success') setTimeout(() => close(id), 4000);
    },
    [close],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notices" aria-live="polite">
        {notices.map((n) => (
          <div
            key={n.id}
            className={`notice notice-${n.kind}`}
            role={n.kind === 'error' ? 'alert' : 'status'}
          >
            <span className="notice-text">{n.text}</span>
            <button type="button" className="btn btn-small" onClick={() => close(n.id)}>
              关闭
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}
