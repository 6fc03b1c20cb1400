// The build as a static host serves it: tools/serve.mjs applies dist/_headers (written by
// tools/assemble.mjs), so this suite runs under the CSP header a real host would send.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';

const CSP = readFileSync(new URL('../../dist/csp.txt', import.meta.url), 'utf8').trim();
const HTML_CACHE = 'public, max-age=300, must-revalidate';

test('pages carry the build\'s CSP as a header, the same as their meta tag, and revalidate', async ({ page, request }) => {
  for (const path of ['./', './index.html', './embed-gates.html', './embed-timeline.html']) {
    const response = await request.get(path, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.status(), path).toBe(200);
    const h = response.headers();
    expect(h['content-security-policy'], path).toBe(CSP);
    expect(h['cache-control'], path).toBe(HTML_CACHE);
    expect(h['content-type'], path).toBe('text/html; charset=utf-8');
    expect(h['content-encoding'], path).toBe('br');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    const meta = (await response.text()).match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
    expect(meta?.[1], path).toBe(CSP);
  }
  // The page the browser loads gets it too.
  const response = await page.goto('./?lang=en');
  expect(await response.headerValue('content-security-policy')).toBe(CSP);
});

test('hashed assets are cached for a year, the wasm as application/wasm, precompressed when accepted', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const files = [...html.matchAll(/\.\/((?:h200-explainer|site|favicon)-[0-9a-f]{8,16}(?:_bg\.wasm|\.js|\.css|\.svg))/g)].map((m) => m[1]);
  expect(new Set(files.map((f) => f.split('.').pop()))).toEqual(new Set(['wasm', 'js', 'css', 'svg']));
  for (const f of files) {
    const r = await request.get(`./${f}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.status(), f).toBe(200);
    expect(r.headers()['cache-control'], f).toBe('public, max-age=31536000, immutable');
    if (f.endsWith('.wasm')) {
      expect(r.headers()['content-type']).toBe('application/wasm');
      expect(r.headers()['content-encoding']).toBe('gzip');
    }
  }
  // Fixed names (the lazy ECharts bundle, the embed resizer) must pick up a new build.
  for (const f of ['echarts.min.js', 'embed.js']) {
    expect((await request.get(`./${f}`)).headers()['cache-control'], f).toBe(HTML_CACHE);
  }
  // Without accept-encoding: the plain file.
  const plain = await request.get(`./${files.find((f) => f.endsWith('.wasm'))}`, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await plain.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
});

test('_headers is configuration, not content; a revalidation gets 304', async ({ request }) => {
  expect((await request.get('./_headers')).status()).toBe(404);
  const first = await request.get('./index.html');
  const again = await request.get('./index.html', { headers: { 'if-none-match': first.headers().etag } });
  expect(again.status()).toBe(304);
});

test('the CSP header alone keeps a changed inline script from running', async ({ page, guard }) => {
  guard.expectCspViolations();
  guard.allow(/Content Security Policy|Refused to execute/);
  // The meta tag is taken out: only the header is left to enforce the policy.
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text())
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace("d.lang=l;", "d.lang='en';");
    expect(body).not.toContain('http-equiv="Content-Security-Policy"');
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-encoding': '' } });
  });
  await page.goto('./?lang=ja', { mounted: false });
  await expect.poll(() => guard.cspViolations()).toContainEqual(expect.stringMatching(/^script-src/));
  // The rest of the page still runs: the article in Japanese, and the widgets once near.
  await expect(page.locator('h1')).toHaveText(/^中国のH200/);
  await page.evaluate(() => document.querySelector('[data-widget]').scrollIntoView());
  await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});
