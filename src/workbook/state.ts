import { z } from 'zod';
import type { StoredSettings } from './port';

/** Name of the very-hidden sheet where Traguardo keeps its settings and the record of what it added. */
export const STATE_SHEET = '_traguardo';
/** Characters per cell of the state sheet (Excel holds at most 32,767 per cell). */
export const STATE_CHUNK = 30000;

const BandSchema = z.enum(['met', 'near-miss', 'shortfall']);

/** What Traguardo added to one sheet, enough for Clear to restore it exactly in a later session. */
export const SheetStateSchema = z.object({
  output: z
    .object({
      column: z.string(),
      /** Rows of the output column Traguardo wrote (header and values). */
      rows: z.array(z.number().int().min(1)),
      /** Each written cell's format before Traguardo wrote it, by row (adapter-specific: a number format or a style). */
      originals: z.record(z.string(), z.unknown()),
    })
    .nullable(),
  /** Conditional-format rules Traguardo added (found again by their formula's mark). */
  highlights: z.array(z.object({ ref: z.string(), band: BandSchema, formula: z.string(), cells: z.number().int() })),
  /** Cells that carry Traguardo's note; `original` is the user's note Traguardo appended to, or null. */
  notes: z.array(z.object({ address: z.string(), original: z.unknown() })),
  /** The findings sheet Traguardo created for this sheet, or null. */
  findingsSheet: z.string().nullable(),
  counts: z.object({ values: z.number().int(), highlights: z.number().int(), notes: z.number().int() }),
});
export type SheetState = z.infer<typeof SheetStateSchema>;

export const StoredSettingsSchema = z.object({
  version: z.literal(1),
  mappings: z.record(z.string(), z.unknown()),
  policy: z.record(z.string(), z.unknown()).optional(),
});

export const WorkbookStateSchema = z.object({
  format: z.literal('traguardo'),
  version: z.literal(1),
  settings: StoredSettingsSchema.nullable(),
  sheets: z.record(z.string(), SheetStateSchema),
});
export type WorkbookState = z.infer<typeof WorkbookStateSchema>;

export const emptyState = (): WorkbookState => ({ format: 'traguardo', version: 1, settings: null, sheets: {} });

/** True when the state holds nothing, so its sheet can be removed and the workbook equals the original. */
export const isEmptyState = (state: WorkbookState): boolean => state.settings === null && Object.keys(state.sheets).length === 0;

/** Split the state's JSON into cell-sized chunks, one per row of the state sheet's column A. */
export function encodeState(state: WorkbookState): string[] {
  const json = JSON.stringify(state);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += STATE_CHUNK) chunks.push(json.slice(i, i + STATE_CHUNK));
  return chunks;
}

/**
 * Read the state back from the state sheet's column A; an unreadable or foreign payload gives an empty state
 * (Traguardo then treats the workbook as never scored).
 * @example decodeState([]) //=> { format: 'traguardo', version: 1, settings: null, sheets: {} }
 */
export function decodeState(chunks: ReadonlyArray<unknown>): WorkbookState {
  const json = chunks.filter((c): c is string => typeof c === 'string').join('');
  if (json === '') return emptyState();
  try {
    const parsed = WorkbookStateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : emptyState();
  } catch {
    return emptyState();
  }
}

/** The stored settings in their port shape. */
export function settingsOf(state: WorkbookState): StoredSettings | null {
  const s = state.settings;
  if (!s) return null;
  const out: StoredSettings = { version: 1, mappings: s.mappings };
  if (s.policy !== undefined) out.policy = s.policy;
  return out;
}
