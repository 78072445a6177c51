import { z } from 'zod';
import { ROLES } from './roles';

const columnLetters = z.string().regex(/^[A-Z]{1,3}$/, 'a column name such as "D"');

/**
 * The confirmed mapping of a sheet: which column plays which role, where the header and data are, and the
 * reference year. Stored in the workbook (versioned) and reused on the next open.
 */
export const ColumnMappingSchema = z.object({
  /** @default 1 */
  version: z.literal(1).default(1),
  /** Sheet name the mapping belongs to. */
  sheet: z.string().min(1),
  /** 1-based Excel row of the (last) header row. */
  headerRow: z.number().int().min(1),
  /** 1-based Excel rows of the first and last data rows. */
  firstDataRow: z.number().int().min(1),
  lastDataRow: z.number().int().min(1),
  /** Role → column letter ("D"). */
  columns: z.partialRecord(z.enum(ROLES), columnLetters),
  /** The reference year targets and results are read for. */
  year: z.number().int().min(1990).max(2100),
});

export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** Why a column was chosen for a role, as data: what spoke for it and which columns it beat. */
export interface RoleEvidence {
  /** `header`: the header words; `content`: what the cells look like; `values`: the cells equal numerator / denominator. */
  source: 'header' | 'content' | 'values';
  /** The header text, verbatim (header source). */
  header?: string;
  /** The vocabulary phrase the header matched ("stated achievement %"). */
  phrase?: string;
  /** Cells that agree, of the cells looked at (content and values sources). */
  matched?: number;
  of?: number;
  /** Other columns (letters) that could have played the role and ranked lower. */
  rivals?: string[];
}

/** How sure the detection is of one role, and why ("header 'Valore rilevato'"). */
export interface RoleGuess {
  role: (typeof ROLES)[number];
  column: string;
  confidence: number;
  reason: string;
  /** The same reason as data. */
  evidence?: RoleEvidence;
}
