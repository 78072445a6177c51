/** A line of a target cell, with the year it is labelled with ("2023>= 0,21", "2023: >= 1"). */
export interface TargetLine {
  index: number;
  text: string;
  /** The year label, or null for an unlabelled line. */
  year: number | null;
  /** The line without its year label. */
  body: string;
}

const YEAR_LABEL =
  /^\s*(?:(?:anno|year|target|obiettivo)\s+)?((?:19|20)\d{2})\s*(?::\s*|-\s+|=\s*(?=[<>])|(?=\s*(?:[<>=≥≤+]|entro\b|almeno\b|zero\b|\d[\d.,]*\s*%)))/i;

/** Split a normalised cell into lines and read each line's year label. */
export function splitLines(text: string): TargetLine[] {
  const out: TargetLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const m = YEAR_LABEL.exec(line);
    if (m) out.push({ index, text: line, year: Number(m[1]), body: line.slice(m[0].length).trim() });
    else out.push({ index, text: line, year: null, body: line });
  });
  return out;
}

/** Years mentioned in an unlabelled line ("Per il 2023 modificato …"). */
export function yearsMentioned(text: string): number[] {
  const years: number[] = [];
  const re = /\b((?:19|20)\d{2})\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) years.push(Number(m[1]));
  return years;
}

export interface YearSelection {
  /** Lines that apply to the reference year (labelled with it, or the whole cell when no line is labelled). */
  lines: TargetLine[];
  /** Unlabelled lines that mention the reference year (revisions written in words). */
  mentions: TargetLine[];
  /** Other unlabelled lines: notes. */
  others: TargetLine[];
  /** Years labelled in the cell (empty when none). */
  labelledYears: number[];
}

/** Pick the lines of a multi-year target cell that apply to `year`. */
export function selectYear(lines: TargetLine[], year: number): YearSelection {
  const labelled = lines.filter((l) => l.year !== null);
  const labelledYears = [...new Set(labelled.map((l) => l.year as number))];
  if (labelled.length === 0) return { lines, mentions: [], others: [], labelledYears };
  const unlabelled = lines.filter((l) => l.year === null);
  return {
    lines: labelled.filter((l) => l.year === year),
    mentions: unlabelled.filter((l) => yearsMentioned(l.text).includes(year)),
    others: unlabelled.filter((l) => !yearsMentioned(l.text).includes(year)),
    labelledYears,
  };
}
