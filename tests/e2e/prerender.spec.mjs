// The article is prerendered HTML (src/prerender.rs, tools/assemble.mjs), in the language the
// head script resolves; the wasm, fetched only when a widget nears the window, mounts each live
// widget into its slot without moving anything; the language switch (src/page.js) works before
// the wasm arrives and without it; readable with JavaScript off; embeds get their own pages.
import { test, expect } from './fixtures.mjs';

// The page's headline (h1); the document title is the explainer's name.
const JA_TITLE = '中国のH200「承認」と、立ちはだかる三つの関門';
const EN_TITLE = "China’s “yes” to Nvidia’s H200, and the three gates in its way";

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
    [...document.querySelectorAll('h1, h2, h3, p, li, button, [role="button"], figure, table')]
      // The chart's loading line goes once ECharts has drawn: that is the chart's own progress.
      // checkVisibility, not a box: content in a closed <details> may or may not have been laid
      // out when asked (content-visibility), though it is never shown.
      .filter((e) => e.checkVisibility() && !e.closest('.chart-status'))
      .map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.tagName} ${Math.round(r.left)},${Math.round(r.top + scrollY)} ${Math.round(r.width)}×${Math.round(r.height)} ${e.textContent.trim().slice(0, 40)}`;
      }));
}

/** Scrolls the first widget into view, as a reader would: the page fetches the wasm then. */
const nearWidget = (page) => page.evaluate(() => document.querySelector('[data-widget]').scrollIntoView());

/** Every widget is live. */
async function widgetsLive(page) {
  await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
  await page.waitForSelector('html[data-widgets="live"]', { state: 'attached' });
  await expect(page.locator('[data-widget]:not([data-mounted])')).toHaveCount(0);
}

const KANA = /[\u3040-\u30ff\u4e00-\u9fff]/;

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

    test('shows that language as HTML, then every widget goes live in its slot without a shift', async ({ page }) => {
      if (c.stored) {
        await page.addInitScript((v) => localStorage.setItem('h200-explainer.lang', v), c.stored);
      }
      const wasm = await holdWasm(page);
      await page.goto(c.path, { mounted: false, waitUntil: 'domcontentloaded' });
      await expect(page.locator('h1')).toHaveText(c.title);
      // The article goes in a section per task after the first ones; the footer comes last.
      await expect(page.locator('.site-footer')).toBeAttached();
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(page).toHaveTitle(c.lang === 'ja' ? /^中国のH200/ : /^China’s H200/);
      await expect(page.locator('.prerender')).toHaveCount(1);
      await expect(page.locator('html')).not.toHaveAttribute('data-app', 'mounted');
      const before = await layout(page);
      const textBefore = await page.locator('main').innerText();
      // Fewer blocks since the prose was folded (issue 22), still well over a hundred.
      expect(before.length).toBeGreaterThan(150);
      await observeShifts(page);

      await nearWidget(page);
      wasm.release();
      await widgetsLive(page);
      // Back at the top, where the contents (sticky) mark the first section again.
      await page.evaluate(() => scrollTo(0, 0));
      await expect(page.locator('.toc a[href="#intro"]')).toHaveAttribute('aria-current', 'location');
      // The article was never replaced: the same tree, with live widgets in its slots.
      await expect(page.locator('.prerender')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(c.title);
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

test('the wasm is fetched only when a widget nears the window, after the text has painted', async ({ page, guard }) => {
  // A short window: since issue 22 the first widget (the gates) starts about 1,200 px down, within
  // two screens of a 900 px window, where the code rightly comes just after the first paint.
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('./?lang=en', { mounted: false, waitUntil: 'networkidle' });
  const far = await page.evaluate(() => document.querySelector('[data-widget]').getBoundingClientRect().top > 2 * innerHeight);
  expect(far, 'the first widget starts more than a screen below the first view').toBe(true);
  expect(guard.requests.filter((u) => /\.wasm$|h200-explainer-\w+\.js$/.test(u))).toEqual([]);
  const asked = page.waitForRequest(/_bg\.wasm$/);
  await nearWidget(page);
  await asked;
  await widgetsLive(page);
  const t = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm')).startTime,
  }));
  expect(t.wasm).toBeGreaterThan(t.paint);
});

test('the reader keeps their place while the widgets go live mid-read', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('./#generations', { mounted: false, waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.scrollBy(0, 1234));
  const y = await page.evaluate(() => scrollY);
  expect(y).toBeGreaterThan(1234);
  wasm.release();
  await widgetsLive(page);
  // Two frames painted since the last mount: any jump would have happened by then.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await page.evaluate(() => scrollY)).toBe(y);
});

test('the language switch works before the wasm arrives, and the widgets then go live in the new language', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('./?lang=ja', { mounted: false, waitUntil: 'domcontentloaded' });
  await page.locator('#lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/^China’s H200/);
  await expect(page).toHaveURL(/[?&]lang=en/);
  await expect(page.locator('h1')).toHaveText(EN_TITLE);
  await expect(page.locator('#lang-en')).toBeFocused();
  await expect(page.locator('#lang-en')).toHaveAttribute('aria-pressed', 'true');
  // Every region follows, the later ones a task after the first.
  await expect(page.locator('#glossary > h2')).not.toHaveText(KANA);
  expect(await page.evaluate(() => localStorage.getItem('h200-explainer.lang'))).toBe('"en"');
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'mounted');
  await nearWidget(page);
  wasm.release();
  await widgetsLive(page);
  expect(await page.locator('[data-widget="gates"]').innerText()).not.toMatch(KANA);
});

test('each page carries one language: the head script sends a reader to theirs, the switch fetches the other only when reached for', async ({ page }) => {
  const pages = [];
  page.on('request', (r) => pages.push(r.url()));
  await page.goto('./?lang=ja');
  await expect(page.locator('.prerender--en')).toHaveCount(0);
  // Reading the whole article fetches no other language.
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 2000) await page.evaluate((top) => scrollTo(0, top), y);
  await page.evaluate(() => scrollTo(0, 0));
  expect(pages.filter((u) => /\/en\.html/.test(u))).toEqual([]);
  // A pointer over the switch fetches the English page; its tree is built off the page.
  await page.locator('#lang-en').hover();
  await expect(page.locator('#prerender[data-other-ready]')).toBeAttached();
  expect(pages.filter((u) => /en\.html$/.test(u))).toHaveLength(1);
  await page.locator('#lang-en').click();
  await expect(page.locator('h1')).toHaveText(EN_TITLE);
  // The address becomes the English page's.
  await expect(page).toHaveURL(/\/en\.html\?lang=en$/);
  // The head script: ?lang= and a saved choice pick the page.
  await page.goto('./?lang=en#sources');
  await expect(page).toHaveURL(/\/en\.html\?lang=en#sources$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('./en.html?lang=ja');
  await expect(page).toHaveURL(/\/\?lang=ja$/);
  await expect(page.locator('h1')).toHaveText(JA_TITLE);
  await page.evaluate(() => localStorage.setItem('h200-explainer.lang', '"en"'));
  await page.goto('./');
  await expect(page).toHaveURL(/\/en\.html$/);
  await expect(page.locator('h1')).toHaveText(EN_TITLE);
});

test('a switch pressed before the other page is in waits for it; if it cannot be fetched, the other page is a navigation away', async ({ page, guard }) => {
  guard.allow(/Failed to fetch|net::ERR_FAILED/i);
  // The fetch of the other page (no query) is held, then refused; the navigation (?lang=) is not.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\/en\.html$/, async (route) => {
    await held;
    await route.abort();
  });
  await page.goto('./?lang=ja');
  await page.locator('#lang-en').click();
  await expect(page.locator('#lang-en')).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('h1')).toHaveText(JA_TITLE);
  release();
  await expect(page).toHaveURL(/\/en\.html\?lang=en$/);
  await expect(page.locator('h1')).toHaveText(EN_TITLE);
  await page.unroute(/\/en\.html$/);
  // Held and then let through: the switch happens in place when the page arrives.
  let go;
  const wait = new Promise((r) => (go = r));
  await page.route(/\/$/, async (route) => {
    await wait;
    await route.continue();
  });
  await page.evaluate(() => (window.__same = true));
  await page.locator('#lang-ja').click();
  await expect(page.locator('#lang-ja')).toHaveAttribute('aria-busy', 'true');
  go();
  await expect(page.locator('h1')).toHaveText(JA_TITLE);
  await expect(page.locator('#lang-ja')).not.toHaveAttribute('aria-busy');
  expect(await page.evaluate(() => window.__same)).toBe(true);
});

test('the language switch, the glossary and the contents work when the wasm never arrives', async ({ page, guard }) => {
  guard.allow(/Failed to fetch|TypeError|net::ERR_FAILED|WebAssembly/i);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('./?lang=en', { mounted: false });
  await nearWidget(page);
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('h1')).toHaveText(JA_TITLE);
  await expect(page.locator('#sources > h2')).toHaveText(KANA);
  const term = page.locator('#approval .term').first();
  await term.locator('.term__button').click();
  await expect(term.locator('.term__button')).toHaveAttribute('aria-expanded', 'true');
  await expect(term.locator('[role="tooltip"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(term.locator('.term__button')).toHaveAttribute('aria-expanded', 'false');
  await page.locator('.toc a[href="#sources"]').click();
  await expect(page.locator('.toc a[href="#sources"]')).toHaveAttribute('aria-current', 'location');
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'mounted');
});

test('a live widget moves into the other language with its state, relabelled, and focus stays on the switch', async ({ page }) => {
  await page.goto('./?lang=ja');
  await page.locator('.gate-whatif > summary').click();
  const gate = page.locator('#gate-switch-us');
  const was = await gate.getAttribute('data-level');
  await gate.locator('input[value="limited"]').check();
  await page.locator('#gate-switch-us input[value="open"]').check();
  await expect(gate).toHaveAttribute('data-level', 'open');
  await page.evaluate(() => (document.querySelector('[data-widget="gates"]').__same = true));
  await page.locator('#lang-en').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#lang-en')).toBeFocused();
  expect(await page.evaluate(() => document.querySelector('[data-widget="gates"]').__same)).toBe(true);
  await expect(gate).toHaveAttribute('data-level', 'open');
  await expect(page.locator('#gate-answer')).toHaveText(/^Your own combination: /);
  await expect(page.locator('[data-widget="gates"]')).not.toHaveText(KANA);
  await expect(page.locator('#approval > h2')).not.toHaveText(KANA);
  // …and back: still the same widget, still live.
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('#lang-ja')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await gate.locator(`input[value="${was}"]`).check();
  await expect(gate).toHaveAttribute('data-level', was);
  expect(await page.evaluate(() => document.querySelector('[data-widget="gates"]').__same)).toBe(true);
});

test('keyboard focus taken in the prerender stays when the widgets go live', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('./?lang=en', { mounted: false, waitUntil: 'domcontentloaded' });
  // The skip link, taken before the wasm has arrived…
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await nearWidget(page);
  wasm.release();
  await widgetsLive(page);
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement.closest('main'))).toBe(true);
});

test('focus on a prerendered control goes to the same control once its widget is live', async ({ page }) => {
  const wasm = await holdWasm(page);
  await page.goto('./?lang=en', { mounted: false, waitUntil: 'domcontentloaded' });
  // Focus entering a widget also asks for the wasm.
  await page.locator('#gate-preset-customs-block').focus();
  const old = await page.locator('#gate-preset-customs-block').elementHandle();
  wasm.release();
  await widgetsLive(page);
  await expect(page.locator('#gate-preset-customs-block')).toBeFocused();
  expect(await old.evaluate((e) => e.isConnected)).toBe(false);
});

test('the explainer page asked for a widget goes to that widget\'s page in the reader\'s language', async ({ page }) => {
  await page.goto('./?embed=gates&lang=en#x', { mounted: false, waitUntil: 'domcontentloaded' });
  await expect(page).toHaveURL(/\/embed-gates-en\.html\?embed=gates&lang=en#x$/);
  await expect(page.locator('#prerender .embed')).toBeVisible();
  // No article headings: the embed's only heading is its figure's title.
  await expect(page.locator('h1, h2:visible:not(.figure__title)')).toHaveCount(0);
  await widgetsLive(page);
  await expect(page.locator('#gate-handle')).toBeVisible();
});

for (const [widget, lang, theme] of [['gates', 'en', 'dark'], ['timeline', 'ja', 'light'], ['hybrid', 'en', 'auto']]) {
  test(`embed-${widget}.html paints the widget (${lang}, ${theme}) before the wasm and goes live without a shift`, async ({ page }) => {
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
    await widgetsLive(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(await layout(page)).toEqual(before);
    expect(await page.evaluate(() => window.__shift)).toBe(0);
  });
}

test('an embed page asked for another widget goes to that widget\'s page in the reader\'s language', async ({ page }) => {
  await page.goto('./embed-gates.html?embed=timeline&lang=en', { mounted: false, waitUntil: 'domcontentloaded' });
  await expect(page).toHaveURL(/\/embed-timeline-en\.html\?embed=timeline&lang=en$/);
  await widgetsLive(page);
  await expect(page.getByRole('radiogroup')).toHaveCount(0);
  // The timeline's controls, under "Customise" in an embed.
  await expect(page.locator('.actor-toggle').first()).toBeAttached();
  await expect(page.locator('#timeline-card')).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('each page reads as static text in its language, the other a link away', async ({ page }) => {
    for (const [path, lang, other, title] of [['./', 'ja', 'en', JA_TITLE], ['./en.html', 'en', 'ja', EN_TITLE]]) {
      await page.goto(path, { mounted: false });
      await expect(page.locator(`.prerender--${lang} h1`)).toHaveText(title);
      await expect(page.locator(`.prerender--${other}`)).toHaveCount(0);
      await expect(page.locator(`.prerender--${lang} main section > h2`)).toHaveCount(11);
      // The sources are a closed list that opens without script.
      await expect(page.locator('#sources-list')).not.toHaveAttribute('open', '');
      await page.locator('#sources-list > summary').click();
      await expect(page.locator('#sources li').first()).toBeVisible();
      await expect(page.locator('[data-widget]')).toHaveCount(6);
      // The switch's buttons need the script: in their place, a link to the other page.
      await expect(page.locator('.site-header .lang-switch__option[aria-pressed="false"]')).toBeHidden();
      const link = page.locator(`.site-header .lang-switch a[hreflang="${other}"]`);
      await expect(link).toBeVisible();
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      expect(wide).toBe(false);
      await link.click();
      await expect(page.locator(`.prerender--${other} h1`)).toHaveText(lang === 'ja' ? EN_TITLE : JA_TITLE);
    }
    expect(await page.locator('.prerender--ja main').innerText()).toContain('H200');
  });
});

test('a tampered wasm is refused (integrity) and the article stays readable and switchable', async ({ page, guard }) => {
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
  await nearWidget(page);
  // Once the browser has refused the file, the wasm can no longer start.
  await expect.poll(() => refusals.length, { message: 'the browser said why it refused the file' }).toBeGreaterThan(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'mounted');
  await expect(page.locator('h1')).toHaveText(EN_TITLE);
  await expect(page.locator('#approval > h2')).toBeVisible();
  await page.locator('#lang-ja').click();
  await expect(page.locator('h1')).toHaveText(JA_TITLE);
});

test('an inline script changed after the build is blocked by the CSP hashes', async ({ page, guard }) => {
  guard.expectCspViolations();
  guard.allow(/Content Security Policy|Refused to execute/);
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("d.lang=l;", "d.lang='en';");
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-encoding': '' } });
  });
  await page.goto('./?lang=ja', { mounted: false });
  await expect.poll(() => guard.cspViolations()).toContainEqual(expect.stringMatching(/^script-src/));
  // The page still works without it: Japanese, the page's own default, and live widgets.
  await expect(page.locator('h1')).toHaveText(JA_TITLE);
  await nearWidget(page);
  await widgetsLive(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});
