// Issue 23: our embeds in a real WordPress (Debian's 6.1, tests/wordpress/site.mjs), tried as a
// new user would: a post whose body is the embed page's address alone on a line. WordPress finds
// our oEmbed answer by its own discovery, sandboxes the iframe and gives it a secret; its own
// script (wp-embed.js) must then size the frame to the content, in both languages. A Japanese
// blog embeds `embed-<w>.html`, an English one `embed-<w>-en.html`: the fallback link, its title
// and the frame are then in the blog's language.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { startWordPress } from '../wordpress/site.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The address the build under test names (SITE_URL: https://h200.example/explainer/ in
// `make test`), and where it is served here.
const SITE = JSON.parse(readFileSync(`${ROOT}/dist/oembed-funnel.json`, 'utf8')).provider_url;
const LOCAL = 'http://127.0.0.1:8080/';
const WIDGETS = ['funnel', 'gates', 'generations', 'map', 'hybrid', 'timeline'];
const LANGS = ['ja', 'en'];
/** The embed page an address-only post in `lang` names. */
const pageOf = (w, lang) => `${SITE}embed-${w}${lang === 'ja' ? '' : `-${lang}`}.html`;
const TEXTS = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(`${ROOT}/locales/${l}.json`, 'utf8'))]));
// The blog's columns (the test theme's --column), and WordPress's own limits on a frame's height.
const COLUMNS = [700, 650];
const [WP_MIN, WP_MAX] = [200, 1000];

// One WordPress for the file: its tests run one after another in one worker (a failure starts
// a new worker, and a new WordPress, for the rest).
test.describe.configure({ mode: 'default', timeout: 60_000 });

let wp;
let server;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = spawn('node', ['tools/serve.mjs', 'dist', '8080'], { cwd: ROOT, stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${LOCAL}index.html`)).ok) break;
    } catch {}
    if (i > 100) throw new Error('the site did not come up on 127.0.0.1:8080 (is the port taken?)');
    await new Promise((r) => setTimeout(r, 100));
  }
  wp = await startWordPress({ site: SITE, local: LOCAL, addresses: LANGS.flatMap((l) => WIDGETS.map((w) => pageOf(w, l))) });
});
test.afterAll(() => {
  wp?.stop();
  server?.kill();
});

/** A reader's browser: the site's address answered from this machine, as DNS would. */
async function reader(browser, lang) {
  const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-US', viewport: { width: 1000, height: 900 } });
  await context.route(`${SITE}**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(SITE, LOCAL) });
    await route.fulfill({ response });
  });
  return context;
}

for (const lang of LANGS) {
  for (const w of WIDGETS) {
    test(`WordPress embeds the ${w} page and its own script sizes the frame to the content (${lang})`, async ({ browser }) => {
      const context = await reader(browser, lang);
      const page = await context.newPage();
      const address = pageOf(w, lang);
      await page.goto(wp.posts[address]);
      // WordPress's embed: our iframe, sandboxed, with a secret; the fallback link beside it;
      // and its own script on the page.
      const frame = page.locator('iframe.wp-embedded-content');
      await expect(frame).toHaveCount(1);
      await expect(frame).toHaveAttribute('sandbox', 'allow-scripts');
      const src = new URL(await frame.getAttribute('src'));
      expect(`${src.origin}${src.pathname}`).toBe(address);
      expect(src.hash).toMatch(/^#\?secret=\w+$/);
      // The fallback link and the frame's title in the blog's language (the page's own head).
      const title = TEXTS[lang].embed.frame_title.replace('{widget}', TEXTS[lang].embed.widget[w]);
      await expect(page.locator('blockquote.wp-embedded-content a')).toHaveAttribute('href', address);
      await expect(page.locator('blockquote.wp-embedded-content a')).toHaveText(title);
      await expect(frame).toHaveAttribute('title', new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await expect(page.locator('script[src*="wp-embed"]')).toHaveCount(1);
      // The frame shows (WordPress hides it until the frame's first message) in the reader's
      // language, and WordPress's script gives it the content's height, within 4 px.
      await expect(frame).not.toHaveAttribute('style', /clip/, { timeout: 15_000 });
      await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
      const inner = page.frame({ url: new RegExp(`embed-${w}(-en)?\\.html`) });
      await expect.poll(() => inner.evaluate(() => document.documentElement.lang)).toBe(lang);
      const gap = async () => {
        const content = await inner.evaluate(() => Math.ceil(document.getElementById('prerender').getBoundingClientRect().height));
        const height = await frame.evaluate((f) => f.clientHeight);
        return { content, height, off: Math.abs(Math.min(Math.max(content, WP_MIN), WP_MAX) - height) };
      };
      // In a 700 px column and then a 650 px one (the frame reports again, WordPress resizes):
      // sized within 4 px, and the content under WordPress's 1000 px, so nothing is cut off.
      for (const column of COLUMNS) {
        await page.evaluate((c) => document.body.style.setProperty('--column', `${c}px`), column);
        // (WordPress drops our border: 0, so the frame has the browser's 2 px border: its
        // inside is what the content fills.)
        await expect.poll(() => frame.evaluate((f) => f.clientWidth)).toBe(column);
        await expect.poll(async () => (await gap()).off, { timeout: 15_000 }).toBeLessThanOrEqual(4);
        const { content } = await gap();
        expect(content, `${w} at ${column} px`).toBeLessThanOrEqual(column === 700 ? 900 : WP_MAX);
      }
      await context.close();
    });
  }
}
