// Every chart is also drawn at build time (issue 21): ECharts' own SVG of its first state stands
// in the chart's drawing area (components/chart.rs `drawn`, tools/chart-ssr.mjs), so a reader
// without JavaScript, a printout or PDF made right after opening the page, and a download made
// before the chart went live all get the real chart; the live chart then takes the same box.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';

const CHARTS = ['ladder', 'map', 'hybrid'];

/** Each chart area of the tree in `lang`: whether its build-time drawing is on screen, its box,
 * and the drawing's text. */
function drawings(page, lang) {
  return page.evaluate((lang) =>
    [...document.querySelectorAll('.chart-canvas')]
      .filter((c) => c.closest('[lang]').getAttribute('lang') === lang)
      .map((c) => {
        const shown = [...c.querySelectorAll('.chart-ssr svg')].find((s) => s.getBoundingClientRect().width > 0);
        const box = c.getBoundingClientRect();
        const r = shown && shown.getBoundingClientRect();
        return {
          kind: c.className.replace(/.*chart-canvas--/, ''),
          area: [Math.round(box.width), Math.round(box.height)],
          drawing: r ? [Math.round(r.width), Math.round(r.height)] : null,
          marks: shown ? shown.querySelectorAll('path, polygon').length : 0,
          text: shown ? [...shown.querySelectorAll('text')].map((t) => t.textContent).join(' ') : '',
          fill: shown ? getComputedStyle(shown.querySelector('text')).fill : null,
        };
      }), lang);
}

for (const width of [1280, 375]) {
  test(`with JavaScript off every chart is drawn, in each language, in the page's colours (${width} px)`, async ({ browser, baseURL }) => {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ baseURL, javaScriptEnabled: false, colorScheme: scheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      const colours = {};
      // Each language's page carries its own tree.
      for (const lang of ['ja', 'en']) {
        await page.goto(lang === 'ja' ? './' : './en.html');
        const charts = await drawings(page, lang);
        expect(charts.map((c) => c.kind), lang).toEqual(CHARTS);
        for (const c of charts) {
          expect(c.drawing, `${lang} ${c.kind}`).toEqual(c.area);
          expect(c.marks, `${lang} ${c.kind}`).toBeGreaterThan(10);
          // The chart itself: the H200 named on the ladder and the map, the totals on the hybrid.
          expect(c.text, `${lang} ${c.kind}`).toContain(c.kind === 'hybrid' ? 'EFLOPS' : 'H200');
        }
        colours[lang] = charts[0].fill;
      }
      expect(colours.ja).toBe(colours.en);
      // Text in the scheme's ink: dark on light, light on dark.
      const [r] = colours.en.match(/\d+/g).map(Number);
      expect(scheme === 'light' ? r < 100 : r > 150, `${scheme}: ${colours.en}`).toBe(true);
      await context.close();
    }
  });
}

test('printed or saved as PDF right after opening, the page has every chart', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  // As a reader would: open the page and print at once, before scrolling to any chart. The
  // wasm is held back so that the page stays as it was at load while it is printed twice.
  await page.route('**/*.wasm', () => {});
  await page.goto('./en.html', { mounted: false });
  await expect(page.locator('#prerender footer')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const charts = await drawings(page, 'en');
  expect(charts.map((c) => c.kind)).toEqual(CHARTS);
  for (const c of charts) {
    expect(c.drawing, c.kind).not.toBeNull();
    expect(c.marks, c.kind).toBeGreaterThan(10);
  }
  // The PDF is made, and each chart's drawing is what the print media shows in its place: the
  // chart areas with their drawings hidden (layout kept) look different. (A count of the PDF's
  // fill operators stopped telling the charts apart once the hatched funnel and lanes came in:
  // Chromium paints the charts' shapes in far fewer operators than their count.)
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(100_000);
  const areas = async () => {
    const out = [];
    for (const id of ['figure-ladder', 'figure-map', 'figure-hybrid']) {
      out.push(await page.locator(`#${id} .chart-canvas`).screenshot());
    }
    return out;
  };
  const withCharts = await areas();
  await page.evaluate(() => document.querySelectorAll('.chart-ssr').forEach((d) => (d.style.visibility = 'hidden')));
  const without = await areas();
  withCharts.forEach((shot, i) => expect(shot.equals(without[i]), CHARTS[i]).toBe(false));
  expect(without[0].length).toBeLessThan(withCharts[0].length);
});

test('a chart downloads as SVG and PNG before it has gone live', async ({ page, guard }) => {
  test.setTimeout(60_000);
  // ECharts never arrives: every chart stays its build-time drawing.
  await page.route('**/echarts.min.js', () => {});
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?lang=en');
  for (const id of ['figure-ladder', 'figure-map', 'figure-hybrid']) {
    const figure = page.locator(`#${id}`);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.chart-canvas canvas')).toHaveCount(0);
    await expect(figure.locator('.chart-ssr svg').first()).toBeVisible();
    const [svgFile] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download this chart as SVG' }).click()]);
    const svg = readFileSync(await svgFile.path(), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: !!doc.querySelector('parsererror'), text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '), vars: /var\(--/.test(text) };
    }, svg);
    expect(parsed.error, id).toBe(false);
    // The drawing travelled, with its colours written in (a file has no stylesheet).
    expect(parsed.text, id).toContain(id === 'figure-hybrid' ? 'EFLOPS' : 'H200');
    expect(parsed.vars, id).toBe(false);
    const [pngFile] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download this chart as PNG' }).click()]);
    const png = readFileSync(await pngFile.path());
    expect(png.subarray(1, 4).toString(), id).toBe('PNG');
    expect(png.length, id).toBeGreaterThan(20_000);
  }
  expect(guard).toBeTruthy();
});

test('the live chart takes the drawing\'s box: nothing moves when it goes live', async ({ page }) => {
  test.setTimeout(60_000);
  // ECharts is held until every drawing has been measured in the live widgets.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/echarts.min.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?lang=en');
  const ids = ['figure-ladder', 'figure-map', 'figure-hybrid'];
  const before = {};
  for (const id of ids) {
    before[id] = await page.locator(`#${id} .chart-canvas`).evaluate((c) => {
      const d = c.querySelector('.chart-ssr svg');
      return d && JSON.stringify([Math.round(c.getBoundingClientRect().top + scrollY), Math.round(d.getBoundingClientRect().width), Math.round(d.getBoundingClientRect().height)]);
    });
    expect(before[id], `${id}: the live widget keeps the drawing until its chart draws`).not.toBeNull();
  }
  release();
  for (const id of ids) {
    const area = page.locator(`#${id} .chart-canvas`);
    await area.scrollIntoViewIfNeeded();
    // The reader reaches for it (the live chart comes only then: issue 24).
    await area.hover({ position: { x: 2, y: 2 } });
    await expect(area.locator('canvas').first()).toBeVisible();
    await expect(area.locator('.chart-ssr')).toHaveCount(0);
    const after = await area.evaluate((c) => {
      const k = c.querySelector('canvas').parentElement.getBoundingClientRect();
      return JSON.stringify([Math.round(c.getBoundingClientRect().top + scrollY), Math.round(k.width), Math.round(k.height)]);
    });
    expect(after, id).toBe(before[id]);
  }
});
