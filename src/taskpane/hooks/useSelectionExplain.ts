import { useCallback, useEffect, useState } from 'react';
import type { WorkbookPort } from '../../workbook/port';
import type { Selection } from '../components/Explanation/explanationModel';
import type { PaneMode } from '../pipeline/pipeline.types';

export interface SelectionExplain {
  /** The last selection the explanation follows, or null. */
  selection: Selection | null;
  /** Follow a selection made in the pane (a summary indicator, a preview row); null forgets it. */
  show(sel: Selection | null): void;
}

/**
 * The selection the explanation card follows. In Excel, while there are results, it subscribes to the workbook's
 * selection (`WorkbookPort.onSelectionChanged`) and unsubscribes when the results go, the workbook changes or the
 * pane closes. Selections made in the pane (the summary's indicators, the preview grid's rows) are shown the same way.
 */
export function useSelectionExplain(mode: PaneMode, port: WorkbookPort | null, active: boolean): SelectionExplain {
  const [selection, setSelection] = useState<Selection | null>(null);

  useEffect(() => {
    if (!active) {
      setSelection(null);
      return;
    }
    if (mode !== 'excel' || !port?.onSelectionChanged) return;
    let closed = false;
    let unsubscribe: (() => Promise<void>) | null = null;
    const quietly = (off: () => Promise<void>) => void off().catch(() => undefined);
    port
      .onSelectionChanged((sel) => {
        if (!closed) setSelection(sel);
      })
      .then((off) => {
        if (closed) quietly(off);
        else unsubscribe = off;
      })
      // No event in this host: the card still follows the pane's own selections.
      .catch(() => undefined);
    return () => {
      closed = true;
      if (unsubscribe) quietly(unsubscribe);
    };
  }, [mode, port, active]);

  const show = useCallback((sel: Selection | null) => setSelection(sel), []);
  return { selection, show };
}
