import { z } from 'zod';
import type { StoredSettings } from './port';
import { sameSheet } from './address';
import { StoredReviewsSchema } from './reviews';

/**
 * Preferred name of the very-hidden sheet where Traguardo keeps its settings and the record of what it added
 * (files). A user may have a sheet of that name: the state sheet is recognised by its signature
 * (`isStateSheet`), never by its name, and takes another name when this one is taken (`stateSheetName`).
 */
export const STATE_SHEET = '_traguardo';
/** How the state sheet's first cell starts: the state's JSON opens with its format mark. */
export const STATE_SIGNATURE = '{"format":"traguardo","version":1,';
/** Characters per cell of the state sheet (Excel holds at most 32,767 per cell). */
export const STATE_CHUNK = 30000;

const BandSchema = z.enum(['met', 'near-miss', 'shortfall']);

/** Plain JSON, for the parts of a cell's record that are ExcelJS's own (a value, a style). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const JsonSchema: z.ZodType<Json> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonSchema), z.record(z.string(), JsonSchema)]));

/** An output cell before Traguardo wrote it, in Excel (Office.js): its formula or constant and its number format. */
const OfficeOriginalSchema = z.object({ formula: z.union([z.string(), z.number(), z.boolean()]), format: z.string() });
/**
 * An output cell before Traguardo wrote it, in a file: ExcelJS's value and style, and where the package patcher
 * saved the workbook, the cell's element as it was, its cell format (index into the format table) and its row's spans.
 */
const FileOriginalSchema = z.object({
  value: JsonSchema,
  style: JsonSchema,
  xml: z.string().nullable().optional(),
  xf: z.number().int().optional(),
  spans: z.string().optional(),
});
/** The package patcher's table of the cell formats its records point to (under the key `~patch`). */
const FormatTableSchema = z.object({ xfs: z.array(z.object({ sig: z.string(), hint: z.number() })), dimension: z.string().optional() });
export const CellOriginalSchema = z.union([OfficeOriginalSchema, FileOriginalSchema, FormatTableSchema]);
export type CellOriginalRecord = z.infer<typeof CellOriginalSchema>;

/** A note as ExcelJS models it: plain text, or rich text runs (kept to give a user's note its formatting back). */
const RichNoteSchema = z.object({ texts: z.array(z.object({ text: z.string() }).passthrough()) }).passthrough();

/** What Traguardo added to one sheet, enough for Clear to restore it exactly in a later session. */
const SheetRecordSchema = z.object({
  output: z
    .object({
      column: z.string(),
      /** Rows of the output column Traguardo wrote (header and values). */
      rows: z.array(z.number().int().min(1)),
      /** Each written cell before Traguardo wrote it, by row (Office: formula and format; files: value and style). */
      originals: z.record(z.string(), CellOriginalSchema),
      /** Rows the name over the output column covered when written (Office; see `office/anchor.ts`). */
      anchor: z.object({ top: z.number().int().min(1), bottom: z.number().int().min(1) }).optional(),
    })
    .nullable(),
  /** Conditional-format rules Traguardo added (found again by their formula's mark). */
  highlights: z.array(z.object({ ref: z.string(), band: BandSchema, formula: z.string(), cells: z.number().int() })),
  /**
   * Cells that carry Traguardo's note. The user's part is read from the note itself on re-run and Clear (the
   * text before `NOTE_SEPARATOR`), so what the user wrote since is kept; `original` is the user's note at first
   * apply, used only to give an unchanged note back its rich-text formatting (files).
   */
  notes: z.array(z.object({ address: z.string(), original: z.union([z.string(), RichNoteSchema, z.null()]) })),
  /** The findings sheet Traguardo created for this sheet, or null. */
  findingsSheet: z.string().nullable(),
  counts: z.object({ values: z.number().int(), highlights: z.number().int(), notes: z.number().int() }),
});

/**
 * A sheet's record. Excel batches are not transactional (commands before a failing one stay applied), so apply
 * stores its record before anything else, with the records it replaces as `superseded`: whatever command a
 * batch fails at, the stored record covers everything on the sheet, and the next apply or Clear undoes it.
 * The batch's last command stores the record again without them.
 */
export const SheetStateSchema = SheetRecordSchema.extend({ superseded: z.array(SheetRecordSchema).optional() });
export type SheetState = z.infer<typeof SheetStateSchema>;
export type SheetRecord = z.infer<typeof SheetRecordSchema>;

/** A sheet's records, oldest first: those a failed apply left `superseded`, then the record itself. */
export function recordsOf(state: SheetState | undefined): SheetRecord[] {
  if (!state) return [];
  const { superseded, ...own } = state;
  return [...(superseded ?? []), own];
}

/**
 * What a cell of an output column held before Traguardo first wrote it: the original kept by the oldest
 * record that wrote the row (each later record took its original from the one before), or null.
 */
export function firstOriginal(records: SheetRecord[], column: string, row: number): CellOriginalRecord | null | undefined {
  for (const r of records) if (r.output?.column === column && r.output.rows.includes(row)) return r.output.originals[String(row)] ?? null;
  return undefined;
}

export const StoredSettingsSchema = z.object({
  version: z.literal(1),
  mappings: z.record(z.string(), z.unknown()),
  policy: z.record(z.string(), z.unknown()).optional(),
  /** The auditor's marks and last reviews (`reviews.ts`); a record that no longer validates is dropped, not the state. */
  reviews: StoredReviewsSchema.optional().catch(undefined),
  /** When each sheet was last computed (ISO 8601, by sheet name; read leniently: a bad one shows no time, never drops the state); absent in workbooks scored before it existed. */
  computedAt: z.record(z.string(), z.string()).optional().catch(undefined),
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
  // Keys in a fixed order, so the first cell starts with STATE_SIGNATURE.
  const json = JSON.stringify({ format: state.format, version: state.version, settings: state.settings, sheets: state.sheets });
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

/** The state a sheet's column A holds, or null when it is not Traguardo's state (no signature, or not a valid state). */
export function parseState(chunks: ReadonlyArray<unknown>): WorkbookState | null {
  const first = chunks[0];
  if (typeof first !== 'string' || !first.startsWith(STATE_SIGNATURE)) return null;
  const json = chunks.filter((c): c is string => typeof c === 'string').join('');
  try {
    const parsed = WorkbookStateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A sheet is Traguardo's state sheet only when it is hidden and its column A holds Traguardo's state
 * (`parseState`): a user's sheet named `_traguardo`, visible or very hidden, is never read, written or deleted.
 * Traguardo writes it very hidden; LibreOffice re-saves a very hidden sheet as hidden, so either is accepted.
 */
export const isStateSheet = (visibility: string, chunks: ReadonlyArray<unknown>): boolean => (visibility === 'veryHidden' || visibility === 'hidden') && parseState(chunks) !== null;

/** The name for a new state sheet: `_traguardo`, else `_traguardo_2`, `_traguardo_3`… the first no sheet has (case-insensitively). */
export function stateSheetName(taken: readonly string[]): string {
  let name = STATE_SHEET;
  for (let i = 2; taken.some((t) => sameSheet(t, name)); i++) name = `${STATE_SHEET}_${i}`;
  return name;
}

/** The stored settings in their port shape. */
export function settingsOf(state: WorkbookState): StoredSettings | null {
  const s = state.settings;
  if (!s) return null;
  const out: StoredSettings = { version: 1, mappings: s.mappings };
  if (s.policy !== undefined) out.policy = s.policy;
  if (s.reviews !== undefined) out.reviews = s.reviews;
  if (s.computedAt !== undefined) out.computedAt = s.computedAt;
  return out;
}

/**
 * The state with the record of `sheet` under that exact name: Excel compares sheet names case-insensitively, so
 * a record stored as "Obiettivi" is the record of a sheet since renamed "OBIETTIVI".
 */
export function keyedTo(state: WorkbookState, sheet: string): WorkbookState {
  const key = Object.keys(state.sheets).find((k) => k !== sheet && sameSheet(k, sheet));
  if (key === undefined || state.sheets[sheet] !== undefined) return state;
  const sheets = { ...state.sheets, [sheet]: state.sheets[key] as SheetState };
  delete sheets[key];
  return { ...state, sheets };
}
