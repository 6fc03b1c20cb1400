// Issue 15, the story at a glance: the opening (headline, finding, stamp, where the gates stand,
// key points), section 1 told by scrolling with the diagram kept in view, the reference matter
// behind disclosures, citation cards with a way back, and the page's length.
import { test, expect } from './fixtures.mjs';

// Scrolls so that the middle band of the window (where the story's observer looks) is on `el`.
async function scrollToMiddle(page, locator) {
  await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    window.scrollTo(0, r.top + window.scrollY - window.innerHeight * 0.45 + 10);
  });
}

test.describe('the opening', () => {
  for (const [lang, points, heading] of [
    ['en', 5, 'Key points'],
    ['ja', 5, '要点'],
  ]) {
    test(`headline, finding, stamp, gates today and key points come before the text (${lang})`, async ({ page }) => {
      await page.goto(`./?lang=${lang}`, { mounted: false });
      const h1 = page.locator('h1.site-title');
      await expect(h1).toBeVisible();
      const stamp = page.locator('.site-stamp');
      await expect(stamp).toContainText(lang === 'en' ? 'Facts checked on 4 Dec 2026' : '2026年12月4日');
      // The stamp says where confirmation ends, and leads to the method and the corrections.
      await expect(stamp).toContainText(lang === 'en' ? 'nothing after about 11 Oct 2026 could be confirmed' : '2026年10月11日ごろ以降の動きは確認できていません');
      await stamp.locator('a[href="#corrections"]').click();
      await expect(page.locator('#corrections-list')).toHaveAttribute('open', '');
      await expect(page.locator('#corrections-list li').first()).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, 0));
      // The gates as of the latest dated moment, titled with its date (never "now"): every gate
      // limited on the record, by class (shape) and by word.
      const route = page.locator('.gates-today__route');
      await expect(route).toHaveAttribute('data-at', '2026-08-26');
      await expect(page.locator('#gates-today-title')).toContainText(lang === 'en' ? 'On 26 Aug 2026' : '2026年8月26日時点');
      await expect(page.locator('#gates-today-title')).not.toContainText(lang === 'en' ? 'now' : 'いま');
      for (const g of ['us', 'china', 'contracts']) {
        await expect(route.locator(`[data-gate="${g}"]`)).toHaveClass(/gates-today__gate--limited/);
        await expect(route.locator(`[data-gate="${g}"]`)).not.toHaveClass(/gates-today__gate--reported/);
        await expect(route.locator(`[data-gate="${g}"] .gates-today__state`)).toHaveText(lang === 'en' ? 'limited' : '一部のみ');
      }
      await expect(page.locator('#key-points-heading')).toHaveText(heading);
      const links = page.locator('.key-points__lead');
      await expect(links).toHaveCount(points);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        expect(await page.locator(href).count(), href).toBe(1);
      }
      // All of it above the introduction.
      const order = await page.evaluate(() => {
        const y = (s) => document.querySelector(s).getBoundingClientRect().top;
        return [y('h1.site-title'), y('.gates-today'), y('.key-points'), y('#intro')];
      });
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    });
  }

  test('on a phone the contents are one line and the lede graphic starts on the second screen at most', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('./?lang=en', { mounted: false });
    const toc = page.locator('nav.toc');
    expect((await toc.boundingBox()).height).toBeLessThan(70);
    await expect(page.locator('nav.toc ol')).toBeHidden();
    await page.locator('.toc__summary').click();
    await expect(page.locator('nav.toc a[href="#companies"]')).toBeVisible();
    expect((await page.locator('.gates-today').boundingBox()).y).toBeLessThan(1600);
  });

  test('from 75rem the contents list shows beside the article, closed disclosure or not', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./?lang=en', { mounted: false });
    await expect(page.locator('nav.toc a[href="#timeline"]')).toBeVisible();
  });
});

test.describe('section 1 as a story', () => {
  for (const width of [1280, 375]) {
    test(`scrolling through the dated steps sets the diagram to each moment (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./?lang=en');
      const svg = page.locator('.gate-svg');
      const steps = page.locator('.gate-step');
      const ids = await steps.evaluateAll((s) => s.map((li) => li.dataset.at));
      expect(ids.length).toBeGreaterThanOrEqual(6);
      // Where each moment stops the chips, from the steps' own data (the presets).
      const expected = {
        'before-dec-2025': 'us',
        'us-announcement': 'us',
        'customs-block': 'us',
        'conditional-approvals': 'us',
        'us-licences': 'china',
        'first-deliveries': 'none',
        'nvidia-filing': 'none',
      };
      // The first report of the observer is ignored (a shared state is kept): start away from it.
      await page.locator('#intro').scrollIntoViewIfNeeded();
      for (const id of ids) {
        await scrollToMiddle(page, page.locator(`.gate-step[data-at="${id}"]`));
        await expect(page.locator(`.gate-step[data-at="${id}"]`)).toHaveClass(/gate-step--active/);
        await expect(page.locator(`#gate-preset-${id}`)).toHaveAttribute('aria-pressed', 'true');
        await expect(svg).toHaveAttribute('data-blocked', expected[id]);
        // The diagram (or, on a phone, its compact route) is on screen while the step is read.
        const shown = width >= 640 ? page.locator('.gate-diagram') : page.locator('.gate-mini');
        await expect(shown).toBeInViewport();
      }
      // Scrolling writes nothing to the address bar: only a reader's choice is shared.
      expect(new URL(page.url()).searchParams.get('at')).toBeNull();
    });
  }

  test('without JavaScript the steps tell the story as text', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./index.html');
    const first = page.locator('.gate-step').first();
    await expect(first).toBeVisible();
    await expect(first.locator('time')).toHaveText(/2025/);
    await expect(first.locator('.gate-step__note')).not.toBeEmpty();
    await expect(first.locator('.badge')).toBeVisible();
    await context.close();
  });

  test('on a 375 px phone the diagram is on screen while each switch is used', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('./?lang=ja');
    const route = page.locator('.gate-mini');
    for (const key of ['us', 'china', 'contracts', 'domestic']) {
      const sw = page.locator(`#gate-switch-${key}`);
      await sw.scrollIntoViewIfNeeded();
      const before = await sw.getAttribute('data-level');
      const next = before === 'limited' ? 'open' : 'limited';
      await sw.locator(`label:has(input[value="${next}"])`).click();
      await expect(sw).toHaveAttribute('data-level', next);
      await expect(route).toBeInViewport({ ratio: 1 });
      await expect(sw).toBeInViewport();
      // The route and the switch do not overlap: the sticky route does not cover what is tapped.
      const [a, b] = [await route.boundingBox(), await sw.boundingBox()];
      expect(a.y + a.height).toBeLessThanOrEqual(b.y + 1);
    }
  });

  test('on a 375 px phone the compact route draws the third state: a narrow gap, its own class, a thin line after it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('./?lang=en&at=2026-08-19');
    const route = page.locator('.gate-mini');
    await route.scrollIntoViewIfNeeded();
    const china = route.locator('.gate-mini__gate').nth(1);
    await expect(china).toHaveClass(/gate-mini__gate--limited/);
    await expect(china).toHaveClass(/gate-mini__gate--reported/);
    expect(await china.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('dashed');
    // The mark is a bar with a narrow gap: a gradient, unlike the closed gate's solid bar.
    expect(await china.locator('.gate-mini__mark').evaluate((e) => getComputedStyle(e).backgroundImage)).toContain('linear-gradient');
    await expect(route.locator('.gate-mini__leg--thin')).toHaveCount(2);
    await expect(route.locator('.gate-mini__gate').nth(2)).toHaveClass(/gate-mini__gate--limited/);
    // A reader's limited gate shows the same way, with no "reported" mark.
    await page.goto('./?lang=en&gates=us-limited,china,contracts');
    await expect(route.locator('.gate-mini__gate').first()).toHaveClass(/gate-mini__gate--limited/);
    await expect(route.locator('.gate-mini__gate--reported')).toHaveCount(0);
    await expect(route.locator('.gate-mini__leg--thin')).toHaveCount(3);
    await route.scrollIntoViewIfNeeded();
    await expect(route).toBeInViewport();
  });

  test('on a desktop the diagram stays in view while the switches are used', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./?lang=en');
    const sw = page.locator('#gate-switch-contracts');
    await sw.scrollIntoViewIfNeeded();
    await sw.locator('label:has(input[value="open"])').click();
    await expect(sw).toHaveAttribute('data-level', 'open');
    await expect(page.locator('.gate-svg')).toBeInViewport({ ratio: 0.9 });
  });
});

test.describe('reference matter and citations', () => {
  test('sources, glossary and the claim table are closed disclosures; a link into one opens it', async ({ page }) => {
    await page.goto('./?lang=en');
    for (const id of ['sources-list', 'glossary-list', 'claims-list']) {
      await expect(page.locator(`#${id}`)).not.toHaveAttribute('open', '');
    }
    await expect(page.locator('#claims-list > summary')).toContainText(/\d+ claims checked: \d+ /);
    await page.goto('./?lang=en#ref-4');
    await expect(page.locator('#sources-list')).toHaveAttribute('open', '');
    await expect(page.locator('#ref-4')).toBeInViewport();
  });

  test('a citation shows its source in a card on hover and on focus', async ({ page }) => {
    await page.goto('./?lang=en');
    const cite = page.locator('#intro .cite a').first();
    const n = (await cite.getAttribute('href')).slice(1);
    const title = await page.locator(`#${n} a`).first().textContent();
    await cite.hover();
    const card = page.locator('.cite-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText(title);
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
    await cite.focus();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('a tap shows the card first; following a citation opens the list and offers a way back', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL('./?lang=ja', baseURL).href);
    const cite = page.locator('#intro .cite a').first();
    await expect(cite).toBeVisible();
    const href = await cite.getAttribute('href');
    await cite.tap();
    await expect(page.locator('.cite-card')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    await cite.tap();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator('#sources-list')).toHaveAttribute('open', '');
    const back = page.locator(`${href} .back-link`);
    await expect(back).toHaveText(/本文に戻る/);
    await back.tap();
    await expect(cite).toBeInViewport();
    await context.close();
  });

  test('an open list stays open across the language switch', async ({ page }) => {
    await page.goto('./?lang=en');
    await page.locator('#glossary-list > summary').click();
    await page.locator('#lang-ja').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('#glossary-list')).toHaveAttribute('open', '');
    await expect(page.locator('#sources-list')).not.toHaveAttribute('open', '');
  });

  test('the companies are compared in one table', async ({ page }) => {
    await page.goto('./?lang=en', { mounted: false });
    const table = page.locator('.company-table');
    await expect(table.locator('thead th')).toHaveText(['ByteDance', 'Alibaba', 'Tencent']);
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table.locator('tbody td')).toHaveCount(12);
  });
});

// Round 2 held the page to 16,000 px; the review items of issue 20 (the company table brought to
// August, Huawei's roadmap, the offshore routes, China's other chip designers, what is pending,
// the method and corrections) took it to 19,661. Issue 22 brings it to 12,000 by cutting text.
test('the page at 1280 px in English is at most 20,000 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?lang=en');
  // Every section is in (the tree goes in a section per task) before measuring.
  await page.waitForFunction(() => document.querySelectorAll('main > section').length === 11);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(20000);
});

test('on a phone the glossary sheet names its term and closes with a tap on its close mark', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(new URL('./?lang=ja', baseURL).href);
  const term = page.locator('#approval .term').first();
  const button = term.locator('.term__button');
  await button.scrollIntoViewIfNeeded();
  await button.tap();
  const tip = term.locator('[role="tooltip"]');
  await expect(tip).toBeVisible();
  await expect(tip.locator('.term__head')).toHaveText((await button.textContent()).trim());
  await expect(tip.locator('.term__close')).toBeVisible();
  // The headword and the mark are for the eye: the description is the definition alone.
  await expect(button).toHaveAccessibleDescription(/^[^×]+$/);
  await tip.locator('.term__close').tap();
  await expect(tip).toBeHidden();
  await context.close();
});
