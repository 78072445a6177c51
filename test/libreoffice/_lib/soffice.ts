/**
 * LibreOffice from tests and benches: find `soffice`, convert a file headless with a private profile, read the
 * text of a PDF with LibreOffice's own `xpdfimport`, and parse CSV.
 */
import { execFile } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

/** The `soffice` executable on PATH (or $SOFFICE), null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  const candidates = [process.env['SOFFICE'], ...(process.env['PATH'] ?? '').split(path.delimiter).map((d) => path.join(d, 'soffice'))];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

/** A fresh LibreOffice user profile directory, so runs never share or lock one. */
export function privateProfile(): string {
  return mkdtempSync(path.join(tmpdir(), 'traguardo-lo-profile-'));
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${path.basename(cmd)} ${args.join(' ')} failed: ${err.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
    // xpdfimport reads a password line from stdin: give it end-of-file, never a terminal to wait on.
    child.stdin?.end();
  });
}

/**
 * `soffice --headless --convert-to <filter> --outdir <outDir> <input>` with a private profile; returns the path of
 * the converted file.
 * @throws Error when LibreOffice fails or writes nothing
 */
export async function convertWith(
  soffice: string,
  input: string,
  opts: { to: string; ext: string; outDir: string; profile: string; timeoutMs?: number },
): Promise<string> {
  await run(
    soffice,
    [`-env:UserInstallation=${pathToFileURL(opts.profile).href}`, '--headless', '--norestore', '--convert-to', opts.to, '--outdir', opts.outDir, input],
    opts.timeoutMs ?? 180_000,
  );
  const out = path.join(opts.outDir, `${path.basename(input, path.extname(input))}.${opts.ext}`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}

/** CSV export filter: comma-separated, double-quoted, UTF-8 (76), so accented text survives. */
export const UTF8_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1';

/**
 * Convert `input` into the sub-folder `sub` of `dir` (created when missing) with a private profile; a missing
 * soffice is an error here, since the suites skip themselves only outside CI.
 * @throws Error when soffice is absent or LibreOffice fails
 */
export function convertInto(
  soffice: string | null,
  input: string,
  opts: { to: string; ext: string; dir: string; sub: string; profile: string },
): Promise<string> {
  if (!soffice) throw new Error('soffice not found on PATH: CI must install libreoffice-calc-nogui');
  const outDir = path.join(opts.dir, opts.sub);
  mkdirSync(outDir, { recursive: true });
  return convertWith(soffice, input, { to: opts.to, ext: opts.ext, outDir, profile: opts.profile });
}

/** LibreOffice's PDF text dumper (poppler based), shipped next to soffice; null when absent. */
export function findXpdfImport(soffice: string): string | null {
  const p = path.join(path.dirname(realpathSync(soffice)), 'xpdfimport');
  return existsSync(p) ? p : null;
}

/**
 * The text of a PDF, one line per run of characters on the same baseline, read through `xpdfimport`
 * (its `drawChar x0 y0 x1 y1 a b c d size <char>` records; a record with no char is a space).
 */
export async function pdfText(xpdfimport: string, pdf: string): Promise<string> {
  const { stdout } = await run(xpdfimport, [pdf], 120_000);
  const lines: string[] = [];
  let current = '';
  let y: string | null = null;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('startPage')) {
      if (current) lines.push(current);
      current = '';
      y = null;
      continue;
    }
    if (!line.startsWith('drawChar ')) continue;
    const fields = line.split(' ');
    const head = fields.slice(0, 10).join(' ');
    const ch = line.length > head.length + 1 ? line.slice(head.length + 1) : ' ';
    if (y !== null && fields[2] !== y) {
      lines.push(current);
      current = '';
    }
    y = fields[2] ?? null;
    current += ch;
  }
  if (current) lines.push(current);
  return lines.join('\n');
}

/** Rows of a CSV text (comma separated, double-quoted cells may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
