import { decodeState, isEmptyState, type WorkbookState } from '../state';
import { HostError } from '../errors';
import { op, type Op } from './ops';

/**
 * Workbook settings (Excel.SettingCollection, ExcelApi 1.4) hold Traguardo's state as JSON, split over
 * "traguardo.state", "traguardo.state.1", … so each part fits one request.
 */
export const STATE_KEY = 'traguardo.state';

const partIndex = (key: string): number => (key === STATE_KEY ? 0 : Number(key.slice(STATE_KEY.length + 1)));
const isPart = (key: string): boolean => key === STATE_KEY || /^traguardo\.state\.\d+$/.test(key);

export interface StoredState {
  state: WorkbookState;
  /** Keys of the stored parts, to remove the ones a smaller state no longer needs. */
  keys: string[];
}

/** Queue the state's load; the returned function reads it after the sync. */
export function queueStateRead(ctx: Excel.RequestContext): () => StoredState {
  const settings = ctx.workbook.settings.load('items/key,items/value');
  return () => {
    const parts = settings.items.filter((s) => isPart(s.key)).sort((a, b) => partIndex(a.key) - partIndex(b.key));
    const chunks = parts.map((s) => {
      const v: unknown = s.value;
      return typeof v === 'string' ? v : JSON.stringify(v);
    });
    return { state: decodeState(chunks), keys: parts.map((s) => s.key) };
  };
}

/** The state's parts of at most `partSize` characters, with their keys (none when the state is empty). */
function partsOf(state: WorkbookState, partSize: number): Array<{ key: string; part: string }> {
  const json = isEmptyState(state) ? '' : JSON.stringify(state);
  const parts: Array<{ key: string; part: string }> = [];
  for (let i = 0; i * partSize < json.length; i++) parts.push({ key: i === 0 ? STATE_KEY : `${STATE_KEY}.${i}`, part: json.slice(i * partSize, (i + 1) * partSize) });
  return parts;
}

/** The keys `stateWriteOps` leaves stored for `state`. */
export const storedKeys = (state: WorkbookState, partSize: number): string[] => partsOf(state, partSize).map((p) => p.key);

/** Ops that store the state (parts of at most `partSize` characters), or remove it when empty. */
export function stateWriteOps(ctx: Excel.RequestContext, state: WorkbookState, stored: string[], partSize: number): Op[] {
  const parts = partsOf(state, partSize);
  const keys = parts.map((p) => p.key);
  const ops: Op[] = parts.map(({ key, part }) => op(part, () => ctx.workbook.settings.add(key, part)));
  for (const key of stored) if (!keys.includes(key)) ops.push(op(key, () => ctx.workbook.settings.getItem(key).delete()));
  return ops;
}

/**
 * Settings are limited to 2 MB in all, not per setting
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/persisting-add-in-state-and-settings); past it
 * the host refuses the write. Traguardo's state keeps a margin for other settings of the add-in.
 */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;
const STATE_LIMIT_BYTES = SETTINGS_LIMIT_BYTES - 64 * 1024;

/** Refuse, before anything is written, a state the workbook's settings cannot hold, with a clear message. */
export function checkStateSize(state: WorkbookState): void {
  // Measured as stored: each part is a string setting, serialized again by the host (every quote and backslash
  // escaped), which a plain JSON.stringify of the state undercounts by a tenth or more.
  const bytes = new TextEncoder().encode(JSON.stringify(JSON.stringify(state))).length;
  if (bytes > STATE_LIMIT_BYTES) {
    throw new HostError('SettingsTooLarge', `Traguardo's record of this workbook would take ${Math.ceil(bytes / 1024)} KB, over the ${STATE_LIMIT_BYTES / 1024} KB the workbook settings can hold (2 MB in all): clear the sheets scored earlier, then compute again.`);
  }
}
