// The charts' text as ECharts actually laid it out: at every width from a small phone to a
// desktop, in both languages, no two labels overlap and none leaves the canvas (the ladder in
// linear, log and relative modes, the map, the hybrid model). Also: the H200 carries the
// reserved highlight of the current theme, the charts are set in the page's font, and the
// hybrid model's fleet size moves its bars.
import { test, expect, chartOption, waitForChart } from './fixtures.mjs';

const LADDER = '#figure-ladder .chart-canvas';
const MAP = '#figure-map .chart-canvas';
const HYBRID = '#figure-hybrid .chart-canvas';

/** Every drawn text element of the chart in `selector`: its text and its box on the canvas. */
async function textBoxes(page, selector) {
  return page.evaluate((sel) => {
    const chart = window.echarts.getInstanceByDom(document.querySelector(sel));
    const zr = chart.getZr();
    const boxes = [];
    // The display list leaves out what ECharts hid (labels dropped by `hideOverlap`); a text
    // is drawn as one span per line.
    for (const el of zr.storage.getDisplayList(true)) {
      if (el.type !== 'tspan' || el.invisible || !el.style || !String(el.style.text ?? '').trim()) continue;
      if (el.style.opacity === 0) continue;
      const r = el.getBoundingRect().clone();
      if (el.transform) r.applyTransform(el.transform);
      if (r.width * r.height === 0) continue;
      boxes.push({ text: String(el.style.text), x: r.x, y: r.y, w: r.width, h: r.height });
    }
    return { boxes, width: zr.getWidth(), height: zr.getHeight() };
  }, selector);
}

/** The pairs of labels that overlap by more than 1 px, and the labels that leave the canvas. */
function collisions({ boxes, width, height }) {
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (dx > 1 && dy > 1) overlaps.push(`"${a.text}" × "${b.text}" (${dx.toFixed(1)}×${dy.toFixed(1)} px)`);
    }
  }
  const outside = boxes
    .filter((b) => b.x < -1 || b.y < -1 || b.x + b.w > width + 1 || b.y + b.h > height + 1)
    .map((b) => `"${b.text}" at ${b.x.toFixed(0)},${b.y.toFixed(0)} ${b.w.toFixed(0)}×${b.h.toFixed(0)} of ${width}×${height}`);
  return { overlaps, outside };
}

async function expectClean(page, selector, what) {
  const laid = await textBoxes(page, selector);
  expect(laid.boxes.length, `${what}: labels drawn`).toBeGreaterThan(3);
  expect(collisions(laid), what).toEqual({ overlaps: [], outside: [] });
}

/** Waits until the chart's option satisfies `ready` (a redraw happens a task after a change). */
async function until(page, selector, ready) {
  await expect.poll(async () => ready(await chartOption(page, selector))).toBe(true);
}

test.use({ reducedMotion: 'reduce' });

for (const lang of ['ja', 'en']) {
  for (const width of [320, 375, 768, 1280]) {
    test(`no chart label overlaps another or leaves the canvas: ${lang}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?lang=${lang}`);
      const fig = page.locator('#figure-ladder');
      await waitForChart(page, LADDER);
      const linear = fig.getByRole('button', { name: lang === 'ja' ? '線形' : 'Linear', exact: true });
      const log = fig.getByRole('button', { name: lang === 'ja' ? '対数' : 'Log', exact: true });
      // On a phone the controls are under the "Customise" row (issue 22).
      const customise = fig.locator('.customise__toggle');
      if (await customise.isVisible()) await customise.click();

      await linear.click();
      await until(page, LADDER, (o) => o.xType === 'value');
      await expectClean(page, LADDER, 'ladder, linear');

      await log.click();
      await until(page, LADDER, (o) => o.xType === 'log');
      await expectClean(page, LADDER, 'ladder, log');

      await page.locator('#ladder-relative').check();
      await until(page, LADDER, (o) => o.series[0].includes(1) && o.lines.length === 3);
      await expectClean(page, LADDER, 'ladder, relative, log');

      await linear.click();
      await until(page, LADDER, (o) => o.xType === 'value' && o.lines.length === 3);
      await expectClean(page, LADDER, 'ladder, relative, linear');

      await waitForChart(page, MAP);
      await until(page, MAP, (o) => o !== null);
      await expectClean(page, MAP, 'map');

      await waitForChart(page, HYBRID);
      await until(page, HYBRID, (o) => o !== null);
      await expectClean(page, HYBRID, 'hybrid');
      // A measure a chip has no figure for says "n/a" and why, in its own label.
      const hybridCustomise = page.locator('#figure-hybrid .customise__toggle');
      if (await hybridCustomise.isVisible()) await hybridCustomise.click();
      await page.locator('#hybrid-domestic').selectOption('ascend-950pr');
      await until(page, HYBRID, (o) => o.labels.some((l) => l.includes('Ascend 950PR')));
      await expectClean(page, HYBRID, 'hybrid, 950PR');
    });
  }
}

for (const scheme of ['light', 'dark']) {
  test(`the H200 carries the ${scheme} theme's highlight, in the chart and on the map`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?lang=en');
    await waitForChart(page, LADDER);
    await waitForChart(page, MAP);
    for (const sel of [LADDER, MAP]) {
      const { border, highlight, others } = await page.evaluate((s) => {
        const o = window.echarts.getInstanceByDom(document.querySelector(s)).getOption();
        const data = o.series[0].data;
        const h200 = data.find((d) => d.name === 'H200');
        return {
          border: h200.itemStyle.borderColor,
          highlight: getComputedStyle(document.documentElement).getPropertyValue('--highlight').trim(),
          others: data.filter((d) => d.name !== 'H200').map((d) => d.itemStyle.borderColor),
        };
      }, sel);
      expect(border).toBe(highlight);
      expect(others).not.toContain(highlight);
    }
    // The legend's swatches are the chart's colours: the licence swatch is the H200's fill.
    const { swatch, fill } = await page.evaluate((s) => {
      const o = window.echarts.getInstanceByDom(document.querySelector(s)).getOption();
      const sw = document.querySelector('#figure-ladder .swatch--licence');
      const probe = document.createElement('span');
      probe.style.color = o.series[0].data.find((d) => d.name === 'H200').itemStyle.color;
      document.body.append(probe);
      const fillColour = getComputedStyle(probe).color;
      probe.remove();
      return { swatch: getComputedStyle(sw).backgroundColor, fill: fillColour };
    }, LADDER);
    expect(swatch).toBe(fill);
  });
}

test('charts are set in the page font of their language, and the legend lists only what is drawn', async ({ page }) => {
  await page.goto('./?lang=ja');
  await waitForChart(page, LADDER);
  const fonts = () =>
    page.evaluate((s) => {
      const el = document.querySelector(s);
      const o = window.echarts.getInstanceByDom(el).getOption();
      return {
        chart: o.textStyle.fontFamily ?? o.textStyle[0]?.fontFamily,
        page: getComputedStyle(el.closest('figure').querySelector('figcaption')).fontFamily,
      };
    }, LADDER);
  const ja = await fonts();
  expect(ja.chart).toBe(ja.page);
  expect(ja.chart).toMatch(/Noto Sans (CJK )?JP|Hiragino/);
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator(LADDER).scrollIntoViewIfNeeded();
  await expect.poll(async () => (await chartOption(page, LADDER)).xName).toBe('TPP (total processing performance)');
  const en = await fonts();
  expect(en.chart).toBe(en.page);
  expect(en.chart).not.toBe(ja.chart);
  // No chip can be sold without a licence today: no key for it.
  await expect(page.locator('#figure-ladder .status-legend li')).toHaveCount(5);
  await expect(page.locator('#figure-ladder .status-legend')).not.toContainText('Could be sold');
});

test('the hybrid chart: the all-H200 fleet fills the width; the fleet size changes the amounts, not the shares', async ({ page }) => {
  await page.goto('./?lang=en');
  await waitForChart(page, HYBRID);
  const before = await chartOption(page, HYBRID);
  // The all-H200 outline is the scale: full width at any size (issue 22: bars used half the frame).
  before.series[0].forEach((v) => expect(v).toBeCloseTo(1, 6));
  await page.locator('#hybrid-count').fill('150000');
  await until(page, HYBRID, (o) => o.labels[0] !== before.labels[0]);
  const after = await chartOption(page, HYBRID);
  after.series[1].forEach((v, i) => expect(v).toBeCloseTo(before.series[1][i], 6));
  expect(after.labels[0]).toMatch(/PFLOPS|EFLOPS/);
});
