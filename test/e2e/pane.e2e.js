/**
 * End-to-end behaviour of the built pane in Chromium, in preview mode on the bundled samples, and in Excel
 * mode with a stand-in Office object. Every request off this machine is blocked and recorded.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { test, assert, equal, axeViolations, screenshot } = require('./harness');
const { referenceFor, headerAt } = require('./reference');
const { OFFICE_CDN } = require('./boot.e2e');

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'dist', 'assets', 'samples', 'monitoraggio-2023.xlsx');
const OTHER_SAMPLE = path.join(ROOT, 'dist', 'assets', 'samples', 'relazione-2023.xlsx');

const countsOnPage = async (page) => ({
  met: Number(await page.getByTestId('count-met').textContent()),
  shortfall: Number(await page.getByTestId('count-shortfall').textContent()),
  notEvaluable: Number(await page.getByTestId('count-not-evaluable').textContent()),
});

const bandsOnPage = (page) =>
  page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('[data-testid=sheet-grid] td[data-band]')].map((td) => [td.dataset.address, td.dataset.band])),
  );

test('has no accessibility violations before a workbook is open', async ({ newPage }) => {
  const page = await newPage('it-IT');
  await page.goto(`${newPage.base}/taskpane.html?preview=1`);
  await page.getByRole('button', { name: 'Apri cartella di lavoro' }).waitFor();
  equal(await axeViolations(page), [], 'axe violations');
  await page.close();
});

test('loads the bundled sample from the toolbar and shows its sheet in the grid', async (ctx) => {
  const page = await ctx.newPage('it-IT');
  ctx.page = page;
  ctx.reference = await referenceFor(SAMPLE, 'it');
  await page.goto(`${ctx.base}/taskpane.html?preview=1&lang=it`);
  await page.getByRole('button', { name: 'Carica esempio' }).click();
  await page.getByRole('menuitem', { name: 'Monitoraggio 2023' }).click();
  await page.getByTestId('sheet-grid').waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Calcola raggiungimento' }).waitFor();
  const grid = page.getByRole('region', { name: `Foglio ${ctx.reference.sheet} (sola lettura)` });
  assert(await grid.isVisible(), 'grid region labelled with the sheet name');
});

test('has no accessibility violations with the mapping shown', async ({ page }) => {
  equal(await axeViolations(page), [], 'axe violations');
});

test('computes the same counts as the core does from Node', async ({ page, reference }) => {
  await page.getByRole('button', { name: 'Calcola raggiungimento' }).click();
  await page.getByTestId('summary').waitFor({ timeout: 20_000 });
  const counts = await countsOnPage(page);
  equal(counts, reference.counts, 'counts');
  equal(counts.met + counts.shortfall + counts.notEvaluable, reference.indicators, 'counts add up to the indicators');
  assert(reference.indicators > 0, 'the sample has indicators');
  await page.getByText(/^Inseriti \d+ valori/).waitFor();
});

test('highlights in the grid exactly the cells the write plan highlights, with notes', async ({ page, reference }) => {
  equal(await bandsOnPage(page), reference.highlights, 'highlighted cells and bands');
  const notes = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=sheet-grid] td[data-note]')].map((td) => td.dataset.address).sort(),
  );
  equal(notes, reference.notes, 'noted cells');
  const header = await page.locator(`[data-testid=sheet-grid] td[data-address^="${reference.outputColumn}"]`).allTextContents();
  assert(header.includes(reference.outputHeader), `output column ${reference.outputColumn} shows "${reference.outputHeader}"`);
  const met = Object.entries(reference.highlights).find(([, b]) => b === 'met');
  if (met) {
    const bg = await page.locator(`td[data-address="${met[0]}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    equal(bg, 'rgb(198, 239, 206)', `Good fill on ${met[0]}`);
  }
  await screenshot(page, 'e2e-preview-computed.png');
});

test('has no accessibility violations after computing', async ({ page }) => {
  equal(await axeViolations(page), [], 'axe violations (summary)');
  await page.getByRole('tab', { name: 'Rilievi' }).click();
  await page.getByTestId('findings').waitFor();
  equal(await axeViolations(page), [], 'axe violations (findings)');
  await page.getByRole('tab', { name: 'Impostazioni' }).click();
  await page.getByRole('checkbox', { name: 'Nota con il calcolo su ogni raggiungimento' }).waitFor();
  equal(await axeViolations(page), [], 'axe violations (settings)');
  await page.getByRole('tab', { name: 'Rilievi' }).click();
});

test('clicking a finding selects its cell in the grid and scrolls it into view', async ({ page }) => {
  const findings = page.locator('[data-testid=findings] button[data-address]');
  const n = await findings.count();
  assert(n > 0, 'the sample has findings with a cell');
  const last = findings.nth(n - 1);
  const address = await last.getAttribute('data-address');
  await last.click();
  const cell = page.locator(`[data-testid=sheet-grid] td[data-address="${address}"]`);
  await page.waitForFunction((a) => document.querySelector(`td[data-address="${a}"]`)?.dataset.selected === 'true', address, { timeout: 5_000 });
  const inView = await cell.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const port = el.closest('[data-testid=sheet-grid]').getBoundingClientRect();
    return box.bottom > port.top && box.top < port.bottom && box.right > port.left && box.left < port.right;
  });
  assert(inView, `cell ${address} scrolled into the grid's view`);
  equal(await last.getAttribute('aria-current'), 'true', 'the finding is marked current');
  await screenshot(page, 'e2e-preview-finding.png');
});

test('a finding is reachable and activated with the keyboard alone', async ({ page }) => {
  const first = page.locator('[data-testid=findings] button[data-address]').first();
  const address = await first.getAttribute('data-address');
  await first.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((a) => document.querySelector(`td[data-address="${a}"]`)?.dataset.selected === 'true', address, { timeout: 5_000 });
});

test('a folded check opens on click and shows its cells', async ({ page }) => {
  const first = page.locator('[data-testid=findings] button[data-rule][aria-expanded="false"]').first();
  assert((await first.count()) === 1, 'the sample has a check with more findings than are shown open');
  // Pinned by its rule: the lazy locator above would move on to the next folded check once this one opens.
  const folded = page.locator(`[data-testid=findings] button[data-rule="${await first.getAttribute('data-rule')}"]`).first();
  const title = await folded.textContent();
  const n = Number(/(\d+)\s+celle/.exec(title)?.[1]);
  assert(n > 3, `the folded check counts its cells, got "${title}"`);
  const before = await page.locator('[data-testid=findings] button[data-address]').count();
  await folded.click();
  equal(await folded.getAttribute('aria-expanded'), 'true', 'expanded');
  equal(await page.locator('[data-testid=findings] button[data-address]').count(), before + n, 'its cells are listed');
  await folded.click();
});

test('the findings list is one tab stop: arrows move inside it, Tab leaves it', async ({ page }) => {
  const group = page.locator('[data-testid=findings] [role=group]');
  await group.locator('button').first().focus();
  const inside = () => group.evaluate((g) => g.contains(document.activeElement));
  const focused = () => page.evaluate(() => document.activeElement && document.activeElement.textContent);
  const start = await focused();
  await page.keyboard.press('ArrowDown');
  assert(await inside(), 'ArrowDown stays in the list');
  assert((await focused()) !== start, 'ArrowDown moves to the next item');
  await page.keyboard.press('Tab');
  assert(!(await inside()), 'one Tab leaves the list');
});

test('the auditor reviews a finding and a folded check and writes the Rilievi sheet, with no accessibility violations', async ({ page }) => {
  const findings = page.getByTestId('findings');
  const one = findings.locator('button[aria-label^="Rivedi il rilievo"]').first();
  await one.click();
  const dialog = page.getByTestId('review-panel');
  await dialog.waitFor();
  equal(await axeViolations(page), [], 'axe violations (review panel)');
  await screenshot(page, 'e2e-review-panel.png');
  await dialog.getByRole('radio', { name: 'Accettato con nota' }).check();
  await dialog.getByRole('button', { name: 'Salva' }).click();
  await dialog.getByText('Scrivi la nota che giustifica l’accettazione.').waitFor();
  equal(await axeViolations(page), [], 'axe violations (review panel, note missing)');
  await dialog.getByRole('textbox').fill('Scostamento concordato con l’OIV');
  await dialog.getByRole('button', { name: 'Salva' }).click();
  await dialog.waitFor({ state: 'detached' });
  await findings.getByText('Scostamento concordato con l’OIV').waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Rivedi il rilievo'), null, { timeout: 5_000 });
  const all = findings.locator('button[aria-label^="Rivedi tutti"]').first();
  await all.click();
  await dialog.waitFor();
  await dialog.getByRole('button', { name: /^Segna tutti i \d+ come «Confermato»$/ }).click();
  await dialog.waitFor({ state: 'detached' });
  // The group may be folded: open it to see its findings marked.
  const toggle = all.locator('xpath=preceding-sibling::button[@data-rule]');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  assert((await findings.getByText('Confermato', { exact: true }).count()) > 1, 'the group is marked confirmed');
  await page.getByRole('button', { name: 'Crea foglio Rilievi' }).click();
  await page.getByText('Creato il foglio «Traguardo – Rilievi».').waitFor({ timeout: 10_000 });
  equal(await axeViolations(page), [], 'axe violations (findings reviewed)');
  await screenshot(page, 'e2e-review-done.png');
});

test('switches the pane to English', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Lingua' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Compute achievement' }).waitFor();
  await page.getByRole('tab', { name: 'Findings' }).waitFor();
  equal(await page.evaluate(() => document.documentElement.lang), 'en', 'html lang');
  await page.getByRole('tab', { name: 'Summary' }).click();
  await page.getByText('Not evaluable', { exact: true }).waitFor();
});

test('downloads the scored workbook with the output column', async ({ page, reference }) => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download scored workbook' }).click()]);
  const file = path.join(ROOT, 'test-artifacts', download.suggestedFilename());
  await download.saveAs(file);
  equal(download.suggestedFilename(), 'monitoraggio-2023-scored.xlsx', 'file name');
  const bytes = fs.readFileSync(file);
  const text = await headerAt(bytes, reference.sheet, `${reference.outputColumn}${reference.outputHeaderRow}`);
  assert(/Traguardo/.test(text), `output header in the saved file, got "${text}"`);
});

test('clears what was added and reports the counts', async ({ page }) => {
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await page.getByText(/^Removed \d+ values?, \d+ highlights?, \d+ notes?$/).waitFor({ timeout: 10_000 });
  equal(await bandsOnPage(page), {}, 'highlights after Clear');
  await page.getByText('Press "Compute achievement" to see the summary.').waitFor();
  await page.close();
});

test('opens an .xlsx chosen with the file input', async ({ newPage }) => {
  const page = await newPage('en-US');
  await page.goto(`${newPage.base}/taskpane.html?preview=1`);
  await page.getByTestId('file-input').setInputFiles(OTHER_SAMPLE);
  await page.getByText('Opened "relazione-2023.xlsx".').waitFor({ timeout: 15_000 });
  await page.getByTestId('sheet-grid').waitFor();
  await page.getByRole('button', { name: 'Compute achievement' }).click();
  await page.getByTestId('summary').waitFor({ timeout: 20_000 });
  const counts = await countsOnPage(page);
  const reference = await referenceFor(OTHER_SAMPLE, 'en');
  equal(counts, reference.counts, 'counts on the second sample');
  await page.close();
});

test('explains a file that is not a workbook and keeps the pane usable', async ({ newPage }) => {
  const page = await newPage('it-IT');
  await page.goto(`${newPage.base}/taskpane.html?preview=1`);
  await page.getByTestId('file-input').setInputFiles({ name: 'note.xlsx', mimeType: 'text/plain', buffer: Buffer.from('not a zip') });
  await page.getByText('«note.xlsx» non è una cartella di lavoro .xlsx leggibile.').waitFor({ timeout: 10_000 });
  assert(await page.getByRole('button', { name: 'Apri cartella di lavoro' }).isEnabled(), 'open button enabled');
  equal(await axeViolations(page), [], 'axe violations with the error bar');
  await page.close();
});

test('in Excel mode follows the dark Office theme and the Italian UI, with no accessibility violations', async ({ newPage }) => {
  const page = await newPage('en-US');
  await page.addInitScript(() => {
    const office = {
      HostType: { Excel: 'Excel' },
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
      context: {
        displayLanguage: 'it-IT',
        officeTheme: { bodyBackgroundColor: '#1F1F1F' },
        requirements: { isSetSupported: () => true },
      },
    };
    window.Office = office;
    // A host that refuses every batch: the pane must say what happened and what to do.
    window.Excel = { run: () => Promise.reject(Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' })) };
  });
  await page.goto(`${newPage.base}/taskpane.html`);
  await page.waitForSelector('body[data-mode=excel]', { timeout: 10_000 });
  await page.getByRole('tab', { name: 'Riepilogo' }).waitFor();
  const bg = await page
    .locator('.fui-FluentProvider')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  equal(bg, 'rgb(41, 41, 41)', 'dark theme background');
  await page.getByText('Excel sta modificando una cella.').waitFor({ timeout: 10_000 });
  equal(await axeViolations(page), [], 'axe violations in Excel mode');
  await screenshot(page, 'e2e-excel-dark.png');
  await page.close();
});

for (const [width, lang] of [[320, 'it'], [350, 'it'], [320, 'en'], [350, 'en']]) {
  test(`at ${width} px in ${lang === 'it' ? 'Italian' : 'English'} the results show without scrolling and nothing is wider than the pane`, async ({ newPage }) => {
    const page = await newPage(lang === 'it' ? 'it-IT' : 'en-US');
    await page.setViewportSize({ width, height: 700 });
    await page.goto(`${newPage.base}/taskpane.html?preview=1&sample=monitoraggio&lang=${lang}`);
    const compute = page.getByRole('button', { name: lang === 'it' ? 'Calcola raggiungimento' : 'Compute achievement' });
    await compute.waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => !document.querySelector('button.fui-Button--primary[disabled]'), null, { timeout: 20_000 });
    await compute.click();
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 30_000 });
    const top = await summary.evaluate((el) => el.getBoundingClientRect().top);
    assert(top >= 0 && top < 700, `the summary starts within the first screen (top ${Math.round(top)} px)`);
    const widest = async () =>
      page.evaluate(() => {
        const pane = document.querySelector('main');
        const right = pane.getBoundingClientRect().right;
        const over = [...pane.querySelectorAll('*')]
          .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > right + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent || '').slice(0, 30)}"`);
        return { page: document.documentElement.scrollWidth - window.innerWidth, over: over.slice(0, 5) };
      });
    const charts = await page.evaluate(() => {
      const root = document.querySelector('[data-testid=summary-charts]');
      const pane = document.querySelector('main').getBoundingClientRect();
      const bars = [...root.querySelectorAll('[data-testid=chart-objectives] li[data-band]')];
      return {
        bars: bars.length,
        label: root.querySelector('[role=img]')?.getAttribute('aria-label') ?? '',
        inside: bars.every((li) => li.getBoundingClientRect().right <= pane.right + 1 && li.getBoundingClientRect().width > 100),
      };
    });
    assert(charts.bars > 0 && charts.inside, `the objectives chart has ${charts.bars} bars, each inside the pane`);
    assert((lang === 'it' ? /^Indicatori per fascia, \d+ in tutto: / : /^Indicators by band, \d+ in all: /).test(charts.label), `the band chart's text alternative: ${charts.label}`);
    equal(await widest(), { page: 0, over: [] }, `overflow at ${width} px (summary)`);
    // Every number explained: a click on a scored cell of the grid explains its row at the top of the summary.
    await page.locator('[data-testid=sheet-grid] td[data-band]').first().click();
    const explained = page.getByTestId('explanation-title');
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-testid=explanation-title]')?.textContent ?? ''), lang === 'it' ? ': raggiungimento ' : ': achievement ', { timeout: 10_000 });
    assert((await explained.getAttribute('aria-live')) === 'polite', 'the explanation is announced politely');
    equal(await widest(), { page: 0, over: [] }, `overflow at ${width} px (explanation)`);
    equal(await axeViolations(page), [], `axe violations at ${width} px (explanation)`);
    await screenshot(page, `e2e-${width}-${lang}-explanation.png`);
    await screenshot(page, `e2e-${width}-${lang}-summary.png`);
    await page.getByRole('tab', { name: lang === 'it' ? 'Rilievi' : 'Findings' }).click();
    await page.getByTestId('findings').waitFor();
    equal(await widest(), { page: 0, over: [] }, `overflow at ${width} px (findings)`);
    await screenshot(page, `e2e-${width}-${lang}-findings.png`);
    await page.getByRole('tab', { name: lang === 'it' ? 'Impostazioni' : 'Settings' }).click();
    await page.getByRole('radio', { name: lang === 'it' ? 'Tutti i rilievi, comprese le informazioni' : 'Every finding, information included' }).waitFor();
    equal(await widest(), { page: 0, over: [] }, `overflow at ${width} px (settings)`);
    await screenshot(page, `e2e-${width}-${lang}-settings.png`);
    await page.close();
  });
}

/**
 * A workbook as offices keep them: the two samples' indicator sheets (values and number formats copied), an
 * instructions sheet and an empty one.
 */
async function multiSheetWorkbook() {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const other = new ExcelJS.Workbook();
  await other.xlsx.readFile(OTHER_SAMPLE);
  const from = other.worksheets[0];
  const copy = wb.addWorksheet(from.name);
  from.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const to = copy.getCell(r, c);
      to.value = cell.value && typeof cell.value === 'object' && 'formula' in cell.value ? cell.value.result ?? null : cell.value;
      to.numFmt = cell.numFmt;
    }),
  );
  const help = wb.addWorksheet('Istruzioni');
  help.getCell('A1').value = 'Compilare i fogli degli obiettivi.';
  help.getCell('A3').value = 'Non modificare le intestazioni.';
  wb.addWorksheet('Vuoto');
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), sheets: [wb.worksheets[0].name, from.name] };
}

for (const lang of ['it', 'en']) {
  test(`at 350 px in ${lang === 'it' ? 'Italian' : 'English'} computes the whole workbook: every sheet's line, the results visible, nothing wider than the pane, no axe violation`, async ({ newPage }) => {
    const it = lang === 'it';
    const page = await newPage(it ? 'it-IT' : 'en-US');
    await page.setViewportSize({ width: 350, height: 700 });
    await page.goto(`${newPage.base}/taskpane.html?preview=1&lang=${lang}`);
    const { buffer, sheets } = await multiSheetWorkbook();
    await page.getByTestId('file-input').setInputFiles({ name: 'obiettivi.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    const panel = page.getByTestId('workbook-panel');
    await panel.waitFor({ timeout: 20_000 });
    await page.getByTestId('workbook-left-out').getByText(it ? /«Istruzioni» \(solo testo.*«Vuoto» \(foglio vuoto\)/ : /"Istruzioni" \(text only.*"Vuoto" \(empty sheet\)/).waitFor();
    equal(await axeViolations(page), [], 'axe violations with the workbook listed');
    await page.getByRole('button', { name: it ? 'Calcola tutti i fogli' : 'Compute all sheets' }).click();
    const outcome = page.getByTestId('workbook-outcome');
    await outcome.waitFor({ timeout: 60_000 });
    equal(await outcome.getByText(it ? 'Fogli calcolati: 2 su 2.' : 'Sheets computed: 2 of 2.').count(), 1, 'the run computed both sheets');
    const reference = await referenceFor(SAMPLE, lang);
    for (const sheet of sheets) {
      const figures = await page.getByTestId(`workbook-figures-${sheet}`).textContent();
      assert(new RegExp(it ? '^\\d+ indicatori · media \\d+,\\d% · \\d+ rilie(vo|vi)$' : '^\\d+ indicators · average \\d+\\.\\d% · \\d+ findings?$').test(figures), `overview line of ${sheet}: "${figures}"`);
    }
    const first = await page.getByTestId(`workbook-figures-${sheets[0]}`).textContent();
    assert(first.startsWith(`${reference.indicators} `), `the first sheet has the core's ${reference.indicators} indicators: "${first}"`);
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 20_000 });
    equal(await countsOnPage(page), reference.counts, 'the open sheet\'s counts after computing all');
    const top = await summary.evaluate((el) => el.getBoundingClientRect().top);
    assert(top >= 0 && top < 700, `the summary starts within the first screen (top ${Math.round(top)} px)`);
    const widest = await page.evaluate(() => {
      const pane = document.querySelector('main');
      const right = pane.getBoundingClientRect().right;
      const over = [...pane.querySelectorAll('*')]
        .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > right + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent || '').slice(0, 30)}"`);
      return { page: document.documentElement.scrollWidth - window.innerWidth, over: over.slice(0, 5) };
    });
    equal(widest, { page: 0, over: [] }, 'overflow at 350 px after computing all');
    equal(await axeViolations(page), [], 'axe violations after computing all');
    await screenshot(page, `e2e-350-${lang}-workbook.png`);
    // The other sheet's results, one click away; the first sheet's line stays.
    await page.getByRole('button', { name: it ? `Mostra «${sheets[1]}»` : `Show "${sheets[1]}"` }).click();
    await page.waitForFunction((name) => document.querySelector(`[data-testid="workbook-sheet-${name}"] [aria-current="true"]`) !== null, sheets[1], { timeout: 20_000 });
    equal(await page.getByTestId(`workbook-figures-${sheets[0]}`).textContent(), first, 'the first sheet\'s line after showing the second');
    await page.close();
  });
}

test('attempted no request off this machine during the whole run but office.js from the page head', async ({ blocked }) => {
  equal(
    blocked.filter((u) => u !== OFFICE_CDN),
    [],
    'blocked requests other than office.js',
  );
});

test('serves every file the built manifest references', async ({ base }) => {
  const xml = fs.readFileSync(path.join(ROOT, 'dist', 'manifest.xml'), 'utf8');
  const urls = [...new Set([...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]))];
  assert(urls.length >= 5, 'manifest has URLs');
  for (const u of urls) {
    const local = new URL(u);
    const res = await fetch(`${base}${local.pathname}`);
    equal(res.status, 200, `GET ${local.pathname}`);
  }
});
