// The app shell in a real browser: language resolution and switching, the chart, failure modes.
import { test, expect, chartOption, waitForChart } from './fixtures.mjs';

const CHART = '#figure-ladder .chart-canvas';
// The page's headline (h1); the document title is the explainer's name.
const JA_TITLE = '中国のH200「承認」と、立ちはだかる三つの関門';
const EN_TITLE = "China’s “yes” to Nvidia’s H200, and the three gates in its way";

test.describe('in a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('the page opens in Japanese with every section and the source credit', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('h1')).toHaveText(JA_TITLE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page).toHaveTitle(/読み解く/);
    const ids = await page.locator('main section').evaluateAll((s) => s.map((e) => e.id));
    expect(ids).toEqual([
      'intro',
      'approval',
      'companies',
      'generations',
      'domestic-chips',
      'conclusion',
      'claims',
      'timeline',
      'sources',
      'glossary',
      'method',
    ]);
    for (const id of ids) await expect(page.locator(`#${id} > h2`)).not.toBeEmpty();
    const credit = page.locator('footer .credit a');
    await expect(credit).toHaveAttribute('href', /^https:\/\/www\.dirac226\.com\/2026\/02\/01\//);
    await expect(page.locator('footer .credit')).toContainText('2026年2月1日');
  });

  test('switching to English changes the language, title, headings and URL without reloading', async ({ page }) => {
    await page.goto('./?x=1');
    await expect(page.locator('#approval > h2')).toHaveText(/承認/);
    await page.evaluate(() => (window.__sameDocument = true));
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/Explained/);
    await expect(page.locator('h1')).toHaveText(EN_TITLE);
    await expect(page.locator('#approval > h2')).toHaveText('1. What was approved, and how sure can we be?');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    // The address and the saved choice follow a task after the switch (the switch paints first).
    await expect.poll(() => new URL(page.url()).search).toBe('?x=1&lang=en');
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    await expect(page.locator('footer .credit')).toContainText('1 Feb 2026');
  });

  test('the saved choice is used on the next visit', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('./');
    await expect(page.locator('h1')).toHaveText(EN_TITLE);
  });

  test('?lang=en opens in English even in a Japanese browser', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(EN_TITLE);
  });

  test('an unknown ?lang value falls back without an error', async ({ page }) => {
    await page.goto('./?lang=%3Cscript%3E&lang=fr');
    await expect(page.locator('h1')).toHaveText(JA_TITLE);
  });

  test('the app works when storage throws', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto('./');
    await expect(page.locator('h1')).toHaveText(JA_TITLE);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1')).toHaveText(EN_TITLE);
    await waitForChart(page, CHART);
  });
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });

  test('the browser language is used when nothing was chosen', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(EN_TITLE);
  });

  test('?lang=ja wins over the browser language', async ({ page }) => {
    await page.goto('./?lang=ja');
    await expect(page.locator('h1')).toHaveText(JA_TITLE);
  });
});

test.describe('the bandwidth chart', () => {
  test.use({ locale: 'ja-JP' });

  test('renders from the data and relabels itself on a language switch, keeping its instance', async ({ page }) => {
    await page.goto('./');
    await waitForChart(page, CHART);
    await expect(page.locator(CHART)).toHaveAttribute('role', 'img');
    await expect(page.locator(CHART)).toHaveAttribute('aria-label', /H200は15,832/);
    const ja = await chartOption(page, CHART);
    expect(ja.xName).toBe('TPP（総処理性能）');
    // Ranked by the measure, largest first (issue 22); ties keep the data's order.
    expect(ja.yData.slice(0, 8)).toEqual(['Rubin', 'B300/GB300', 'GB200', 'B200', 'B30A', 'H100', 'H800', 'H200']);
    expect(ja.series[0][7]).toBe(15832);
    expect(ja.series[0]).toEqual([...ja.series[0]].sort((a, b) => b - a));
    expect(ja.aria).toBe(true);
    await page.getByRole('button', { name: 'English' }).click();
    // A chart far from the window relabels when the reader comes near it.
    await page.locator(CHART).scrollIntoViewIfNeeded();
    await expect.poll(async () => (await chartOption(page, CHART)).xName).toBe('TPP (total processing performance)');
    expect((await chartOption(page, CHART)).id).toBe(ja.id);
    await expect(page.locator(CHART)).toHaveAttribute('aria-label', /Bar chart of TPP/);
  });

  test('resizes with its container', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto('./');
    await waitForChart(page, CHART);
    const canvas = page.locator(`${CHART} canvas`).first();
    const wide = (await canvas.boundingBox()).width;
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(async () => (await canvas.boundingBox()).width).toBeLessThan(wide - 200);
    const box = await page.locator(CHART).boundingBox();
    expect((await canvas.boundingBox()).width).toBeLessThanOrEqual(box.width + 1);
  });

  test('shows the same data as a table on request', async ({ page }) => {
    await page.goto('./?lang=en');
    await waitForChart(page, CHART);
    const toggle = page.locator('#figure-ladder').getByRole('button', { name: 'Show table' });
    await toggle.click();
    const rows = page.locator('#figure-ladder table tbody tr');
    await expect(rows).toHaveCount(15);
    await expect(rows.nth(7)).toContainText('H200');
    await expect(rows.nth(7)).toContainText('15,832');
    await expect(page.locator(CHART)).toBeHidden();
    await page.locator('#figure-ladder').getByRole('button', { name: 'Show chart' }).click();
    await expect(page.locator(CHART)).toBeVisible();
  });

  for (const [how, handler] of [
    ['is blocked', (route) => route.abort()],
    ['was tampered with (integrity)', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n;window.tampered=1;`, headers: { ...response.headers(), 'content-encoding': '' } });
    }],
  ]) {
    test(`every chart falls back to its table with a notice when ECharts ${how}; the rest works`, async ({ page, guard }) => {
      guard.allow(/Failed to load resource|integrity|digest/);
      await page.route('**/echarts*.js', handler);
      await page.goto('./?lang=en');
      const figures = await page.locator('figure:has(.chart)').evaluateAll((fs) => fs.map((f) => `#${f.id}`));
      expect(figures).toEqual(['#figure-ladder', '#figure-map', '#figure-hybrid']);
      for (const fig of figures) {
        await page.locator(fig).scrollIntoViewIfNeeded();
        // Its build-time drawing shows until the reader reaches for the live chart, which fails.
        // (Once ECharts has failed, every chart shows its table: nothing left to reach for.)
        const area = page.locator(`${fig} .chart-canvas`);
        if (await area.isVisible()) await area.hover({ position: { x: 2, y: 2 } });
        await expect(page.locator(`${fig} .chart-status`)).toHaveText(/could not be loaded/);
        await expect(page.locator(`${fig} table tbody tr`).first()).toBeVisible();
      }
      expect(await page.evaluate(() => window.tampered)).toBeUndefined();
      // Everything else still responds.
      const us = page.locator('#gate-switch-us');
      await us.locator('input[value="limited"]').check();
      await expect(us).toHaveAttribute('data-level', 'limited');
      await page.locator('#hybrid-count').fill('200000');
      await expect(page.locator('#figure-hybrid table')).toContainText('198 EFLOPS'); // 200,000 × 989.5 TFLOPS
      await page.getByRole('button', { name: '日本語' }).click();
      await expect(page.locator('#figure-ladder .chart-status')).toHaveText(/表で表示/);
    });
  }

  test('follows dark mode by redrawing with the dark theme', async ({ page }) => {
    await page.goto('./');
    await waitForChart(page, CHART);
    const light = await chartOption(page, CHART);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await chartOption(page, CHART))?.id).not.toBe(light.id);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(20, 21, 24)');
    // Only one instance lives in the container.
    expect(await page.locator(`${CHART} canvas`).count()).toBe(1);
  });
});

test('ECharts is not downloaded until a chart near the viewport is wanted live', async ({ page, guard }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=en');
  await expect(page.locator('h1')).toHaveText(EN_TITLE);
  // Every chart has had its first report from the IntersectionObserver, and none is near.
  const charts = page.locator('.chart-canvas');
  expect(await charts.count()).toBeGreaterThan(1);
  await expect(page.locator('.chart-canvas:not([data-near])')).toHaveCount(0);
  await expect(page.locator('.chart-canvas[data-near="yes"]')).toHaveCount(0);
  expect(await page.locator('script[src*="echarts"]').count()).toBe(0);
  expect(guard.requests.filter((u) => u.includes('echarts'))).toEqual([]);
  // Read past it: near, shown by its build-time drawing, and still nothing fetched (issue 24).
  await page.locator(CHART).scrollIntoViewIfNeeded();
  await expect(page.locator(`${CHART}[data-near="yes"]`)).toBeVisible();
  await expect(page.locator(`${CHART} .chart-ssr svg`).first()).toBeVisible();
  // (Two frames after the observer said so: a request would have been made in the first.)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(guard.requests.filter((u) => u.includes('echarts'))).toEqual([]);
  // The pointer over it: the live chart, once.
  await waitForChart(page, CHART);
  expect(guard.requests.filter((u) => u.includes('echarts')).length).toBe(1);
});

test('a chart whose state is not the drawn one goes live near the window without being touched', async ({ page, guard }) => {
  await page.goto('./?lang=en&metric=fp8');
  await page.locator(CHART).scrollIntoViewIfNeeded();
  await expect(page.locator(`${CHART} canvas`).first()).toBeVisible();
  expect(guard.requests.filter((u) => u.includes('echarts')).length).toBe(1);
});

test('the release build works from a sub-path of a static host', async ({ page, guard }) => {
  await page.goto('/some/sub/path/?lang=en');
  await expect(page.locator('h1')).toHaveText(EN_TITLE);
  await waitForChart(page, CHART);
  const paths = guard.requests.map((u) => new URL(u).pathname);
  expect(paths.length).toBeGreaterThan(3);
  for (const p of paths) expect(p.startsWith('/some/sub/path/')).toBe(true);
});

test('every section follows a language switch, also after two quick switches', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('[data-widget]:not([data-mounted])')).toHaveCount(0);
  const ja = page.getByRole('button', { name: '日本語' });
  const en = page.getByRole('button', { name: 'English' });
  // Sections on screen switch in the same task; the rest follow one task each.
  await ja.click();
  await en.click();
  await ja.click();
  await expect(page.locator('#glossary > h2')).toHaveText('用語集');
  const headings = await page.locator('main section > h2').allInnerTexts();
  expect(headings.filter((h) => /^[\x00-\x7F]+$/.test(h))).toEqual([]);
  await en.click();
  await expect(page.locator('#glossary > h2')).toHaveText('Glossary');
  const after = await page.locator('main section > h2, main section > h3').allInnerTexts();
  expect(after.filter((h) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(h))).toEqual([]);
});
