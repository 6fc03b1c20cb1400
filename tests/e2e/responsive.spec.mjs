// Four widths × two languages: a full-page screenshot of each (tests/e2e/.output/screens/),
// no horizontal scrolling, nothing wider than the screen, and no heading or control drawn over
// another (bounding boxes).
import { test, expect, waitForChart } from './fixtures.mjs';

const WIDTHS = [320, 375, 768, 1280];
const CHARTS = ['#figure-ladder .chart-canvas', '#figure-map .chart-canvas'];

for (const width of WIDTHS) {
  for (const lang of ['ja', 'en']) {
    test(`${width} px, ${lang}: no sideways scroll, no overlaps`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?lang=${lang}`);
      await expect(page.locator('[data-widget]:not([data-mounted])')).toHaveCount(0);
      for (const chart of CHARTS) await waitForChart(page, chart);
      await page.evaluate(() => window.scrollTo(0, 0));

      const report = await page.evaluate(() => {
        const w = document.documentElement.clientWidth;
        const visible = (e) => e.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && e.getClientRects().length;
        const wide = [...document.querySelectorAll('body *')]
          .filter((e) => visible(e) && e.getBoundingClientRect().right > w + 0.5)
          .map((e) => `${e.tagName}.${e.className}`);
        const items = [
          ...document.querySelectorAll('h1, h2, h3, h4, button, select, input, summary, label, .chart-canvas, output'),
        ].filter((e) => visible(e) && !e.closest('dialog:not([open]), .skip-link, .term__tip'));
        const boxes = items.map((e) => ({ e, r: e.getBoundingClientRect() }));
        const overlaps = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
            const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            if (x > 1 && y > 1) {
              const name = (e) => `${e.tagName}${e.id ? '#' + e.id : ''} "${(e.textContent || '').trim().slice(0, 24)}"`;
              overlaps.push(`${name(a.e)} × ${name(b.e)}`);
            }
          }
        }
        return { scroll: document.documentElement.scrollWidth, w, wide, overlaps, checked: boxes.length };
      });
      // Text squeezed into a column a few letters wide (a flex item shrunk by its neighbour).
      const squeezed = () => page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, h4, p, li, td, th, button, label, span, summary')]
          // (Screen-reader-only text, like the claim table's header row on a phone, is 1 px on purpose.)
          .filter((e) => !e.closest('.visually-hidden, .claims thead'))
          .filter((e) => e.getClientRects().length && e.innerText.trim().length > 12)
          .filter((e) => e.getBoundingClientRect().width < 3 * parseFloat(getComputedStyle(e).fontSize))
          .map((e) => `${e.tagName}.${e.className} "${e.innerText.trim().slice(0, 24)}"`));
      expect(await squeezed()).toEqual([]);
      // The gate switches at every dated moment (their state words get longer when reported).
      for (const preset of await page.locator('#figure-gates .preset').all()) {
        await preset.click();
        expect(await squeezed(), await preset.innerText()).toEqual([]);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(report.scroll, 'horizontal scroll').toBeLessThanOrEqual(report.w);
      expect(report.wide).toEqual([]);
      expect(report.overlaps).toEqual([]);
      // Fewer on a phone since the charts' controls fold under "Customise" (issue 22).
      expect(report.checked).toBeGreaterThan(60);
      await page.screenshot({ path: `tests/e2e/.output/screens/${lang}-${width}.png`, fullPage: true });
    });
  }
}

test('Japanese prose is set edge to edge, English prose avoids one-word last lines', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const lang of ['ja', 'en']) {
    await page.goto(`./?lang=${lang}`);
    const paragraphs = await page.locator(`#intro p:lang(${lang})`).evaluateAll((ps) =>
      ps.filter((p) => p.textContent.trim().length > 80).map((p) => {
        const cs = getComputedStyle(p);
        const px = parseFloat(cs.fontSize);
        return { wrap: cs.textWrapStyle || cs.textWrap, align: cs.textAlign, width: p.getBoundingClientRect().width, px, chars: p.textContent.length };
      }));
    expect(paragraphs.length, lang).toBeGreaterThan(0);
    for (const p of paragraphs) {
      if (lang === 'ja') {
        expect(p.wrap).not.toContain('pretty');
        expect(p.align).toBe('justify');
      } else {
        expect(p.wrap).toContain('pretty');
      }
    }
  }
});

for (const width of [375, 1280]) {
  test(`Japanese justification never spaces out the letters of a Latin word (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?lang=ja');
    // Each Latin word of four letters or more in the running text: the gap between one
    // letter's box and the next's (inter-character justification spread "Alibaba" over a line).
    const spread = await page.locator('.section > p:lang(ja), .more__body > p:lang(ja)').evaluateAll((ps) => {
      const out = [];
      let words = 0;
      for (const p of ps) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.parentElement.checkVisibility()) continue;
          for (const m of node.data.matchAll(/[A-Za-z]{4,}/g)) {
            words++;
            const r = document.createRange();
            let prev = null;
            for (let i = m.index; i < m.index + m[0].length; i++) {
              r.setStart(node, i);
              r.setEnd(node, i + 1);
              const box = r.getBoundingClientRect();
              if (prev && Math.abs(box.top - prev.top) < 2 && box.left - prev.right > 1) out.push(`${m[0]}: ${(box.left - prev.right).toFixed(1)} px`);
              prev = box;
            }
          }
        }
      }
      return { words, out };
    });
    expect(spread.words).toBeGreaterThan(10);
    expect(spread.out).toEqual([]);
  });
}
