import { useEffect, useMemo, useRef } from 'react';
import { buildGridModel } from './buildGridModel';
import type { SheetGridProps } from './SheetGrid.types';

/** The grid model, and scrolling the selected cell (or its merged area) to the middle of the grid. */
export function useSheetGrid({ snapshot, plan, lang, decimals, selected }: SheetGridProps) {
  const model = useMemo(() => buildGridModel(snapshot, plan, lang, decimals), [snapshot, plan, lang, decimals]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const target = selected ? (model.mergedInto.get(selected) ?? selected) : null;
  useEffect(() => {
    if (!target) return;
    const scroller = scrollRef.current;
    const el = scroller?.querySelector<HTMLElement>(`[data-address="${target}"]`);
    if (!scroller || !el) return;
    // Scroll the grid only (scrollIntoView would also scroll the page around it).
    const box = el.getBoundingClientRect();
    const port = scroller.getBoundingClientRect();
    scroller.scrollTo?.({
      top: scroller.scrollTop + box.top - port.top - (scroller.clientHeight - box.height) / 2,
      left: scroller.scrollLeft + box.left - port.left - (scroller.clientWidth - box.width) / 2,
    });
  }, [target]);
  return { model, scrollRef, target };
}
