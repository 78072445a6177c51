/** The workbooks bundled with the pane for preview mode (copied to dist/assets/samples/). */
export const SAMPLES = ['monitoraggio', 'relazione'] as const;
export type SampleName = (typeof SAMPLES)[number];

/** Relative URL of a bundled sample, e.g. "assets/samples/monitoraggio-2023.xlsx". */
export function sampleUrl(name: SampleName): string {
  return `assets/samples/${name}-2023.xlsx`;
}

/** The sample named by a `?sample=` value, or null when it names none. */
export function parseSampleName(value: string | null): SampleName | null {
  return (SAMPLES as readonly string[]).includes(value ?? '') ? (value as SampleName) : null;
}
