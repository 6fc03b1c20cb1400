// Sharing (issue 16): each figure downloads as a PNG (2x) and an SVG that carry its title, state,
// sources and credit; "Cite this" fills in the address and copies; printing hides the controls,
// keeps the figures whole and prints the sources open with their addresses.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';

const FIGURES = [
  { id: 'figure-gates', name: /^h200-gates-2026-01-28-(en|ja)\.(png|svg)$/ },
  { id: 'figure-ladder', name: /^h200-ladder-tpp-linear-(en|ja)\.(png|svg)$/, chart: true },
  { id: 'figure-map', name: /^h200-map-(en|ja)\.(png|svg)$/, chart: true },
  { id: 'figure-hybrid', name: /^h200-hybrid-100000-30pct-ascend-910c-h200-(en|ja)\.(png|svg)$/, chart: true },
  { id: 'timeline-widget', name: /^h200-timeline-recent-(en|ja)\.(png|svg)$/ },
];

/** Brings figure `id` into view and, for a chart, waits until ECharts has drawn it. */
async function ready(page, { id, chart }) {
  const figure = page.locator(`#${id}`);
  await figure.scrollIntoViewIfNeeded();
  if (chart) {
    // The live chart comes when the reader reaches for it (issue 24).
    await page.locator(`#${id} .chart-canvas`).hover({ position: { x: 2, y: 2 } });
    await expect
      .poll(() => page.evaluate((id) => {
        const el = document.querySelector(`#${id} .chart-canvas`);
        const c = window.echarts && el && window.echarts.getInstanceByDom(el);
        return !!c && c.getWidth() > 0;
      }, id))
      .toBe(true);
  }
  return figure;
}

/** Presses a figure's download button; returns the file's name and bytes. */
async function download(page, figure, kind, label) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: label }).click(),
  ]);
  return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

/** The SVG parsed in the page: its root's name, width and text, or the parser's error. */
function parseSvg(page, text) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    return {
      error: error ? error.textContent : null,
      root: doc.documentElement.localName,
      ns: doc.documentElement.namespaceURI,
      width: Number(doc.documentElement.getAttribute('width')),
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
    };
  }, text);
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(body) {
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** How many distinct colours the PNG has (decoded in the page): a blank image has one. */
function colours(page, body) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length && seen.size < 50; i += 4 * 97) seen.add(data.slice(i, i + 4).join());
    return seen.size;
  }, body.toString('base64'));
}

for (const lang of ['en', 'ja']) {
  test(`every figure downloads as a 2x PNG and an SVG with its sources and credit (${lang})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./?lang=${lang}`);
    const png = lang === 'en' ? 'Download this chart as PNG' : 'この図をPNGでダウンロード';
    const svg = lang === 'en' ? 'Download this chart as SVG' : 'この図をSVGでダウンロード';
    for (const fig of FIGURES) {
      const figure = await ready(page, fig);
      // The diagram follows the scroll until the reader picks a moment.
      if (fig.id === 'figure-gates') await figure.locator('#gate-preset-conditional-approvals').click();
      const tools = figure.locator('.share-tools');
      const [title, source] = [await tools.getAttribute('data-share-title'), await tools.getAttribute('data-share-source')];
      expect(source).toMatch(lang === 'en' ? /^Source: ./ : /^出典：./);

      const s = await download(page, figure, 'svg', svg);
      expect(s.name, fig.id).toMatch(fig.name);
      expect(s.name.endsWith(`-${lang}.svg`)).toBe(true);
      const parsed = await parseSvg(page, s.body.toString('utf8'));
      expect(parsed.error, fig.id).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
      // Lines are wrapped, so compare without the breaks.
      const flat = parsed.text.replace(/\s+/g, '');
      for (const line of [title, source, new URL(page.url()).pathname]) expect(flat, fig.id).toContain(line.replace(/\s+/g, ''));
      // The drawing itself travelled: a chart's own SVG text, or the diagram's labels.
      expect(parsed.text.length, fig.id).toBeGreaterThan(title.length + source.length + 80);

      const p = await download(page, figure, 'png', png);
      expect(p.name).toBe(s.name.replace(/\.svg$/, '.png'));
      const size = pngSize(p.body);
      expect(size.width, fig.id).toBe(parsed.width * 2);
      expect(size.height, fig.id).toBeGreaterThan(400);
      expect(await colours(page, p.body), fig.id).toBeGreaterThan(4);
    }
  });
}

test('downloads follow the language switch and the figure state', async ({ page }) => {
  await page.goto('./?lang=ja');
  const ladder = await ready(page, FIGURES[1]);
  await ladder.getByRole('button', { name: '対数' }).click();
  const ja = await download(page, ladder, 'svg', 'この図をSVGでダウンロード');
  expect(ja.name).toBe('h200-ladder-tpp-log-ja.svg');
  expect(ja.body.toString('utf8')).toContain('出典：');
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const gates = await ready(page, FIGURES[0]);
  await gates.locator('#gate-preset-nvidia-filing').click();
  const en = await download(page, gates, 'svg', 'Download this chart as SVG');
  expect(en.name).toBe('h200-gates-2026-08-26-en.svg');
  const parsed = await parseSvg(page, en.body.toString('utf8'));
  // A dated moment's download is titled with its answer, like the figure (issue 22).
  expect(parsed.text).toContain('On 26 Aug 2026, the H200 got only partly through all three gates');
  expect(parsed.text).toMatch(/Source: .*SEC/);
});

test('cite this: the address and dates are filled in and both forms copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?lang=en');
  const block = page.locator('#cite-this');
  await block.scrollIntoViewIfNeeded();
  const address = await page.evaluate(() => location.origin + location.pathname);
  const apa = block.locator('#cite-apa');
  await expect(apa).toContainText(`facts checked 4 Dec 2026]. ${address} (accessed `);
  await expect(apa).toContainText('h200-explainer. (2026). China');
  await block.getByRole('button', { name: 'Copy citation' }).click();
  await expect(block.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await apa.textContent());
  await block.locator('.cite-this__more > summary').click();
  await block.getByRole('button', { name: 'Copy BibTeX' }).click();
  const bib = await page.evaluate(() => navigator.clipboard.readText());
  expect(bib).toMatch(/^@misc\{h200explainer2026,\n {2}author = \{\{h200-explainer\}\},\n/);
  expect(bib).toContain(`howpublished = {\\url{${address}}}`);
  expect(bib).toContain('note = {Facts last checked 4 Dec 2026}');
  expect(bib).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}\n\}$/);
  // The other language's block, swapped in by the language switch, is filled in too, with the
  // address of the page in that language.
  await page.getByRole('button', { name: '日本語' }).first().click();
  await expect(block.locator('#cite-apa')).toContainText(`事実の最終確認：2026年12月4日）${new URL('./', address).href}（`);
});

test('cite this without JavaScript says what belongs where the address goes', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Each page carries its own language's tree.
  await page.goto(`${baseURL}en.html`);
  await expect(page.locator('#cite-apa')).toContainText('[the address of this page]');
  await page.goto(baseURL);
  await expect(page.locator('#cite-apa')).toContainText('［このページのURL］');
  await context.close();
});

test('print: no controls, whole figures, the sources open with their addresses', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./?lang=en');
  for (const fig of FIGURES) await ready(page, fig);
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.lang-switch', '.toc', '.share-tools', '.embed-tools', '.chip-filters', '.controls', '.gate-switches', '.timeline-controls', '.cite-this__copy']) {
    await expect(page.locator(sel).first(), sel).toBeHidden();
  }
  await expect(page.locator('#figure-gates .gate-svg')).toBeVisible();
  await expect(page.locator('#figure-ladder canvas').first()).toBeVisible();
  await expect(page.locator('.tl-strip__svg')).toBeVisible();
  await expect(page.locator('#cite-this')).toBeVisible();
  for (const id of ['figure-gates', 'figure-ladder', 'figure-map', 'figure-hybrid']) {
    expect(await page.locator(`#${id}`).evaluate((e) => getComputedStyle(e).breakInside), id).toBe('avoid');
  }
  // A chart is no wider than its figure.
  const [canvas, figure] = await page.locator('#figure-ladder').evaluate((f) => [f.querySelector('canvas').getBoundingClientRect().width, f.getBoundingClientRect().width]);
  expect(canvas).toBeLessThanOrEqual(figure + 1);

  const list = page.locator('#sources-list');
  await expect(list).not.toHaveAttribute('open');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(list).toHaveAttribute('open', '');
  const first = list.locator('.sources a[href^="http"]').first();
  await expect(first).toBeVisible();
  const href = await first.getAttribute('href');
  expect(await first.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(list).not.toHaveAttribute('open');

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(100_000);
});
