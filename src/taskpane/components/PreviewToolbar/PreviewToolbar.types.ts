import type { SampleName } from '../../pipeline/samples';
import type { PaneStrings } from '../../strings';

export interface PreviewToolbarProps {
  strings: PaneStrings;
  busy: boolean;
  canDownload: boolean;
  onOpenFile(file: File): void;
  onLoadSample(name: SampleName): void;
  onDownload(): void;
}
