// The generation charts: what they draw follows the controls and the language, the table and
// CSV match the chart, and a chip can be selected by click or keyboard to open its card.
import { readFileSync } from 'node:fs';
import { test, expect, chartOption, waitForChart } from './fixtures.mjs';

test.use({ locale: 'en-US' });

const LADDER = '#figure-ladder .chart-canvas';
const MAP = '#figure-map .chart-canvas';

test('switching metric, scale and relative mode changes the option actually set', async ({ page }) => {
  await page.goto('./');
  await waitForChart(page, LADDER);
  const tpp = await chartOption(page, LADDER);
  expect(tpp.lines).toEqual([4800, 21000]);
  expect(tpp.xType).toBe('value');

  await page.locator('#ladder-metric').selectOption('bandwidth');
  await expect.poll(async () => (await chartOption(page, LADDER)).xName).toBe('Memory bandwidth (TB/s)');
  const bw = await chartOption(page, LADDER);
  expect(bw.series[0][bw.yData.indexOf('H200')]).toBe(4.8);
  expect(bw.labels[bw.yData.indexOf('H200')]).toBe('4.8 TB/s');
  expect(bw.lines).toEqual([6.5]);
  expect(bw.id).toBe(tpp.id);

  await page.getByRole('button', { name: 'Log', exact: true }).click();
  await expect.poll(async () => (await chartOption(page, LADDER)).xType).toBe('log');

  await page.getByLabel('Show relative to H200 = 1×').check();
  await expect.poll(async () => { const o = await chartOption(page, LADDER); return o.labels[o.yData.indexOf('H200')]; }).toBe('1×');
  const rel = await chartOption(page, LADDER);
  expect(rel.series[0][rel.yData.indexOf('H200')]).toBe(1);
  expect(rel.lines[0]).toBeCloseTo(6.5 / 4.8, 6);

  // FP4: the H200 has no figure, so there is no ratio: values with their unit, and a note why;
  // the choice comes back with a measure the H200 has.
  await page.locator('#ladder-metric').selectOption('fp4');
  await expect(page.locator('#ladder-relative-unavailable')).toBeVisible();
  await expect.poll(async () => (await chartOption(page, LADDER)).labels.some((l) => /×$/.test(l))).toBe(false);
  await page.locator('#ladder-metric').selectOption('bandwidth');
  await expect(page.locator('#ladder-relative-unavailable')).toBeHidden();
  await expect.poll(async () => { const o = await chartOption(page, LADDER); return o.labels[o.yData.indexOf('H200')]; }).toBe('1×');

  // Relative mode has its own reference line, H200 = 1×, after the regulatory ones.
  expect(rel.lines.at(-1)).toBe(1);
  await page.getByLabel('Show regulatory lines').uncheck();
  await expect.poll(async () => (await chartOption(page, LADDER)).lines).toEqual([1]);

  await page.getByRole('button', { name: '日本語' }).click();
  // A chart far from the window relabels when the reader comes near it.
  await page.locator(LADDER).scrollIntoViewIfNeeded();
  await expect.poll(async () => (await chartOption(page, LADDER)).xName).toBe('H200比');
  { const o = await chartOption(page, LADDER); expect(o.labels[o.yData.indexOf('H200')]).toBe('1倍'); }
});

test('the key ratios are stated without arithmetic, the main one as the title', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#figure-ladder .figure__title')).toHaveText(
    'By TPP, the H200 is about 6.7× the H20, and sits under the 2026 ceiling',
  );
  await expect(page.locator('#figure-ladder .ratio-note')).toHaveText(
    'By the same measure, the B200 is about 2.3× the H200.',
  );
});

test('the table view matches the chart and the CSV has the same rows', async ({ page }) => {
  await page.goto('./');
  await waitForChart(page, LADDER);
  await page.locator('#ladder-metric').selectOption('memory');
  await expect.poll(async () => (await chartOption(page, LADDER)).xName).toBe('Memory (GB)');
  const option = await chartOption(page, LADDER);
  await page.locator('#figure-ladder').getByRole('button', { name: 'Show table' }).click();
  const rows = page.locator('#figure-ladder table tbody tr');
  await expect(rows).toHaveCount(option.yData.length);
  const names = await rows.locator('th').allInnerTexts();
  expect(names).toEqual(option.yData);
  const values = await rows.locator('td:nth-child(2)').allInnerTexts();
  expect(values).toEqual(option.labels);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#figure-ladder').getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('h200-explainer-memory.csv');
  const csv = readFileSync(await download.path(), 'utf8').trim().split(/\r\n/);
  expect(csv[0]).toBe('Chip,Memory (GB),Confidence,Status for China');
  expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(option.yData);
  expect(csv.slice(1).map((l) => l.split(',')[1])).toEqual(option.series[0].map(String));
});

test('selecting a chip by keyboard in the table opens its card', async ({ page }) => {
  await page.goto('./');
  await waitForChart(page, LADDER);
  const fig = page.locator('#figure-ladder');
  await fig.getByRole('button', { name: 'Show table' }).click();
  await fig.getByRole('button', { name: 'H200', exact: true }).focus();
  await page.keyboard.press('Enter');
  const card = fig.locator('.chip-card');
  await expect(card).toBeVisible();
  await expect(card.locator('h4')).toHaveText('Nvidia H200 SXM 141GB');
  await expect(card.locator('h4')).toBeFocused();
  await expect(card).toContainText('15,832');
  await expect(card).toContainText('141 GB');
  await expect(card.locator('.status-history li')).toHaveCount(2);
  await expect(card.locator('.status-history li').last()).toContainText('Licence, case by case');
  await expect(card.locator('.ref-link').first()).toHaveAttribute('href', /^#ref-\d+$/);
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);
});

test('clicking a marker on the map opens that chip', async ({ page }) => {
  // Reduced motion turns chart animation off, so the marker is where it ends up at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await waitForChart(page, MAP);
  await page.locator(MAP).scrollIntoViewIfNeeded();
  const point = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const chart = window.echarts.getInstanceByDom(el);
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [15832, 4.8]);
    const r = el.getBoundingClientRect();
    return { x: r.left + x, y: r.top + y };
  }, MAP);
  expect(await page.evaluate((sel) => window.echarts.getInstanceByDom(document.querySelector(sel)).getOption().animation, MAP)).toBe(false);
  await page.mouse.click(point.x, point.y);
  await expect(page.locator('#figure-map .chip-card h4')).toHaveText('Nvidia H200 SXM 141GB');
  await expect(page.locator('#figure-map .chip-card h4')).toBeFocused();
  // The card is scrolled into view only as far as needed: the chart clicked stays on screen
  // (focusing the card's heading used to jump the page by 800 px).
  await expect(page.locator(MAP)).toBeInViewport();
  await expect(page.locator('#figure-map .chip-card')).toBeInViewport();
});

test('the vendor and generation filters apply to both charts', async ({ page }) => {
  await page.goto('./');
  await waitForChart(page, LADDER);
  await waitForChart(page, MAP);
  await page.getByRole('button', { name: 'Huawei', exact: true }).click();
  await expect.poll(async () => (await chartOption(page, LADDER)).yData.some((n) => n.startsWith('Ascend'))).toBe(false);
  // The map, further down, follows the filters once the reader comes near it.
  await page.locator(MAP).scrollIntoViewIfNeeded();
  await expect.poll(async () => (await chartOption(page, MAP)).names.some((n) => n.startsWith('Ascend'))).toBe(false);
  await page.getByRole('button', { name: 'Blackwell', exact: true }).click();
  await expect.poll(async () => (await chartOption(page, LADDER)).yData).not.toContain('B200');
  await page.getByRole('button', { name: 'Huawei', exact: true }).click();
  await expect.poll(async () => (await chartOption(page, LADDER)).yData).toContain('Ascend 910C');
});

test('the map summarises which chips fit under the 2026 ceiling', async ({ page }) => {
  await page.goto('./');
  await waitForChart(page, MAP);
  await expect(page.locator(MAP)).toHaveAttribute('aria-label', /Inside the 2026 ceiling: .*H200/);
  const map = await chartOption(page, MAP);
  expect(map.xType).toBe('log');
  expect(map.lines).toEqual([21000, 6.5]);
});
