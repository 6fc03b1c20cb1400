// The prerendered article (src/prerender.rs, tools/assemble.mjs): text before WebAssembly, in the
// language the app will choose, replaced by the app without moving anything; readable with
// JavaScript off; absent from embeds.
import { test, expect } from './fixtures.mjs';

const JA_TITLE = '中国のH200輸入承認を読み解く';
const EN_TITLE = "China's H200 Approval, Explained";

/** Holds every WebAssembly download until `release()` is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  return { release: () => release() };
}

/** Where every heading, paragraph and control of the page is, with its text. */
function layout(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, p, li, button, figure, table')]
      // The chart's loading line goes once ECharts has drawn: that is the chart's own progress.
      .filter((e) => e.getClientRects().length && !e.closest('.chart-status'))
      .map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.tagName} ${Math.round(r.left)},${Math.round(r.top + scrollY)} ${Math.round(r.width)}×${Math.round(r.height)} ${e.textContent.trim().slice(0, 40)}`;
      }));
}

function observeShifts(page) {
  return page.evaluate(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const CASES = [
  { locale: 'ja-JP', path: './', lang: 'ja', title: JA_TITLE, why: 'a Japanese browser' },
  { locale: 'en-US', path: './', lang: 'en', title: EN_TITLE, why: 'an English browser' },
  { locale: 'ja-JP', path: './?lang=en', lang: 'en', title: EN_TITLE, why: '?lang=en in a Japanese browser' },
  { locale: 'en-US', path: './', stored: '"ja"', lang: 'ja', title: JA_TITLE, why: 'a saved choice of Japanese' },
];

for (const c of CASES) {
  test.describe(`prerender for ${c.why}`, () => {
    test.use({ locale: c.locale });

    test('shows that language before the app, then the app takes its place without a shift', async ({ page }) => {
      if (c.stored) {
        await page.addInitScript((v) => localStorage.setItem('h200-explainer.lang', v), c.stored);
      }
      const wasm = await holdWasm(page);
      await page.goto(c.path, { mounted: false, waitUntil: 'domcontentloaded' });
      await expect(page.locator('h1')).toHaveText(c.title);
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(page.locator('.prerender')).toHaveCount(1);
      await expect(page.locator('html')).not.toHaveAttribute('data-app', 'mounted');
      const before = await layout(page);
      const textBefore = await page.locator('main').innerText();
      expect(before.length).toBeGreaterThan(200);
      await observeShifts(page);

      wasm.release();
      await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
      await expect(page.locator('#prerender')).toHaveCount(0);
      await expect(page.locator('h1')).toHaveText(c.title);
      expect(await page.locator('main').innerText()).toBe(textBefore);
      expect(await layout(page)).toEqual(before);
      // The later sections are built one task at a time, each replacing its prerendered twin.
      await expect(page.locator('[data-deferred]')).toHaveCount(0);
      expect(await page.locator('main').innerText()).toBe(textBefore);
      expect(await layout(page)).toEqual(before);
      expect(await page.evaluate(() => window.__shift)).toBe(0);
      const dupes = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      expect(dupes).toEqual([]);
    });
  });
}

test('the reader keeps their place when the app mounts mid-read', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('./#generations', { mounted: false, waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.scrollBy(0, 1234));
  const y = await page.evaluate(() => scrollY);
  expect(y).toBeGreaterThan(1234);
  wasm.release();
  await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
  // Every section built, and two frames painted since: any jump would have happened by then.
  await expect(page.locator('[data-deferred]')).toHaveCount(0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await page.evaluate(() => scrollY)).toBe(y);
  // …and the controls it shows are live now.
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('keyboard focus taken in the prerender stays when the app mounts over it', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('./?lang=en', { mounted: false, waitUntil: 'domcontentloaded' });
  // The skip link, taken before the app has arrived…
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  wasm.release();
  await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
  await expect(page.locator('[data-deferred]')).toHaveCount(0);
  // …still holds after the mount and every section build: the next Tab goes into the article.
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement.closest('main'))).toBe(true);
});

test('a link focused in a later section keeps focus while that section is built', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('./?lang=en', { mounted: false, waitUntil: 'domcontentloaded' });
  const link = page.locator('#sources a[href^="http"]').first();
  await link.focus();
  const href = await link.getAttribute('href');
  wasm.release();
  await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
  await expect(page.locator('[data-deferred]')).toHaveCount(0);
  expect(await page.evaluate(() => ({
    inSources: !!document.activeElement.closest('#sources'),
    href: document.activeElement.getAttribute('href'),
  }))).toEqual({ inSources: true, href });
});

test('the explainer page asked for a widget shows no article before it', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('./?embed=gates&lang=en', { mounted: false, waitUntil: 'domcontentloaded' });
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.locator('h1, h2')).toHaveCount(0);
  wasm.release();
  await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
  await expect(page.getByRole('switch').first()).toBeVisible();
});

for (const [widget, lang, theme] of [['gates', 'en', 'dark'], ['timeline', 'ja', 'light'], ['hybrid', 'en', 'auto']]) {
  test(`embed-${widget}.html paints the widget (${lang}, ${theme}) before the app and swaps without a shift`, async ({ page }) => {
    const wasm = await holdWasm(page);
    await page.goto(`./embed-${widget}.html?embed=${widget}&lang=${lang}&theme=${theme}`, { mounted: false, waitUntil: 'domcontentloaded' });
    await expect(page.locator(`#prerender .prerender--${lang}`)).toHaveCount(1);
    await expect(page.locator('#prerender section#intro')).toHaveCount(0);
    await expect(page.locator('#prerender .embed').first()).toBeVisible();
    if (theme !== 'auto') await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const before = await layout(page);
    expect(before.length).toBeGreaterThan(5);
    await observeShifts(page);
    wasm.release();
    await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
    await expect(page.locator('#prerender')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(await layout(page)).toEqual(before);
    expect(await page.evaluate(() => window.__shift)).toBe(0);
  });
}

test('an embed page asked for another widget drops its prerender', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('./embed-gates.html?embed=timeline&lang=en', { mounted: false, waitUntil: 'domcontentloaded' });
  await expect(page.locator('#prerender')).toHaveCount(0);
  wasm.release();
  await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
  await expect(page.getByRole('switch')).toHaveCount(0);
  await expect(page.locator('.actor-toggle').first()).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the article reads as static text in Japanese, then English', async ({ page }) => {
    await page.goto('./', { mounted: false });
    await expect(page.locator('noscript, .noscript').first()).toBeAttached();
    await expect(page.locator('.prerender--ja h1')).toHaveText(JA_TITLE);
    await expect(page.locator('.prerender--en h1')).toHaveText(EN_TITLE);
    for (const lang of ['ja', 'en']) {
      await expect(page.locator(`.prerender--${lang} main section > h2`)).toHaveCount(10);
      await expect(page.locator(`.prerender--${lang} #sources li`).first()).toBeVisible();
    }
    expect(await page.locator('.prerender--ja main').innerText()).toContain('H200');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    expect(wide).toBe(false);
  });
});

test('the app is fetched only after the prerendered text has painted', async ({ page }) => {
  await page.goto('./?lang=en');
  const t = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm')).startTime,
    js: performance.getEntriesByType('resource').find((r) => /h200-explainer-\w+\.js$/.test(r.name)).startTime,
  }));
  // After the first paint, or after the bootstrap's 500 ms limit when a busy machine paints late.
  expect(Math.min(t.js, t.wasm)).toBeGreaterThanOrEqual(Math.min(t.paint, 500));
});

test('a tampered app is refused (integrity) and the prerendered article stays readable', async ({ page, guard }) => {
  guard.allow(/digest|integrity|Failed to fetch|TypeError/i);
  const refusals = [];
  page.on('console', (m) => /integrity|digest/i.test(m.text()) && refusals.push(m.text()));
  page.on('pageerror', (e) => /integrity|digest|Failed to fetch/i.test(e.message) && refusals.push(e.message));
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-encoding': '' } });
  });
  await page.goto('./?lang=en', { mounted: false });
  // Once the browser has refused the file, the app can no longer start.
  await expect.poll(() => refusals.length, { message: 'the browser said why it refused the file' }).toBeGreaterThan(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'mounted');
  await expect(page.locator('h1')).toHaveText(EN_TITLE);
  await expect(page.locator('#approval > h2')).toBeVisible();
});

test('an inline script changed after the build is blocked by the CSP hashes', async ({ page, guard }) => {
  guard.expectCspViolations();
  guard.allow(/Content Security Policy|Refused to execute/);
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("d.lang=l||'ja'", "d.lang='en'");
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-encoding': '' } });
  });
  await page.goto('./?lang=ja', { mounted: false });
  await expect.poll(() => guard.cspViolations()).toContainEqual(expect.stringMatching(/^script-src/));
  // The page still works without it: the app resolves the language itself.
  await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});
