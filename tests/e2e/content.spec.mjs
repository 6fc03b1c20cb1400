// The article in both languages: language purity, citations, glossary terms, table of
// contents, deep links, company cards and the filterable timeline.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';

const SOURCES = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8'));
const TIMELINE = JSON.parse(readFileSync(new URL('../../data/timeline.json', import.meta.url), 'utf8'));

test.use({ locale: 'ja-JP' });

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/** Text of every text node whose nearest `lang` is `lang`, with its element's tag. */
async function textIn(page, lang) {
  return page.evaluate((lang) => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.trim();
      if (!text || n.parentElement.closest('script, style, noscript')) continue;
      if (n.parentElement.closest('[lang]').getAttribute('lang') === lang) out.push(text);
    }
    return out;
  }, lang);
}

/** Opens the timeline's folded list (folded by default: the strip above leads into it). */
async function openList(page) {
  await page.locator('#timeline details.timeline-all > summary').click();
  await expect(page.locator('#timeline .tl-entry').first()).toBeVisible();
}

test('English mode shows no Japanese outside elements marked as Japanese', async ({ page }) => {
  await page.goto('./?lang=en');
  await openList(page);
  const english = await textIn(page, 'en');
  expect(english.length).toBeGreaterThan(200);
  expect(english.filter((t) => JAPANESE.test(t))).toEqual([]);
  // What is marked Japanese is only names and cited titles: the language button, the
  // source article's title, and Japanese-language sources.
  const marked = await page.locator('body [lang="ja"]').allTextContents();
  // (Chinese-language outlets count here too: 12 with the September 2026 sources.)
  expect(marked.length).toBeLessThan(16);
});

test('Japanese mode shows no untranslated English sentences', async ({ page }) => {
  await page.goto('./?lang=ja');
  await openList(page);
  const japanese = await textIn(page, 'ja');
  // Four or more English words in a row outside an element marked English is a sentence
  // left untranslated (product and company names are shorter).
  const sentences = japanese.filter((t) => /[A-Za-z]+(?:[ ,'’-]+[A-Za-z]+){4,}/.test(t) && !JAPANESE.test(t));
  expect(sentences).toEqual([]);
});

test('citations link to the numbered sources list', async ({ page }) => {
  await page.goto('./?lang=en');
  const cite = page.locator('#approval .cite a').first();
  await expect(cite).toHaveAttribute('aria-label', /^Source \d+$/);
  const href = await cite.getAttribute('href');
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const target = page.locator(href);
  await expect(target).toBeInViewport();
  await expect(target.locator('a').first()).toHaveAttribute('href', /^https?:\/\//);
  // Followed from the text, the entry offers the way back to the citation.
  await expect(target.locator('.back-link')).toHaveAttribute('href', /^#cite-from-\d+$/);
  await expect(target.locator('.badge')).toHaveText(/Official|Reported|Estimate|Unverified/);
  await expect(page.locator('#sources ol.sources > li')).toHaveCount(SOURCES.length);
});

test('a glossary term shows its definition on hover, keyboard focus and tap', async ({ page }) => {
  await page.goto('./?lang=en');
  const term = page.locator('#approval .term', { hasText: 'BIS' }).first();
  const button = term.locator('.term__button');
  const tip = term.locator('[role="tooltip"]');
  await expect(tip).toBeHidden();
  const tipId = await tip.getAttribute('id');
  await expect(button).toHaveAttribute('aria-describedby', tipId);
  await expect(tip).toHaveText(/Commerce Department/);

  await button.hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  await button.focus();
  await expect(tip).toBeVisible();
  // Escape dismisses it while the term keeps focus (WCAG 1.4.13), and under a hovering pointer.
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(button).toBeFocused();
  await button.hover();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await button.blur();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  await button.tap().catch(() => button.click());
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(tip).toBeVisible();

  await page.getByRole('button', { name: '日本語' }).click();
  await expect(tip).toHaveText(/商務省/);
});

for (const lang of ['en', 'ja']) {
  test(`every glossary tip stays inside the window (${lang}, 1280 px)`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./?lang=${lang}`);
    const terms = page.locator(`[lang="${lang}"] .term`);
    const n = await terms.count();
    expect(n).toBeGreaterThan(5);
    const outside = [];
    for (let i = 0; i < n; i++) {
      const term = terms.nth(i);
      if (!(await term.isVisible())) continue;
      await term.locator('.term__button').hover();
      const tip = term.locator('[role="tooltip"]');
      await expect(tip).toBeVisible();
      const r = await tip.evaluate((e) => {
        const b = e.getBoundingClientRect();
        return { left: b.left, right: b.right, width: document.documentElement.clientWidth };
      });
      if (r.left < 0 || r.right > r.width) outside.push(`${(await term.textContent()).slice(0, 30)}: ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    expect(outside).toEqual([]);
  });
}

test('the table of contents links every section and marks the one being read', async ({ page }) => {
  await page.setViewportSize({ width: 1300, height: 900 });
  await page.goto('./?lang=en');
  const links = page.locator('nav.toc a');
  await expect(links).toHaveCount(11);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const h of hrefs) await expect(page.locator(h)).toHaveCount(1);
  await page.locator('nav.toc a[href="#companies"]').click();
  await expect(page.locator('nav.toc a[href="#companies"]')).toHaveAttribute('aria-current', 'location');
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('timeline').scrollIntoView());
  await expect(page.locator('nav.toc a[href="#timeline"]')).toHaveAttribute('aria-current', 'location');
  await expect(page.locator('nav.toc [aria-current]')).toHaveCount(1);
});

test('deep links are the same in both languages and survive a switch', async ({ page }) => {
  await page.goto('./?lang=en#domestic-chips');
  await expect(page.locator('#domestic-chips > h2')).toBeInViewport();
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('#domestic-chips > h2')).toHaveText(/国産化/);
  expect(new URL(page.url()).hash).toBe('#domestic-chips');
  await page.goto('./?lang=ja#timeline');
  await expect(page.locator('#timeline > h2')).toBeInViewport();
});

test('the companies table shows four sourced rows for each company, with their status', async ({ page }) => {
  await page.goto('./?lang=en');
  // The table is the companies section's detail, behind "More on this" (issue 22).
  await page.locator('#more-companies > summary').click();
  const table = page.locator('.company-table');
  await expect(table.locator('thead th')).toHaveText(['ByteDance', 'Alibaba', 'Tencent']);
  await expect(table.locator('tbody th')).toHaveText(['Business', 'H200 interest and orders', 'Capital spending', 'Own chips']);
  for (const cell of await table.locator('tbody td').all()) {
    await expect(cell.locator('.badge')).toHaveCount(1);
    await expect(cell.locator('.cite a').first()).toBeVisible();
  }
  await expect(table.locator('td[data-company="ByteDance"]').nth(2)).toContainText('RMB160bn');
});

test('the timeline filters by actor, marks unverified entries and the article date', async ({ page }) => {
  // The whole span (the strip opens on the months since December 2025).
  await page.goto('./?lang=en&period=all');
  const entries = page.locator('#timeline .tl-entry');
  const total = TIMELINE.length;
  await expect(entries).toHaveCount(total);
  await expect(page.locator('.timeline-count')).toHaveText(`Showing ${total} of ${total} entries`);
  await openList(page);

  const china = page.getByRole('button', { name: 'Chinese government' });
  await china.click();
  await expect(china).toHaveAttribute('aria-pressed', 'false');
  const visible = page.locator('#timeline .tl-entry:visible');
  const shown = await visible.count();
  expect(shown).toBeLessThan(total);
  await expect(page.locator('#timeline .tl-entry--china:visible')).toHaveCount(0);
  await expect(page.locator('.timeline-count')).toHaveText(`Showing ${shown} of ${total} entries`);

  await page.getByRole('button', { name: 'US government' }).click();
  await page.getByRole('button', { name: 'NVIDIA and buyers' }).click();
  await expect(page.locator('#timeline .tl-entry:visible')).toHaveCount(0);
  await expect(page.locator('#timeline .notice')).toBeVisible();
  await page.getByRole('button', { name: 'US government' }).click();
  await expect(page.locator('#timeline .tl-entry--us:visible').first()).toBeVisible();

  // The count is of the period shown: "Since Dec 2025" counts its own events, and a lane
  // switched off takes its events out of the first number only.
  await page.getByRole('button', { name: 'NVIDIA and buyers' }).click();
  await page.getByRole('button', { name: 'Chinese government' }).click();
  await page.getByRole('button', { name: 'Since Dec 2025' }).click();
  const recent = TIMELINE.filter((e) => e.date >= '2025-12-01');
  await expect(page.locator('.timeline-count')).toHaveText(`Showing ${recent.length} of ${recent.length} entries`);
  await page.getByRole('button', { name: 'US government' }).click();
  const notUs = recent.filter((e) => e.actor !== 'us').length;
  await expect(page.locator('.timeline-count')).toHaveText(`Showing ${notUs} of ${recent.length} entries`);
  await page.getByRole('button', { name: 'US government' }).click();
  await page.getByRole('button', { name: 'All (2022–2026)' }).click();

  const unverified = page.locator('#timeline .tl-entry--unverified');
  expect(await unverified.count()).toBeGreaterThanOrEqual(4);
  await expect(unverified.first().locator('.badge')).toHaveText('Unverified');
  // Unverified is a dashed dot and its badge, not an alarming dashed card.
  const dotStyle = await unverified.first().evaluate((e) => getComputedStyle(e, '::before').borderTopStyle);
  expect(dotStyle).toBe('dashed');
  const cardStyle = await unverified.first().evaluate((e) => getComputedStyle(e).borderTopStyle);
  expect(cardStyle).toBe('solid');

  const marker = page.locator('#timeline-article');
  await expect(marker).toHaveText('The source article is published (1 Feb 2026)');
  await expect(page.locator('#timeline')).toContainText('The facts were last checked on 4 Dec 2026; the latest event we could confirm is dated 28 Sep 2026. Nothing later could be confirmed');
  await expect(page.locator('#timeline')).toContainText('From 2022 to about 11 October 2026');
  await expect(page.locator('#timeline')).toContainText('only schedules');
});

test('timeline dates follow the language', async ({ page }) => {
  await page.goto('./?lang=ja');
  const entry = page.locator('#tl-2026-01-28-first-batch');
  await expect(entry.locator('time')).toHaveText('2026年1月28日');
  await expect(entry.locator('.badge')).toHaveText('報道');
  await expect(entry.locator('.tl-entry__sources a').first()).toHaveAttribute('href', /^https:\/\//);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(entry.locator('time')).toHaveText('28 Jan 2026');
  await expect(entry.locator('.tl-entry__text')).toContainText('more than 400,000');
  await expect(page.locator('#tl-2025-09-29-affiliates time')).toHaveText('29 Sep – 10 Nov 2025');
});

test('headline counts are written the way each language writes them', async ({ page }) => {
  await page.goto('./?lang=ja');
  await expect(page.locator('#figure-approved .funnel__value')).toHaveText('40万超');
  await expect(page.locator('#figure-ordered .funnel__value')).toHaveText('200万超');
  await expect(page.locator('#figure-cap .funnel__value')).toHaveText('最大7.5万');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#figure-approved .funnel__value')).toHaveText('more than 400,000');
  await expect(page.locator('#figure-stock .funnel__value')).toHaveText('about 700,000');
  await expect(page.locator('#figure-stock .funnel__head .badge')).toHaveText('Reported');
  await expect(page.locator('#figure-stock .cite a')).toHaveAttribute('href', /^#ref-\d+$/);
});
