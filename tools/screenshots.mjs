// `make screenshots`: the page and every embed, in Japanese and English, at 375 and 1280 px, light
// and dark, as full-page PNGs in screenshots/ (git-ignored), with every widget live and every
// chart drawn. For looking at what ships: overlaps, collisions, awkward wraps, walls of text.
import { mkdirSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'screenshots');
const PORT = 8093;
const WIDGETS = ['funnel', 'gates', 'generations', 'map', 'hybrid', 'timeline'];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = spawn('node', [join(ROOT, 'tools/serve.mjs'), join(ROOT, 'dist'), String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ready, fail) => {
  server.stdout.once('data', ready);
  server.once('exit', (code) => fail(new Error(`tools/serve.mjs exited (${code})`)));
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  const pages = [['page', './'], ...WIDGETS.map((w) => [`embed-${w}`, `./embed-${w}.html?embed=${w}&`])];
  for (const [name, path] of pages) {
    for (const lang of ['ja', 'en']) {
      for (const width of [375, 1280]) {
        for (const scheme of ['light', 'dark']) {
          // Reduced motion: the charts draw at once instead of growing, so the picture is their final state.
          const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
          const page = await context.newPage();
          const url = `http://127.0.0.1:${PORT}/${path.replace('./', '')}${path.includes('?') ? '' : '?'}lang=${lang}`;
          await page.goto(url);
          // Bring every widget to life and every chart into view once, as a reader scrolling
          // through would, then back to the top.
          await page.evaluate(async () => {
            for (const el of document.querySelectorAll('[data-widget], .chart-canvas')) {
              el.scrollIntoView();
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            }
          });
          await page.waitForSelector('html[data-widgets="live"]', { state: 'attached' });
          await page.waitForFunction(() => [...document.querySelectorAll('.chart-canvas:not([hidden])')].every((c) => c.querySelector('canvas')));
          await page.evaluate(() => scrollTo(0, 0));
          const file = join(OUT, `${name}-${lang}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
