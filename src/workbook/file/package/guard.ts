import { MAX_PART_BYTES, PackageRefused, ZipReader, writeZip } from './zip';

/** Budgets a package must keep to before anything inflates it. */
export interface PackageLimits {
  /** The most bytes one part may inflate to. */
  part: number;
  /** The most bytes all the parts ExcelJS reads may inflate to together. */
  total: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_LIMITS: PackageLimits = { part: MAX_PART_BYTES, total: 384 * MiB };

/**
 * True for the parts ExcelJS reads when it loads a package (the names its loader matches, as it matches them);
 * it inflates every entry of the zip, these and all others, before looking at the name.
 */
export function excelJsReads(name: string): boolean {
  const n = name.startsWith('/') ? name.slice(1) : name;
  return (
    n === '_rels/.rels' ||
    n === 'xl/workbook.xml' ||
    n === 'xl/_rels/workbook.xml.rels' ||
    n === 'xl/sharedStrings.xml' ||
    n === 'xl/styles.xml' ||
    n === 'docProps/app.xml' ||
    n === 'docProps/core.xml' ||
    /xl\/worksheets\/sheet(\d+)[.]xml/.test(n) ||
    /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.test(n) ||
    /xl\/theme\/([a-zA-Z0-9]+)[.]xml/.test(n) ||
    /xl\/media\//.test(n) ||
    /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/.test(n) ||
    /xl\/(comments\d+)[.]xml/.test(n) ||
    /xl\/tables\/(table\d+)[.]xml/.test(n) ||
    /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/.test(n) ||
    /xl\/drawings\/(vmlDrawing\d+)[.]vml/.test(n)
  );
}

/**
 * Check a package against its budgets and give the bytes to hand to ExcelJS: the same package without the parts
 * ExcelJS ignores (a custom XML part, a VBA project, printer settings…), which are thus never inflated; the
 * package patch copies them from the original byte for byte.
 *
 * Every part ExcelJS reads is first checked by its declared size (the central directory), then inflated once
 * without keeping its bytes, counting them, and refused the moment it passes its declared size: memory stays
 * flat whatever the compression ratio.
 * @throws PackageRefused naming the part and the budget (duplicate names, a part or a whole too large, sizes that lie)
 * @throws PatchUnsupported when the zip itself cannot be read
 */
export async function guardPackage(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS): Promise<Uint8Array> {
  const zip = new ZipReader(bytes);
  const used = zip.entries.filter((e) => !e.name.endsWith('/') && excelJsReads(e.name));
  // Also checked: the parts the package patch reads besides (content types, relationships).
  const checked = zip.entries.filter((e) => !e.name.endsWith('/') && (excelJsReads(e.name) || e.name === '[Content_Types].xml' || e.name.endsWith('.rels')));
  let total = 0;
  for (const e of checked) {
    if (e.usize > limits.part) throw new PackageRefused('part-too-large', e.name, limits.part);
    total += e.usize;
    if (total > limits.total) throw new PackageRefused('package-too-large', null, limits.total);
  }
  for (const e of checked) zip.verify(e, limits.part);
  if (used.length === zip.entries.length) return bytes;
  const kept = new Set(used);
  const dropped = new Map<string, null>();
  for (const e of zip.entries) if (!kept.has(e)) dropped.set(e.name, null);
  return writeZip(zip, dropped);
}
