/** An objective code such as "A01", "A01.01", "C02.03" at the start of a text. */
const CODE = /^\s*([A-Z]{1,2}\d{1,3}(?:\.\d{1,3})*)\b/;

/** The objective's code (from its text, or from an indicator code "A01.01-2"), or null. */
export function objectiveCode(objective: string | null, indicatorCode: string | null): string | null {
  const fromText = objective ? CODE.exec(objective)?.[1] : undefined;
  if (fromText) return fromText;
  if (indicatorCode) {
    const m = /^\s*([A-Z]{1,2}\d{1,3}(?:\.\d{1,3})*)(?:\s*[-_/.]\s*\d+)?\s*$/.exec(indicatorCode);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** The parent of an operational objective by code: "A01" for "A01.01"; null for a top-level code. */
export function parentCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i > 0 ? code.slice(0, i) : null;
}
