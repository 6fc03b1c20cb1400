// Hostile and broken addresses: unknown parameters, huge values, script-like strings, broken
// percent-escapes, odd fragments. Every one opens the page with zero console errors (the guard
// fixture), nothing injected, no dialog, and the documented defaults.
import { test, expect } from './fixtures.mjs';

test.use({ locale: 'ja-JP' });

const LONG = 'A'.repeat(6000);
// [path, what must hold]: `lang` is the language shown; `count`/`share` the hybrid model's
// inputs; `gates` the gates' levels (null: the article's moment); `widget` an embed's gate-control count.
const HOSTILE = [
  ['./?lang=<script>alert(1)</script>', { lang: 'ja' }],
  ['./?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E&theme=%3Cb%3E', { lang: 'ja' }],
  ['./?lang=en&lang=ja', { lang: 'en' }],
  ['./?lang=%EF%BD%8A%EF%BD%81', { lang: 'ja' }],
  ['./?lang=EN_us&utm_source=x&fbclid=y&gclid=z', { lang: 'en' }],
  ['./?lang=%E0%A4%A&%%%=%&&&=&', { lang: 'ja' }],
  ['./?lang=%FF%FE%00', { lang: 'ja' }],
  [`./?lang=en&junk=${LONG}`, { lang: 'en' }],
  [`./?${'x=1&'.repeat(1500)}lang=en`, { lang: 'en' }],
  ['./?count=1e309&share=-5&domestic=%00&imported=../../etc/passwd', { count: '100000', share: '30' }],
  ['./?count=99999999999999999999999&share=101', { count: '100000', share: '30' }],
  ['./?count=250000&share=45', { count: '250000', share: '45' }],
  ['./?count=%20250000&share=4%35', { count: '100000', share: '45' }],
  ['./?gates=us,,china,%ZZ', { gates: null }],
  ['./?gates=none', { gates: ['closed', 'closed', 'closed', 'closed'] }],
  ['./?gates=US+china', { gates: ['open', 'open', 'closed', 'closed'] }],
  ['./?gates=CHINA-Limited,domestic-limited', { gates: ['closed', 'limited', 'closed', 'limited'] }],
  ['./?gates=us-limited-limited', { gates: null }],
  ['./?gates=__proto__&actors=constructor', { gates: null }],
  ['./?metric=constructor&scale=__proto__&rel=maybe&lines=%00', { lang: 'ja' }],
  ['./?metric=toString&embed=../../etc/passwd', { lang: 'ja' }],
  ['./#<img src=x onerror=alert(1)>', { lang: 'ja' }],
  ['./#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', { lang: 'ja' }],
  ['./#javascript:alert(1)', { lang: 'ja' }],
  ['./#%', { lang: 'ja' }],
  [`./#${LONG}`, { lang: 'ja' }],
  ['./?embed=gates&theme=javascript:alert(1)&lang=en', { lang: 'en', widget: 4 }],
  ['./?embed=GATES%20&gates=us', { lang: 'ja', widget: 4 }],
  ['./?embed=hybrid&count=-1', { widget: 0, count: '100000' }],
  ['./?embed=timeline&actors=%00,,us', { widget: 0 }],
  ['./?embed=map&metric=%F0%9F%92%A3', { widget: 0 }],
  ['./?embed=generations&theme=dark&theme=light', { widget: 0 }],
];

for (const [path, want] of HOSTILE) {
  test(`survives ${path.length > 90 ? `${path.slice(0, 90)}… (${path.length} chars)` : path}`, async ({ page }) => {
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'mounted');
    if (want.lang) await expect(page.locator('html')).toHaveAttribute('lang', want.lang);
    if (want.widget !== undefined) {
      await expect(page.locator('html')).toHaveClass(/is-embed/);
      // The switches are folded under "Try your own": counted in the DOM, not the a11y tree.
      await expect(page.locator('[role="radiogroup"]')).toHaveCount(want.widget);
    } else {
      await expect(page.locator('main section')).toHaveCount(11);
      await expect(page.locator('[data-widget]:not([data-mounted])')).toHaveCount(0);
    }
    if (want.count) await expect(page.locator('#hybrid-count')).toHaveValue(want.count);
    if (want.share) await expect(page.locator('#hybrid-share')).toHaveValue(want.share);
    if (want.gates !== undefined) {
      const checked = await page.locator('[role="radiogroup"]').evaluateAll((s) => s.map((e) => e.dataset.level));
      if (want.gates === null) {
        // The documented default preset (the latest on the record) is the pressed one.
        await expect(page.locator('#gate-preset-nvidia-filing')).toHaveAttribute('aria-pressed', 'true');
      } else {
        expect(checked).toEqual(want.gates);
      }
    }
    // Nothing from the address reached the DOM as markup, and nothing ran.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    // The four inline scripts of the build (resolver, import map, bootstrap, page script).
    await expect(page.locator('script:not([src])')).toHaveCount(4);
    expect(await page.evaluate(() => document.body.innerHTML.includes('onerror='))).toBe(false);
    expect(dialogs).toEqual([]);
  });
}
