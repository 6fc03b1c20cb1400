// Shared test fixtures: every test fails if the page logs an error, throws, or makes a request
// to another origin. Tests that provoke an expected error say so with `guard.allow(/…/)`.
import { test as base, expect } from '@playwright/test';

export { expect };

export const test = base.extend({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems = [];
      const requests = [];
      const allowed = [];
      let cspExpected = false;
      const origins = [new URL(baseURL).origin];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => requests.push(req.url()));
      // The article is prerendered HTML; its widgets come to life as the wasm mounts each into its
      // slot. Tests act on live widgets, so `goto` on our origin waits for the wasm and every
      // widget (`{ mounted: false }` opts out).
      const goto = page.goto.bind(page);
      page.goto = async (url, options = {}) => {
        const { mounted = true, ...rest } = options;
        const response = await goto(url, rest);
        if (mounted && new URL(page.url()).origin === origins[0] && (await hasWidgets())) {
          await bringWasm();
          await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
          // …and every widget is live (until then a slot holds its inert first render).
          await page.waitForSelector('html[data-widgets="live"]', { state: 'attached' });
        }
        return response;
      };
      // A page with no widget (the funnel's embed) never fetches the wasm: nothing to wait for.
      // Decided on a page whose tree is in and parsed (a page the head script is sending on to
      // the other language's stops early, without it: waitForFunction carries on across that
      // navigation), or as soon as a widget's slot is seen or the wasm runs.
      const hasWidgets = async () => {
        const answer = await page.waitForFunction(() => {
          if (document.querySelector('[data-widget]') || document.documentElement.hasAttribute('data-app')) return 'yes';
          return document.querySelector('#prerender .prerender') && document.readyState !== 'loading' ? 'no' : null;
        });
        return (await answer.jsonValue()) === 'yes';
      };
      // The wasm is fetched once a widget comes near the window, as when a reader scrolls down:
      // bring the first widget into view until the page asks for the wasm, then go back to where
      // the page was (a deep link's place, say).
      const bringWasm = async () => {
        const at = await page.evaluate(() => {
          const slot = document.querySelector('[data-widget]');
          if (!slot || document.documentElement.hasAttribute('data-app')) return null;
          const place = [scrollX, scrollY];
          slot.scrollIntoView();
          return place;
        });
        if (!at) return;
        await page.waitForSelector('html[data-app="mounted"]', { state: 'attached' });
        await page.evaluate(([x, y]) => scrollTo(x, y), at);
      };
      // Every Content-Security-Policy violation, reported by the page itself.
      await page.addInitScript(() => {
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await use({
        /** The CSP violations the page has seen so far. */
        cspViolations: () => page.evaluate(() => window.__csp ?? []),
        /** For a test that provokes CSP violations on purpose (and checks them itself). */
        expectCspViolations: () => (cspExpected = true),
        /** The URLs of every request so far. */
        requests,
        allow: (pattern) => allowed.push(pattern),
        // The embed tests also load a host page from a second origin of ours.
        allowOrigin: (origin) => origins.push(origin),
      });
      if (!page.isClosed() && !cspExpected) {
        const csp = [];
        for (const frame of page.frames()) {
          csp.push(...(await frame.evaluate(() => window.__csp ?? []).catch(() => [])));
        }
        expect(csp, 'Content-Security-Policy violations').toEqual([]);
      }
      expect(problems.filter((p) => !allowed.some((a) => a.test(p)))).toEqual([]);
      const foreign = requests.filter((u) => !/^(data|blob|about):/.test(u) && !origins.includes(new URL(u).origin));
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

/** The ECharts instance drawn in the chart container `selector`, as seen through its option. */
export async function chartOption(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
    if (!chart) return null;
    const o = chart.getOption();
    const values = (s) => s.data.map((d) => (d && typeof d === 'object' && 'value' in d ? d.value : d));
    return {
      id: chart.id,
      xName: o.xAxis?.[0]?.name,
      yName: o.yAxis?.[0]?.name,
      xType: o.xAxis?.[0]?.type,
      // Category names (the highlighted one is an object with its own text style).
      yData: o.yAxis?.[0]?.data?.map((d) => (d && typeof d === 'object' ? d.value : d)),
      names: o.series[0]?.data.map((d) => d?.name),
      series: o.series.map(values),
      labels: o.series[0]?.data.map((d) => d?.label?.formatter),
      lines: (o.series[0]?.markLine?.data ?? []).map((l) => l.xAxis ?? l.yAxis),
      aria: o.aria?.[0]?.enabled ?? o.aria?.enabled,
    };
  }, selector);
}

/** Scrolls the chart in `selector` into view and reaches for it as a reader would (the pointer
 * over its corner: ECharts loads only when a chart near the window is wanted live), then waits
 * for its canvas. */
export async function waitForChart(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.locator(selector).hover({ position: { x: 2, y: 2 } });
  // ECharts draws on a canvas; an SVG there is the build-time drawing it replaces (.chart-ssr).
  await expect(page.locator(`${selector} canvas`).first()).toBeVisible();
}
