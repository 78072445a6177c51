import type { Issue } from '../core/issues';
import { reportFindings } from '../core/rules/fingerprint';
import { findingCell } from '../core/sheet/placement';
import type { IndicatorReport, SheetReport } from '../core/sheet/report.types';

/** A finding with the cell it belongs to (`findingCell`), its indicator and its stable fingerprint. */
export interface PlacedFinding {
  issue: Issue;
  /** A1 address on the sheet; "" for a sheet-level finding without a cell. */
  cell: string;
  indicator: IndicatorReport | null;
  /** `fingerprintFindings`: rule code + sheet + indicator identity, never the row. */
  fingerprint: string;
}

/**
 * Every finding of a report, sheet-level first then each indicator's in row order, placed by the one rule the notes
 * use and fingerprinted: what the pane lists, the JSON report carries and review marks attach to.
 */
export function placeFindings(report: SheetReport): PlacedFinding[] {
  const indicators = report.indicators.flatMap((ind) => ind.evaluation.findings.map(() => ind));
  const sheetLevel = report.issues.length;
  return reportFindings(report).map((f, i) => {
    const indicator = i < sheetLevel ? null : (indicators[i - sheetLevel] as IndicatorReport);
    return { issue: f.finding, cell: findingCell(f.finding, indicator, report.mapping), indicator, fingerprint: f.fingerprint };
  });
}
