import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

export interface RovingFocus<T extends HTMLElement> {
  ref: React.RefObject<T | null>;
  onKeyDown(event: KeyboardEvent<T>): void;
  onFocus(event: FocusEvent<T>): void;
}

const KEYS = {
  vertical: { next: 'ArrowDown', previous: 'ArrowUp' },
  horizontal: { next: 'ArrowRight', previous: 'ArrowLeft' },
} as const;

/**
 * A roving tab stop over the items of a container (WAI-ARIA "roving tabindex"): the container is one Tab stop,
 * arrow keys, Home and End move between its items, and it remembers the last item focused. Plain DOM, no focus
 * sentinels: nothing hidden is ever focusable.
 * @example const roving = useRovingFocus<HTMLDivElement>('button', 'vertical'); <div {...roving}>…</div>
 */
export function useRovingFocus<T extends HTMLElement>(selector: string, axis: 'vertical' | 'horizontal'): RovingFocus<T> {
  const ref = useRef<T | null>(null);
  const current = useRef<HTMLElement | null>(null);
  const items = useCallback((): HTMLElement[] => (ref.current ? [...ref.current.querySelectorAll<HTMLElement>(selector)] : []), [selector]);

  // After every render: exactly one item is tabbable, the remembered one while it is still there, else the first.
  useLayoutEffect(() => {
    const all = items();
    const keep = current.current && all.includes(current.current) ? current.current : (all[0] ?? null);
    for (const el of all) el.tabIndex = el === keep ? 0 : -1;
    current.current = keep;
  });

  const onFocus = useCallback(
    (event: FocusEvent<T>) => {
      const all = items();
      const target = all.find((el) => el === event.target || el.contains(event.target as Node));
      if (!target || target === current.current) return;
      if (current.current) current.current.tabIndex = -1;
      target.tabIndex = 0;
      current.current = target;
    },
    [items],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<T>) => {
      const all = items();
      if (all.length === 0) return;
      const at = current.current ? all.indexOf(current.current) : -1;
      const keys = KEYS[axis];
      let next: number;
      if (event.key === keys.next) next = Math.min(all.length - 1, at + 1);
      else if (event.key === keys.previous) next = Math.max(0, at - 1);
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = all.length - 1;
      else return;
      event.preventDefault();
      all[next]?.focus();
    },
    [axis, items],
  );

  return { ref, onKeyDown, onFocus };
}
