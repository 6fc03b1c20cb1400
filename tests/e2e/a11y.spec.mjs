// axe-core (WCAG 2.0/2.1 A and AA rules) on the whole page in both languages and both colour
// schemes, in the states a reader opens (tables, the embed dialog), and on every embed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect, waitForChart } from './fixtures.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHARTS = ['#figure-ladder .chart-canvas', '#figure-map .chart-canvas'];
const rulesSeen = new Set();

/** Runs axe over the page (or `include`) and returns its violations, summarised. */
async function audit(page, include) {
  // Evaluated through DevTools, so the page's CSP needs no exception for it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(
    async ({ tags, include }) => {
      const r = await window.axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
      });
      return {
        rules: [...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map((x) => x.id),
        checked: r.passes.length + r.violations.length + r.incomplete.length,
        violations: r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary}`),
        })),
      };
    },
    { tags: TAGS, include },
  );
  result.rules.forEach((r) => rulesSeen.add(r));
  expect(result.checked).toBeGreaterThan(include ? 5 : 20);
  return result.violations;
}

/** Opens the page, waits for every section to be built and every chart to draw. */
async function openFull(page, path) {
  await page.goto(path);
  await expect(page.locator('[data-widget]:not([data-mounted])')).toHaveCount(0);
  for (const chart of CHARTS) await waitForChart(page, chart);
  await page.evaluate(() => window.scrollTo(0, 0));
}

for (const lang of ['ja', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test.describe(`${lang}, ${scheme}`, () => {
      test.use({ colorScheme: scheme });

      test('the whole page has no WCAG 2.1 A/AA violations', async ({ page }) => {
        await openFull(page, `./?lang=${lang}`);
        expect(await audit(page)).toEqual([]);
      });

      test('…nor with every chart shown as a table and the embed dialog open', async ({ page }) => {
        await openFull(page, `./?lang=${lang}`);
        for (const toggle of await page.locator('.chart-tools button').all()) await toggle.click();
        await expect(page.locator('.chart--table')).toHaveCount(await page.locator('.chart').count());
        expect(await audit(page)).toEqual([]);
        await page.locator('.embed-button').first().click();
        await expect(page.locator('dialog[open]')).toHaveCount(1);
        expect(await audit(page, 'dialog[open]')).toEqual([]);
      });
    });
  }
}

test('the audit is live: an image without alt text and low-contrast text are reported', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.evaluate(() => {
    const p = document.querySelector('#intro p');
    p.insertAdjacentHTML('beforeend', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">');
    p.style.color = '#ccc';
  });
  const ids = (await audit(page)).map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
});

for (const widget of ['funnel', 'gates', 'generations', 'map', 'hybrid', 'timeline']) {
  for (const [lang, theme] of [['ja', 'light'], ['en', 'dark']]) {
    test(`embed ${widget} (${lang}, ${theme}) has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      await page.goto(`./?embed=${widget}&lang=${lang}&theme=${theme}`);
      await expect(page.locator('html')).toHaveClass(/is-embed/);
      const canvas = page.locator('.chart-canvas').first();
      if (await canvas.count()) await waitForChart(page, '.chart-canvas');
      expect(await audit(page)).toEqual([]);
    });
  }
}

test.afterAll(() => {
  console.log(`axe: ${rulesSeen.size} WCAG 2.1 A/AA rules run in this worker`);
});
