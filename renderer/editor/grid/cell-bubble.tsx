// The message bubble of the active cell, placed in the viewport next to its input (below, or above near the bottom).
import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

export interface CellBubbleProps {
  readonly id: string;
  readonly anchor: RefObject<HTMLInputElement | null>;
  readonly children: ReactNode;
}

const GAP = 2;

/** Positions `el` under (or over) the anchor, kept inside the viewport horizontally. */
function place(el: HTMLElement, anchor: HTMLElement): void {
  const a = anchor.getBoundingClientRect();
  const b = el.getBoundingClientRect();
  const below = window.innerHeight - a.bottom;
  const top = below >= b.height + GAP || a.top < b.height + GAP ? a.bottom + GAP : a.top - b.height - GAP;
  const left = Math.max(4, Math.min(a.left, window.innerWidth - b.width - 4));
  el.style.top = `${Math.round(top)}px`;
  el.style.left = `${Math.round(left)}px`;
}

export function CellBubble({ id, anchor, children }: CellBubbleProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const input = anchor.current;
    if (!el || !input) return;
    const update = () => place(el, input);
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  });
  return (
    <div ref={ref} id={id} className="cell-bubble" role="status">
      {children}
    </div>
  );
}
