// An embed never sticks at the wrong height (issue 16): whether the host's embed.js starts before
// the frames or after they have reported, and on a slow CPU, each frame ends at its content's
// height; a frame WordPress embedded (`#?secret=…`) also answers in WordPress's format, and only
// then. The host pages are written here, on a second origin, so the ports can be any.
import { test, expect } from './fixtures.mjs';

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT || 8082}`;

test.beforeEach(async ({ guard }) => guard.allowOrigin(HOST));

/** A host page with the two frames of the issue (at their snippets' heights) and, if `script`
 * is 'early', embed.js before them. Every message a frame posts is logged in `__messages`. */
async function host(page, baseURL, { script, gatesHash = '', frames = ['gates', 'generations'] }) {
  const app = new URL(baseURL).origin;
  const src = {
    gates: `${app}/embed-gates.html?embed=gates&lang=ja&theme=auto${gatesHash}`,
    generations: `${app}/embed-generations.html?embed=generations&lang=en&theme=light`,
    plain: `${app}/embed-hybrid.html?embed=hybrid&lang=en`,
  };
  const heights = { gates: 980, generations: 1400, plain: 900 };
  await page.goto(`${HOST}/blank.html`);
  await page.evaluate(() => {
    window.__messages = [];
    addEventListener('message', (e) => {
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      window.__messages.push({ frame: frame ? frame.id : null, data: e.data });
    });
  });
  if (script === 'early') await page.evaluate((s) => new Promise((go) => {
    const el = Object.assign(document.createElement('script'), { src: s, onload: go });
    document.head.appendChild(el);
  }), `${app}/embed.js`);
  await page.evaluate(({ frames, src, heights }) => {
    for (const w of frames) {
      const f = Object.assign(document.createElement('iframe'), { id: `frame-${w}`, src: src[w], title: w, scrolling: 'no' });
      f.setAttribute('height', String(heights[w]));
      f.style.cssText = `width: 100%; border: 0; height: ${heights[w]}px`;
      document.body.appendChild(f);
    }
  }, { frames, src, heights });
  return `${app}/embed.js`;
}

/** |frame height − its content's height| in px, or null until the frame has rendered. */
async function misfit(page, id) {
  const el = page.locator(`#${id}`);
  const frame = await (await el.elementHandle()).contentFrame();
  const content = frame && (await frame.evaluate(() => {
    const root = document.getElementById('prerender');
    return root ? Math.ceil(root.getBoundingClientRect().height) : null;
  }).catch(() => null));
  if (!content) return null;
  return Math.abs((await el.evaluate((e) => e.getBoundingClientRect().height)) - content);
}

async function mounted(page, id) {
  // A frame's wasm comes when its widget nears the window, as in the article.
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  const frame = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
  await expect(frame.locator('html')).toHaveAttribute('data-app', 'mounted', { timeout: 30_000 });
}

async function settles(page, id) {
  await expect.poll(() => misfit(page, id), { timeout: 20_000 }).not.toBeNull();
  await expect.poll(() => misfit(page, id), { timeout: 20_000 }).toBeLessThanOrEqual(2);
}

/** Whether the frame has posted a Datawrapper height message yet. */
const reported = (page, id) => page.evaluate((id) => window.__messages.some((m) => m.frame === id && m.data && m.data['datawrapper-height']), id);

for (const cpu of [1, 6]) {
  test(`embed.js loaded after the frames reported: both end at their content's height (CPU ${cpu}x)`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    if (cpu > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    const script = await host(page, baseURL, { script: 'late' });
    for (const id of ['frame-gates', 'frame-generations']) {
      await mounted(page, id);
      // The order: the frame has said its height, and nobody was listening.
      await expect.poll(() => reported(page, id), { timeout: 20_000 }).toBe(true);
    }
    expect(await page.locator('#frame-generations').evaluate((f) => f.getBoundingClientRect().height)).toBe(1400);
    await page.evaluate((s) => document.head.appendChild(Object.assign(document.createElement('script'), { src: s })), script);
    for (const id of ['frame-gates', 'frame-generations']) await settles(page, id);
  });

  test(`embed.js loaded before the frames: both end at their content's height (CPU ${cpu}x)`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    if (cpu > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    await host(page, baseURL, { script: 'early' });
    for (const id of ['frame-gates', 'frame-generations']) {
      await mounted(page, id);
      await settles(page, id);
    }
  });
}

test('a frame embedded by WordPress answers with its secret, and only then', async ({ page, baseURL }) => {
  await host(page, baseURL, { script: 'none', gatesHash: '#?secret=abcDEF1234', frames: ['gates', 'plain'] });
  await mounted(page, 'frame-gates');
  await mounted(page, 'frame-plain');
  const wordpress = (id) => page.evaluate((id) => window.__messages.filter((m) => m.frame === id && m.data && m.data.message === 'height').map((m) => m.data), id);
  await expect.poll(async () => (await wordpress('frame-gates')).length, { timeout: 20_000 }).toBeGreaterThan(0);
  const [last] = (await wordpress('frame-gates')).slice(-1);
  expect(last.secret).toBe('abcDEF1234');
  const content = await (await (await page.locator('#frame-gates').elementHandle()).contentFrame())
    .evaluate(() => Math.ceil(document.getElementById('prerender').getBoundingClientRect().height));
  expect(Math.abs(last.value - content)).toBeLessThanOrEqual(2);
  // The other frame has reported its height, but never in WordPress's format.
  await expect.poll(() => reported(page, 'frame-plain'), { timeout: 20_000 }).toBe(true);
  expect(await wordpress('frame-plain')).toEqual([]);
});
