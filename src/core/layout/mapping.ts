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

/** How sure the detection is of one role, and why ("header 'Valore rilevato'"). */
export interface RoleGuess {
  role: (typeof ROLES)[number];
  column: string;
  confidence: number;
  reason: string;
}
