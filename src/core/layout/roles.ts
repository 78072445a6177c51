/** The roles a column can play in an indicator sheet. */
export const ROLES = [
  'objective',
  'code',
  'indicator',
  'algorithm',
  'target',
  'result',
  'stated',
  'weight',
  'numerator',
  'denominator',
  'unit',
  'notes',
  'baseline',
] as const;

export type Role = (typeof ROLES)[number];
