import { z } from 'zod';
import type { StoredSettings } from './port';
import { freeSheetName, sameSheet } from './address';
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

/** A cell before Traguardo wrote it, in Excel (Office.js): its formula or constant and its number format. */
const OfficeBeforeSchema = z.object({ formula: z.union([z.string(), z.number(), z.boolean()]), format: z.string() });
/**
 * The package patcher's token for a cell it wrote (`file/package/packagePatcher.ts`): the cell's element as it was
 * in the package (null: there was no element), its cell format as an index into the record's `patch.xfs`, and its
 * row's `spans`. Only the patcher reads it, to give the package its bytes back.
 */
const PatchTokenSchema = z.object({ xml: z.string().nullable(), xf: z.number().int().min(0), spans: z.string().optional() });
/** A cell before Traguardo wrote it, in a file: ExcelJS's value and style, and the patcher's token where it saved the package. */
const FileBeforeSchema = z.object({ value: JsonSchema, style: JsonSchema, patch: PatchTokenSchema.optional() });
export const CellBeforeSchema = z.union([OfficeBeforeSchema, FileBeforeSchema]);
/** What a cell held before Traguardo wrote it, as the executor that wrote it can give it back. */
export type CellBefore = z.infer<typeof CellBeforeSchema>;
export type OfficeBefore = z.infer<typeof OfficeBeforeSchema>;
export type FileBefore = z.infer<typeof FileBeforeSchema>;
export type PatchToken = z.infer<typeof PatchTokenSchema>;
/** The package patcher's table of the cell formats its tokens point to, and the sheet's dimension before it widened it. */
const PatchTableSchema = z.object({ xfs: z.array(z.object({ sig: z.string(), hint: z.number() })), dimension: z.string().optional() });
export type PatchTable = z.infer<typeof PatchTableSchema>;

/** A note as ExcelJS models it: plain text, or rich text runs (kept to give a user's note its formatting back). */
const RichNoteSchema = z.object({ texts: z.array(z.object({ text: z.string() }).passthrough()) }).passthrough();

/**
 * What one apply wrote to a sheet (`AppliedEdit`, version 2): every cell written, by column, with what it held
 * before. Clear is its inverse (`invert` in `edit.ts`), the same for every executor.
 */
const AppliedEditV2Schema = z.object({
  edit: z.literal(2),
  /** Traguardo's output column (the one the anchor name covers in Excel, and `SheetSnapshot.outputColumn`), or null. */
  column: z.string().nullable(),
  /** The cells written, by column: their rows, and what each held before (a row absent from `before` held nothing). */
  cells: z.array(z.object({ column: z.string(), rows: z.array(z.number().int().min(1)), before: z.record(z.string(), CellBeforeSchema) })),
  /** Rows the name over the output column covered when written (Office; see `office/anchor.ts`). */
  anchor: z.object({ top: z.number().int().min(1), bottom: z.number().int().min(1) }).optional(),
  /** The package patcher's format table (files saved by patching the package). */
  patch: PatchTableSchema.optional(),
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
 * A record of version 1 (one output column, `originals` by row, the patcher's fields flat and its table under
 * `~patch`) in the shape of version 2; anything else as it is (the schema then refuses what is not valid).
 */
export function migrateRecord(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('output' in raw) || 'edit' in raw) return raw;
  const { output, ...rest } = raw as { output: unknown } & Record<string, unknown>;
  if (output === null) return { edit: 2, column: null, cells: [], ...rest };
  if (typeof output !== 'object' || output === undefined) return raw;
  const o = output as { column?: unknown; rows?: unknown; originals?: Record<string, unknown>; anchor?: unknown };
  const before: Record<string, unknown> = {};
  let patch: unknown;
  for (const [key, v] of Object.entries(o.originals ?? {})) {
    if (key === '~patch') patch = v;
    else if (typeof v === 'object' && v !== null && 'xml' in v) {
      const { xml, xf, spans, ...file } = v as Record<string, unknown>;
      before[key] = { ...file, patch: spans === undefined ? { xml, xf } : { xml, xf, spans } };
    } else before[key] = v;
  }
  return {
    edit: 2,
    column: o.column,
    cells: [{ column: o.column, rows: o.rows, before }],
    ...(o.anchor === undefined ? {} : { anchor: o.anchor }),
    ...(patch === undefined ? {} : { patch }),
    ...rest,
  };
}

/** A stored record: version 2, or version 1 migrated to it. */
export const AppliedEditSchema = z.preprocess(migrateRecord, AppliedEditV2Schema);
/** What one apply wrote to a sheet, with what each cell held before. */
export type AppliedEdit = z.infer<typeof AppliedEditV2Schema>;
export type SheetRecord = AppliedEdit;

/**
 * A sheet's record. Excel batches are not transactional (commands before a failing one stay applied), so apply
 * stores its record before anything else, with the records it replaces as `superseded`: whatever command a
 * batch fails at, the stored record covers everything on the sheet, and the next apply or Clear undoes it.
 * The batch's last command stores the record again without them.
 */
export const SheetStateSchema = z.preprocess((raw) => {
  const own = migrateRecord(raw);
  const s = typeof own === 'object' && own !== null ? (own as { superseded?: unknown }).superseded : undefined;
  return Array.isArray(s) ? { ...(own as object), superseded: s.map(migrateRecord) } : own;
}, AppliedEditV2Schema.extend({ superseded: z.array(AppliedEditV2Schema).optional() }));
export type SheetState = z.infer<typeof SheetStateSchema>;

/** A sheet's records, oldest first: those a failed apply left `superseded`, then the record itself. */
export function recordsOf(state: SheetState | undefined): SheetRecord[] {
  if (!state) return [];
  const { superseded, ...own } = state;
  return [...(superseded ?? []), own];
}

/**
 * What a cell held before Traguardo first wrote it: what the oldest record that wrote it kept (each later record
 * took its `before` from the one before), null when it held nothing, undefined when no record wrote it.
 */
export function firstBefore(records: readonly AppliedEdit[], column: string, row: number): CellBefore | null | undefined {
  for (const r of records) {
    for (const c of r.cells) if (c.column === column && c.rows.includes(row)) return c.before[String(row)] ?? null;
  }
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
  return freeSheetName(STATE_SHEET, (name) => taken.some((t) => sameSheet(t, name)), (i) => `_${i}`);
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
