import { useCallback } from 'react';
import { downloadFile } from '../format/downloadFile';
import { sampleUrl, type SampleName } from '../pipeline/samples';
import type { PipelineActions } from './usePipeline';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The scored copy's file name: "monitoraggio-2023.xlsx" → "monitoraggio-2023-valutato.xlsx". */
export function scoredFileName(name: string | null, suffix: string): string {
  const base = (name ?? 'traguardo').replace(/\.xlsx$/i, '');
  return `${base}-${suffix}.xlsx`;
}

/** Preview mode's file plumbing: read a chosen or dropped file, fetch a bundled sample, download the result. */
export function usePreviewFiles(actions: PipelineActions, workbookName: string | null, suffix: string) {
  const openFile = useCallback(
    async (file: File) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await actions.openBytes(bytes, file.name);
    },
    [actions],
  );
  const loadSample = useCallback(
    async (name: SampleName) => {
      const url = sampleUrl(name);
      const file = url.split('/').pop() ?? url;
      let bytes: Uint8Array;
      try {
        const res = await fetch(url);
        bytes = res.ok ? new Uint8Array(await res.arrayBuffer()) : new Uint8Array();
      } catch {
        bytes = new Uint8Array();
      }
      await actions.openBytes(bytes, file);
    },
    [actions],
  );
  const download = useCallback(async () => {
    const bytes = await actions.save();
    if (bytes) downloadFile(scoredFileName(workbookName, suffix), XLSX_MIME, bytes);
  }, [actions, workbookName, suffix]);
  return { openFile, loadSample, download };
}
