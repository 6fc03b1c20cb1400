// `make bench`: the release build against a plain-HTML baseline of the same text, side by side.
// Lighthouse 12 (mobile emulation) on the app in JA and EN, one embed and the baselines; asset
// sizes raw/gzip/brotli split into first view and later; input-to-next-paint latency of the main
// interactions at 4x CPU throttling. Writes bench/results.json and prints a markdown table with
// the budgets. Set BENCH_RUNS to change the number of runs (default 5; medians are reported).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { writeBaselines } from './baseline.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/chromium.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 8091;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROME = CHROMIUM_PATH;
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS, '--disable-dev-shm-usage'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (b) => (b / 1000).toFixed(1);

// 1. The site: the release build plus the baseline pages, served with precompressed files.
const site = join(ROOT, 'target', 'bench-site');
if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error('dist/ is missing: run `make build` first');
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync(join(ROOT, 'dist'), site, { recursive: true });
writeBaselines(site);
const server = spawn('node', [join(ROOT, 'tools/serve.mjs'), site, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
// Ready when it says so (it prints once it listens).
await new Promise((ready, fail) => {
  server.stdout.once('data', ready);
  server.once('exit', (code) => fail(new Error(`tools/serve.mjs exited (${code})`)));
});

try {
  // 2. Asset sizes.
  const assets = readdirSync(site)
    .filter((f) => !/\.(br|gz)$/.test(f) && statSync(join(site, f)).isFile())
    .filter((f) => !f.startsWith('baseline-') && f !== 'csp.txt' && f !== '_headers')
    .map((f) => {
      const raw = readFileSync(join(site, f));
      const br = existsSync(join(site, `${f}.br`)) ? statSync(join(site, `${f}.br`)).size : raw.length;
      // The embed pages replace index.html for a widget: they belong to neither view of the page.
      const embedPage = /^embed-.*\.html$/.test(f);
      const firstView = !embedPage && !/^(echarts\.min\.js|embed\.js)$/.test(f);
      return { file: f, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: br, firstView, embedPage };
    });
  const sum = (filter, key) => assets.filter(filter).reduce((a, x) => a + x[key], 0);
  const baselineBr = ['baseline-ja.html', 'baseline-en.html'].map((f) => ({
    file: f,
    raw: statSync(join(site, f)).size,
    brotli: existsSync(join(site, `${f}.br`)) ? statSync(join(site, `${f}.br`)).size : null,
  }));

  // 3. Lighthouse, fresh Chromium per run.
  const targets = {
    'app ja': `${ORIGIN}/?lang=ja`,
    'app en': `${ORIGIN}/?lang=en`,
    'embed gates': `${ORIGIN}/embed-gates.html?embed=gates&lang=en`,
    'baseline ja': `${ORIGIN}/baseline-ja.html`,
    'baseline en': `${ORIGIN}/baseline-en.html`,
  };
  const lh = {};
  for (const [name, url] of Object.entries(targets)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        const a = result.lhr.audits;
        runs.push({
          lcp: a['largest-contentful-paint'].numericValue,
          fcp: a['first-contentful-paint'].numericValue,
          tbt: a['total-blocking-time'].numericValue,
          cls: a['cumulative-layout-shift'].numericValue,
          bytes: a['total-byte-weight'].numericValue,
          performance: result.lhr.categories.performance.score,
          accessibility: result.lhr.categories.accessibility.score,
        });
      } finally {
        await chrome.kill();
      }
    }
    lh[name] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
    process.stderr.write(`lighthouse ${name}: LCP ${Math.round(lh[name].lcp)} ms\n`);
  }

  // 4. Interaction latency, input to next paint, at 4x CPU throttling.
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => f !== '--headless=new') });
  const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
  await page.goto(`${ORIGIN}/?lang=en`);
  // The prerendered page has the same controls: wait until the app has mounted over all of it.
  await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('[data-deferred]'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.__latencies = [];
    for (const type of ['click', 'keydown']) {
      addEventListener(
        type,
        (e) => {
          const t0 = e.timeStamp;
          requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - t0), 0));
        },
        { capture: true },
      );
    }
  });
  const measure = async (name, prepare, act) => {
    await prepare();
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(() => (window.__latencies = []));
      await act(i);
      await page.waitForFunction(() => window.__latencies.length > 0);
      times.push(await page.evaluate(() => window.__latencies[0]));
      // Let work the interaction queued for later (sections following a language switch) finish.
      await page.waitForTimeout(600);
    }
    return [name, { median: median(times), max: Math.max(...times), runs: times }];
  };
  const presets = ['before-dec-2025', 'us-announcement', 'customs-block', 'us-licences', 'first-deliveries'];
  const interactions = Object.fromEntries([
    await measure('gate switch', () => page.locator('#gate-switch-us').scrollIntoViewIfNeeded(), () => page.locator('#gate-switch-us').click()),
    await measure('gate preset', async () => {}, (i) => page.locator(`#gate-preset-${presets[i % presets.length]}`).click()),
    await measure('language switch', async () => {}, (i) => page.locator('.lang-switch__option').nth(i % 2 ? 1 : 0).click()),
    await measure('chart metric', async () => {
      await page.locator('#figure-ladder .chart-canvas canvas').first().waitFor({ state: 'attached' }).catch(() => {});
      await page.locator('#ladder-metric').scrollIntoViewIfNeeded();
      await page.locator('#ladder-metric').focus();
    }, (i) => page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown')),
    await measure('hybrid slider', async () => {
      await page.locator('#hybrid-share').scrollIntoViewIfNeeded();
      await page.locator('#hybrid-share').focus();
    }, () => page.keyboard.press('ArrowRight')),
  ]);
  await browser.close();

  // 5. Budgets and the table.
  const firstViewBr = sum((x) => x.firstView, 'brotli');
  const totalBr = sum((x) => !x.embedPage, 'brotli');
  const ratio = (a, b) => (b > 0 ? a / b : NaN);
  const budgets = [
    ['LCP ≤ 1.2× baseline (ja)', ratio(lh['app ja'].lcp, lh['baseline ja'].lcp) <= 1.2, `${ratio(lh['app ja'].lcp, lh['baseline ja'].lcp).toFixed(2)}×`],
    ['LCP ≤ 1.2× baseline (en)', ratio(lh['app en'].lcp, lh['baseline en'].lcp) <= 1.2, `${ratio(lh['app en'].lcp, lh['baseline en'].lcp).toFixed(2)}×`],
    ['TBT ≤ 50 ms', Math.max(lh['app ja'].tbt, lh['app en'].tbt, lh['embed gates'].tbt) <= 50, `${Math.round(Math.max(lh['app ja'].tbt, lh['app en'].tbt, lh['embed gates'].tbt))} ms`],
    ['CLS ≤ 0.01', Math.max(lh['app ja'].cls, lh['app en'].cls, lh['embed gates'].cls) <= 0.01, Math.max(lh['app ja'].cls, lh['app en'].cls, lh['embed gates'].cls).toFixed(3)],
    ['first view ≤ 250 KB brotli', firstViewBr <= 250_000, `${kb(firstViewBr)} KB`],
    ['whole page ≤ 450 KB brotli', totalBr <= 450_000, `${kb(totalBr)} KB`],
    ['every interaction ≤ 50 ms', Object.values(interactions).every((x) => x.max <= 50), `${Math.round(Math.max(...Object.values(interactions).map((x) => x.max)))} ms worst`],
    ['interaction medians ≤ 16 ms', Object.values(interactions).every((x) => x.median <= 16), `${Math.round(Math.max(...Object.values(interactions).map((x) => x.median)))} ms worst median`],
  ];
  const results = { date: new Date().toISOString(), runs: RUNS, lighthouse: lh, assets, baseline: baselineBr, interactions, budgets };
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2));

  const row = (cells) => `| ${cells.join(' | ')} |`;
  const out = [];
  out.push(`### Lighthouse 12 (mobile, simulated throttling), median of ${RUNS}`, '');
  out.push(row(['page', 'LCP ms', 'FCP ms', 'TBT ms', 'CLS', 'bytes KB', 'perf', 'a11y', 'LCP vs baseline']));
  out.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const [name, r] of Object.entries(lh)) {
    const base = name.endsWith('ja') ? lh['baseline ja'] : lh['baseline en'];
    out.push(row([name, Math.round(r.lcp), Math.round(r.fcp), Math.round(r.tbt), r.cls.toFixed(3), kb(r.bytes),
      Math.round(r.performance * 100), Math.round(r.accessibility * 100), name.startsWith('baseline') ? '1.00×' : `${ratio(r.lcp, base.lcp).toFixed(2)}×`]));
  }
  out.push('', '### Assets', '');
  out.push(row(['file', 'raw KB', 'gzip KB', 'brotli KB', 'loaded']));
  out.push(row(['---', '---:', '---:', '---:', '---']));
  for (const a of assets) out.push(row([a.file, kb(a.raw), kb(a.gzip), kb(a.brotli), a.embedPage ? 'instead of index.html, in an embed' : a.firstView ? 'first view' : 'later']));
  out.push(row(['**first view**', kb(sum((x) => x.firstView, 'raw')), kb(sum((x) => x.firstView, 'gzip')), kb(firstViewBr), '']));
  out.push(row(['**whole page**', kb(sum((x) => !x.embedPage, 'raw')), kb(sum((x) => !x.embedPage, 'gzip')), kb(totalBr), '']));
  out.push('', `### Interactions at 4× CPU throttling (input → next paint, ${RUNS} each)`, '');
  out.push(row(['interaction', 'median ms', 'max ms']));
  out.push(row(['---', '---:', '---:']));
  for (const [name, x] of Object.entries(interactions)) out.push(row([name, x.median.toFixed(1), x.max.toFixed(1)]));
  out.push('', '### Budgets', '');
  out.push(row(['budget', 'holds', 'measured']));
  out.push(row(['---', '---', '---']));
  for (const [name, ok, value] of budgets) out.push(row([name, ok ? 'yes' : '**no**', value]));
  console.log(out.join('\n'));
} finally {
  server.kill();
}
