// A keyboard-only walk through the whole page: Tab reaches every control in reading order with a
// visible focus ring, and each kind of control works from the keyboard where Tab finds it.
import { test, expect } from './fixtures.mjs';

test.use({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });

/** The focused element: a stable key, and whether its focus ring is visible and on screen. */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    // A segmented radio is drawn by its label, which carries the ring.
    const box = e.matches('input[type="radio"]') ? e.parentElement : e;
    const cs = getComputedStyle(box);
    const r = box.getBoundingClientRect();
    // An SVG link (a timeline dot) draws its ring as a child circle shown on focus.
    const drawn = e.querySelector(':scope > .tl-dot__focus');
    const ring = drawn
      ? getComputedStyle(drawn).visibility === 'visible'
      : (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
    const onScreen = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    const key = e.id ? `#${e.id}` : `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
    return { key, tag: e.tagName.toLowerCase(), ring, onScreen, text: (e.textContent || '').trim().slice(0, 40) };
  });
}

test('every control is reached by Tab, shows its focus and works from the keyboard', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-widget]:not([data-mounted])')).toHaveCount(0);
  const done = new Set();
  const reached = [];

  // The skip link comes first (it is tried at the end).
  await page.keyboard.press('Tab');
  expect((await focused(page)).key).toBe('a.skip-link');
  await expect(page.locator('.skip-link')).toBeInViewport();

  for (let i = 0; i < 600 && done.size < 14; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag === 'body') break;
    reached.push(f.key);
    expect(f.ring, `visible focus on ${f.key}`).toBe(true);
    expect(f.onScreen, `${f.key} scrolled into view`).toBe(true);
    const el = page.locator(':focus');

    if (f.key === '#lang-en' && !done.has('lang')) {
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(el).toHaveText('English'); // focus stays where the reader was
      done.add('lang');
    } else if (f.key === 'span.term__button' && !done.has('term')) {
      const tipEl = page.locator(`#${await el.getAttribute('aria-describedby')}`);
      await expect(tipEl).toBeVisible();
      // A button's keys: Enter keeps it open (pinned), Escape closes it.
      await page.keyboard.press('Enter');
      await expect(el).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Escape');
      await expect(el).toHaveAttribute('aria-expanded', 'false');
      done.add('term');
    } else if (f.key === '#embed-gates' && !done.has('dialog')) {
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog[open]');
      await expect(dialog).toHaveCount(1);
      expect(await page.evaluate(() => !!document.activeElement.closest('dialog[open]'))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      expect((await focused(page)).key).toBe('#embed-gates');
      done.add('dialog');
    } else if (f.key.startsWith('#gate-level-us-') && !done.has('switch')) {
      // A gate's three states: the arrows move the choice, and it takes effect at once.
      const group = page.locator('#gate-switch-us');
      const before = await group.getAttribute('data-level');
      await page.keyboard.press(before === 'open' ? 'ArrowDown' : 'ArrowUp');
      await expect(group).not.toHaveAttribute('data-level', before);
      await page.keyboard.press(before === 'open' ? 'ArrowUp' : 'ArrowDown');
      await expect(group).toHaveAttribute('data-level', before);
      done.add('switch');
    } else if (f.key === '#gate-preset-customs-block' && !done.has('preset')) {
      await page.keyboard.press('Enter');
      await expect(el).toHaveAttribute('aria-pressed', 'true');
      done.add('preset');
    } else if (f.key.startsWith('button.chip-button') && /^(NVIDIA|Nvidia)$/.test(f.text) && !done.has('filter')) {
      await page.keyboard.press('Space');
      await expect(el).toHaveAttribute('aria-pressed', 'false');
      await page.keyboard.press('Space');
      await expect(el).toHaveAttribute('aria-pressed', 'true');
      done.add('filter');
    } else if (f.key === '#ladder-metric' && !done.has('select')) {
      const before = await el.inputValue();
      await page.keyboard.press('ArrowDown');
      await expect(el).not.toHaveValue(before);
      done.add('select');
    } else if (f.key.startsWith('button.chip-button') && f.text === 'Log' && !done.has('scale')) {
      await page.keyboard.press('Enter');
      await expect(el).toHaveAttribute('aria-pressed', 'true');
      done.add('scale');
    } else if (f.key === '#ladder-relative' && !done.has('checkbox')) {
      await page.keyboard.press('Space');
      await expect(el).toBeChecked();
      done.add('checkbox');
    } else if (f.key.startsWith('button.chip-button') && f.text === 'Show table' && !done.has('table')) {
      await page.keyboard.press('Enter');
      await expect(page.locator('.chart--table table').first()).toBeVisible();
      done.add('table');
    } else if (f.key === '#hybrid-count' && !done.has('slider')) {
      const before = Number(await el.inputValue());
      await page.keyboard.press('ArrowRight');
      await expect(el).toHaveValue(String(before + 1000));
      await page.keyboard.press('End');
      await expect(el).toHaveValue('500000');
      done.add('slider');
    } else if (f.key === 'summary.' && !done.has('details')) {
      const open = () => el.evaluate((s) => s.parentElement.open);
      const before = await open();
      await page.keyboard.press('Enter');
      await expect.poll(open).toBe(!before);
      done.add('details');
    } else if (f.key.includes('actor-toggle') && !done.has('actors')) {
      await page.keyboard.press('Enter');
      await expect(el).toHaveAttribute('aria-pressed', 'false');
      done.add('actors');
    } else if (f.key === 'a.' && /^\[\d+\]$/.test(f.text) && !done.has('citation')) {
      done.add('citation');
    }
  }
  expect([...done].sort()).toEqual(
    ['actors', 'checkbox', 'citation', 'details', 'dialog', 'filter', 'lang', 'preset', 'scale', 'select', 'slider', 'switch', 'table', 'term'].sort(),
  );
  expect(reached.length).toBeGreaterThan(60);

  // From the top again: Tab, Enter on the skip link, and the next Tab is inside the article.
  // (`goto` waits for the app; the same before the app has mounted is in prerender.spec.mjs.)
  await page.goto('./');
  await page.keyboard.press('Tab');
  expect((await focused(page)).key).toBe('a.skip-link');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement.id)).toBe('main');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement.closest('main'))).toBe(true);
});
