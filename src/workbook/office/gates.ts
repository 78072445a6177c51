/** The manifest's minimum requirement set; everything above it is gated. */
export const MIN_EXCEL_API = '1.7';

/** Which APIs above the minimum this host supports. */
export interface Gates {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  merges: boolean;
  /** Range.getSpecialCellsOrNullObject('Visible'), to find hidden rows and columns (ExcelApi 1.9). */
  visibleCells: boolean;
  /** Worksheet.notes (ExcelApi 1.18). */
  notes: boolean;
  /** Worksheet.comments, threaded comments (ExcelApi 1.10). */
  comments: boolean;
}

export type IsSetSupported = (set: string, version: string) => boolean;

/** Ask the host once which gated APIs it has. */
export function gatesFrom(isSetSupported: IsSetSupported): Gates {
  const has = (v: string): boolean => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return { merges: has('1.13'), visibleCells: has('1.9'), notes: has('1.18'), comments: has('1.10') };
}

/** The host's isSetSupported, when Office is loaded. */
export function officeIsSetSupported(set: string, version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
}
