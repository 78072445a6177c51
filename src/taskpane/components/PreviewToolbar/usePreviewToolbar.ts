import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import type { PreviewToolbarProps } from './PreviewToolbar.types';

export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The hidden file input, and drag-and-drop of a workbook onto the drop area. */
export function usePreviewToolbar({ onOpenFile, busy }: PreviewToolbarProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  return {
    inputRef,
    dragging,
    browse: () => inputRef.current?.click(),
    onInputChange: (e: ChangeEvent<HTMLInputElement>) => {
      const file = e.target.files?.[0];
      if (file) onOpenFile(file);
      e.target.value = '';
    },
    dropHandlers: {
      onDragOver: (e: DragEvent) => {
        if (busy) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file && !busy) onOpenFile(file);
      },
    },
  };
}
