import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '/work/main/tests/e2e/chromium.mjs';
const [url, width] = [process.argv[2], Number(process.argv[3] || 1280)];
const b = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const p = await b.newPage({ viewport: { width, height: 900 } });
await p.goto(url);
await p.waitForFunction(() => document.querySelectorAll('main > section').length === 11);
await p.waitForTimeout(1500);
const r = await p.evaluate(() => {
  const out = {}; let total = 0;
  for (const s of document.querySelectorAll('main > *')) { const h = Math.round(s.getBoundingClientRect().height); out[s.id || s.className] = h; total += h; }
  out.total = document.documentElement.scrollHeight; return out;
});
console.log(JSON.stringify(r));
await b.close();
