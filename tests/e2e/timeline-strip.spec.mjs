// The timeline's lane strip (src/widgets/timeline.rs, layout in src/model/timeline.rs): the same
// events as the list, a card for the chosen one, a period switch that rescales the axis and lives
// in the URL, the list folded away until a link needs it, no overlap or overflow at 320 px, axe 0,
// and the embed's short form.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect } from './fixtures.mjs';

const TIMELINE = JSON.parse(readFileSync(new URL('../../data/timeline.json', import.meta.url), 'utf8'));
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const dots = (page) => page.locator('#timeline .tl-dot');
const dot = (page, id) => page.locator(`#tl-dot-${id}`);
const card = (page) => page.locator('#timeline-card');
const fold = (page) => page.locator('#timeline details.timeline-all');

/** The event ids of the dots drawn, and of the list entries not hidden by the filter. */
async function ids(page) {
  return page.evaluate(() => ({
    strip: [...document.querySelectorAll('#timeline .tl-dot')].map((a) => a.id.replace(/^tl-dot-/, '')).sort(),
    list: [...document.querySelectorAll('#timeline .tl-entry:not([hidden])')].map((li) => li.id.replace(/^tl-/, '')).sort(),
  }));
}

/** The boxes of the drawn marks of each lane that overlap another mark of the same lane. */
function overlaps(page) {
  return page.evaluate(() => {
    const out = [];
    for (const lane of document.querySelectorAll('#timeline .tl-lane')) {
      const boxes = [...lane.querySelectorAll('.tl-dot__mark')].map((c) => [c.closest('.tl-dot').id, c.getBoundingClientRect()]);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, ra] = boxes[i];
          const [b, rb] = boxes[j];
          // Circles: centres closer than the sum of the radii.
          const d = Math.hypot(ra.x + ra.width / 2 - rb.x - rb.width / 2, ra.y + ra.height / 2 - rb.y - rb.height / 2);
          if (d < (ra.width + rb.width) / 2) out.push(`${a} × ${b}`);
        }
      }
    }
    return out;
  });
}

test('the strip and the list show the same events, also when filtered by actor', async ({ page }) => {
  await page.goto('./?lang=en&period=all');
  await expect(dots(page)).toHaveCount(TIMELINE.length);
  const all = await ids(page);
  expect(all.strip).toEqual(TIMELINE.map((e) => e.id).sort());
  expect(all.list).toEqual(all.strip);
  await expect(page.locator('#timeline .tl-lane')).toHaveCount(3);

  await page.getByRole('button', { name: 'Chinese government' }).click();
  const china = TIMELINE.filter((e) => e.actor === 'china').length;
  await expect(dots(page)).toHaveCount(TIMELINE.length - china);
  await expect(page.locator('#timeline .tl-lane')).toHaveCount(2);
  const some = await ids(page);
  expect(some.list).toEqual(some.strip);
  expect(some.strip).toEqual(TIMELINE.filter((e) => e.actor !== 'china').map((e) => e.id).sort());
  // Each dot's accessible name says its date, actor, title and status.
  await expect(dot(page, '2025-12-08-trump-h200')).toHaveAccessibleName(
    '8 Dec 2025, US government: Trump allows H200 sales to China (Official)');
  await expect(dot(page, '2026-05-15-chose-not-to')).toHaveAccessibleName(/Unverified\)$/);
});

test('choosing a dot shows its entry in the card and marks the dot, without leaving the page', async ({ page }) => {
  await page.goto('./?lang=en');
  // The card opens on the latest confirmed event (Nvidia's filing of 26 Aug 2026), as the
  // build wrote it.
  await expect(card(page)).toHaveAttribute('data-event', '2026-08-26-nvidia-10q');
  await expect(dot(page, '2026-08-26-nvidia-10q')).toHaveAttribute('aria-current', 'true');
  await expect(card(page).locator('time')).toHaveText('26 Aug 2026');

  await dot(page, '2025-12-08-trump-h200').click();
  await expect(card(page).locator('time')).toHaveText('8 Dec 2025');
  await expect(card(page).locator('.tl-entry__text')).toContainText('President Trump says Nvidia may sell the H200');
  await expect(card(page).locator('.badge')).toHaveText('Official');
  await expect(card(page).locator('.tl-entry__sources a').first()).toHaveAttribute('href', /^https:\/\//);
  await expect(dot(page, '2025-12-08-trump-h200')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('#timeline .tl-dot[aria-current]')).toHaveCount(1);
  expect(new URL(page.url()).hash).toBe('');
  await expect(fold(page)).not.toHaveAttribute('open', '');

  // A range shows as a range (an event before December 2025: under "All"); an unverified
  // event with its badge.
  await page.getByRole('button', { name: 'All (2022–2026)' }).click();
  await dot(page, '2025-09-29-affiliates').click();
  await expect(card(page).locator('time')).toHaveText('29 Sep – 10 Nov 2025');
  await dot(page, '2026-09-24-xi-visit').click();
  await expect(card(page).locator('.badge')).toHaveText('Unverified');
});

test('keyboard: Tab reaches the dots, Enter shows the card, arrows step through time', async ({ page }) => {
  await page.goto('./?lang=en&period=all');
  await page.locator('#timeline .timeline-legend summary').focus();
  await page.keyboard.press('Tab');
  // The first dot in the page's order: the US lane's first event.
  const first = TIMELINE.find((e) => e.actor === 'us');
  await expect(dot(page, first.id)).toBeFocused();
  const ring = await dot(page, first.id).locator('.tl-dot__focus').evaluate((c) => getComputedStyle(c).visibility);
  expect(ring).toBe('visible');
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveAttribute('data-event', first.id);
  await expect(card(page).locator('time')).toHaveText('1 Sep 2022');
  await expect(dot(page, first.id)).toHaveAttribute('aria-current', 'true');

  // → goes to the next event in time, whatever its lane.
  await page.keyboard.press('ArrowRight');
  await expect(dot(page, TIMELINE[1].id)).toBeFocused();
  await expect(card(page)).toHaveAttribute('data-event', TIMELINE[1].id);
  await page.keyboard.press('End');
  const last = TIMELINE[TIMELINE.length - 1];
  await expect(dot(page, last.id)).toBeFocused();
  await expect(card(page)).toHaveAttribute('data-event', last.id);
  await page.keyboard.press('ArrowLeft');
  await expect(card(page)).toHaveAttribute('data-event', TIMELINE[TIMELINE.length - 2].id);
});

test('the period switch rescales the axis and lives in the URL; bad values fall back', async ({ page }) => {
  // It opens on the months since December 2025, where the story is (a tick per month).
  await page.goto('./?lang=en');
  const all = page.getByRole('button', { name: 'All (2022–2026)' });
  const recent = page.getByRole('button', { name: 'Since Dec 2025' });
  await expect(recent).toHaveAttribute('aria-pressed', 'true');
  const labels = () => page.locator('#timeline .tl-axis text:visible').allTextContents();
  expect(await labels()).toEqual(expect.arrayContaining(['Dec', '2025', 'Jan', '2026', 'Feb']));
  expect(await labels()).not.toContain('2023');
  const since = TIMELINE.filter((e) => e.date >= '2025-12-01');
  await expect(dots(page)).toHaveCount(since.length);
  await expect(page.locator('.tl-strip__note')).toHaveText(`${TIMELINE.length - since.length} earlier events are shown under “All”.`);
  // The list still has every event.
  await expect(page.locator('#timeline .tl-entry:not([hidden])')).toHaveCount(TIMELINE.length);
  const before = await dot(page, '2026-01-28-first-batch').locator('.tl-dot__mark').boundingBox();

  await all.click();
  await expect(all).toHaveAttribute('aria-pressed', 'true');
  await expect(recent).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('all');
  await expect.poll(labels).toEqual(expect.arrayContaining(['2023', '2024', '2025', '2026']));
  await expect(dots(page)).toHaveCount(TIMELINE.length);
  const after = await dot(page, '2026-01-28-first-batch').locator('.tl-dot__mark').boundingBox();
  expect(after.x).toBeGreaterThan(before.x + 100);

  await page.goto('./?lang=en&period=all');
  await expect(all).toHaveAttribute('aria-pressed', 'true');
  await expect(dots(page)).toHaveCount(TIMELINE.length);
  await recent.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBeNull();
  for (const bad of ['zoom', '%3Cscript%3E', 'ALL', '']) {
    await page.goto(`./?lang=en&period=${bad}`);
    await expect(recent).toHaveAttribute('aria-pressed', 'true');
    await expect(dots(page)).toHaveCount(since.length);
  }
});

test('the list is folded by default, and a link to an entry opens it', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(fold(page)).not.toHaveAttribute('open', '');
  await expect(fold(page).locator('summary')).toHaveText(`All ${TIMELINE.length} events as a list`);
  await expect(page.locator('#tl-2026-01-28-first-batch')).toBeHidden();
  await fold(page).locator('summary').click();
  await expect(page.locator('#tl-2026-01-28-first-batch')).toBeVisible();

  await page.goto('./?lang=en#tl-2025-12-08-trump-h200');
  await expect(fold(page)).toHaveAttribute('open', '');
  await expect(page.locator('#tl-2025-12-08-trump-h200')).toBeInViewport();

  // Before the wasm (or without it) a dot is a plain link to its entry.
  await page.route('**/*.wasm', () => new Promise(() => {}));
  await page.goto('./?lang=ja', { mounted: false });
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'mounted');
  await page.locator('#tl-dot-2026-01-14-customs').click();
  await expect(fold(page)).toHaveAttribute('open', '');
  await expect(page.locator('#tl-2026-01-14-customs')).toBeInViewport();
});

test('the card follows the language switch', async ({ page }) => {
  await page.goto('./?lang=ja');
  await dot(page, '2025-12-08-trump-h200').click();
  await expect(card(page).locator('time')).toHaveText('2025年12月8日');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(card(page).locator('time')).toHaveText('8 Dec 2025');
  await expect(card(page)).toHaveAttribute('data-event', '2025-12-08-trump-h200');
  await expect(dot(page, '2025-12-08-trump-h200')).toHaveAccessibleName(/^8 Dec 2025, US government/);
  await expect(fold(page).locator('summary')).toHaveText(`All ${TIMELINE.length} events as a list`);
});

for (const width of [320, 375, 1280]) {
  test(`at ${width} px no two dots overlap and nothing overflows the page`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?lang=en');
    // On a phone the strip's controls are under its "Customise" row (issue 22).
    const customise = page.locator('#timeline-widget .customise__toggle');
    if (await customise.isVisible()) await customise.click();
    for (const period of ['All (2022–2026)', 'Since Dec 2025']) {
      await page.getByRole('button', { name: period }).click();
      await expect(page.getByRole('button', { name: period })).toHaveAttribute('aria-pressed', 'true');
      await page.locator('#timeline .tl-strip').scrollIntoViewIfNeeded();
      expect(await overlaps(page), period).toEqual([]);
      const box = await page.locator('#timeline .tl-strip').boundingBox();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      // Every mark is inside the strip's box.
      const outside = await page.evaluate(({ left, right }) =>
        [...document.querySelectorAll('#timeline .tl-dot__mark')].filter((c) => {
          const r = c.getBoundingClientRect();
          return r.left < left - 1 || r.right > right + 1;
        }).length, { left: box.x, right: box.x + box.width });
      expect(outside).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
}

test('the section stays within its height budget at 1280 px with the list folded', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?lang=en');
  const height = await page.evaluate(() => document.getElementById('timeline').getBoundingClientRect().height);
  expect(height).toBeGreaterThan(700);
  expect(height).toBeLessThanOrEqual(1400);
});

/** The markup under `el` as a list of lines, one per element (its tag and its attributes in
 * name order, styles without spacing) or text: the same for the build's HTML and the live DOM
 * whatever the order in which each wrote the attributes. */
function canonical(el) {
  return el.evaluate((root) => {
    const out = [];
    const walk = (n, depth) => {
      for (const c of n.childNodes) {
        if (c.nodeType === Node.TEXT_NODE) {
          if (c.textContent.trim()) out.push(`${depth} "${c.textContent.trim()}"`);
        } else if (c.nodeType === Node.ELEMENT_NODE) {
          const attrs = [...c.attributes]
            .map((a) => `${a.name}=${a.name === 'style' ? a.value.replace(/\s+/g, '').replace(/;$/, '') : a.value}`)
            .sort();
          out.push(`${depth} <${c.tagName.toLowerCase()} ${attrs.join(' ')}>`);
          walk(c, depth + 1);
        }
      }
    };
    walk(root, 0);
    return out;
  });
}

test('the live strip is the build\'s first render, unchanged', async ({ page }) => {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('./?lang=en', { mounted: false, waitUntil: 'domcontentloaded' });
  const slot = page.locator('[data-widget="timeline"]');
  await expect(slot.locator('.tl-dot')).toHaveCount(TIMELINE.filter((e) => e.date >= '2025-12-01').length);
  const built = await canonical(slot);
  // The page fetches the wasm when a widget nears the window, as a reader scrolls to it.
  await slot.scrollIntoViewIfNeeded();
  release();
  await page.waitForSelector('html[data-widgets="live"]', { state: 'attached' });
  await expect(slot).toHaveAttribute('data-mounted', /.*/);
  const live = await canonical(slot);
  expect(live.length).toBeGreaterThan(TIMELINE.length * 5);
  expect(live).toEqual(built);
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing in the section (${scheme}), folded and open`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?lang=en');
    await page.evaluate(AXE);
    const run = () => page.evaluate(async () => {
      const r = await window.axe.run({ include: [['#timeline']] }, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return { checked: r.passes.length, violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`) };
    });
    let r = await run();
    expect(r.violations).toEqual([]);
    expect(r.checked).toBeGreaterThan(5);
    await dot(page, '2026-05-15-chose-not-to').click();
    await page.getByRole('button', { name: 'All (2022–2026)' }).click();
    await fold(page).locator('summary').click();
    r = await run();
    expect(r.violations).toEqual([]);
  });
}

test('the embed is the strip and the card, with a link to the whole timeline', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto('./embed-timeline.html?embed=timeline&lang=en');
  await expect(dots(page).or(page.locator('.tl-dot'))).toHaveCount(TIMELINE.filter((e) => e.date >= '2025-12-01').length);
  // No list: a blog column holds the strip and the card (the latest eight took it to 2,300 px).
  await expect(page.locator('.tl-entry:visible')).toHaveCount(0);
  await expect(page.locator('#timeline-card')).toBeVisible();
  // A title and a line on how to read it, like every embed.
  await expect(page.locator('.embed__figure-title')).toHaveText('The H200 story, event by event, each with its source and how sure it is');
  const height = await page.evaluate(() => document.getElementById('prerender').getBoundingClientRect().height);
  expect(height).toBeLessThan(900);
  const link = page.getByRole('link', { name: /Full timeline/ });
  await expect(link).toHaveAttribute('href', './?lang=en#timeline');
  await expect(link).toHaveAttribute('target', '_blank');
  // An old event's card comes from the entries the embed keeps hidden (the period switch is
  // under "Customise" in an embed).
  await page.locator('.customise__toggle').click();
  await page.getByRole('button', { name: 'All (2022–2026)' }).click();
  await page.locator('#tl-dot-2022-10-07-bis-rule').click();
  await expect(page.locator('#timeline-card time')).toHaveText('7 Oct 2022');
});
