/**
 * Parts of an .xlsx package that carry the user's content but that ExcelJS does not model: a full rewrite by ExcelJS
 * drops them (charts, macros, pivot tables, custom XML, add-in settings…). Comments, VML note shapes, styles,
 * themes and worksheets are modelled and rewritten, so they are not listed.
 */
const KINDS: ReadonlyArray<{ kind: string; test: RegExp }> = [
  { kind: 'macros', test: /^xl\/vbaProject\.bin$/i },
  { kind: 'charts', test: /^xl\/charts\//i },
  { kind: 'drawings', test: /^xl\/drawings\/drawing\d*\.xml$/i },
  { kind: 'images', test: /^xl\/media\//i },
  { kind: 'pivot tables', test: /^xl\/pivot(Tables|Cache)\//i },
  { kind: 'custom XML', test: /^customXml\//i },
  { kind: 'external links', test: /^xl\/externalLinks\//i },
  { kind: 'slicers', test: /^xl\/slicer(s|Caches)\//i },
  { kind: 'timelines', test: /^xl\/timeline(s|Caches)\//i },
  { kind: 'add-in settings', test: /^xl\/webextensions\//i },
  { kind: 'embedded objects', test: /^xl\/(embeddings|activeX|ctrlProps)\//i },
  { kind: 'data connections', test: /^xl\/(connections\.xml|queryTables\/|model\/)/i },
  { kind: 'custom properties', test: /^docProps\/custom\.xml$/i },
];

/** How many parts of each unmodelled kind a package holds, by part name. */
export function unmodelledParts(names: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of names) {
    const k = KINDS.find((x) => x.test.test(name));
    if (!k) continue;
    const list = out.get(k.kind) ?? [];
    list.push(name);
    out.set(k.kind, list);
  }
  return out;
}

/**
 * The parts of `before` of a kind ExcelJS does not model that `after` has fewer of: what a rewrite would lose.
 * @example lostParts(['xl/vbaProject.bin', 'xl/worksheets/sheet1.xml'], ['xl/worksheets/sheet1.xml']) //=> ['xl/vbaProject.bin']
 */
export function lostParts(before: readonly string[], after: readonly string[]): string[] {
  const kept = unmodelledParts(after);
  const lost: string[] = [];
  for (const [kind, parts] of unmodelledParts(before)) {
    if ((kept.get(kind)?.length ?? 0) < parts.length) lost.push(...parts);
  }
  return lost;
}
