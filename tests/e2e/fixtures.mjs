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
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => requests.push(req.url()));
      await use({ requests, allow: (pattern) => allowed.push(pattern) });
      expect(problems.filter((p) => !allowed.some((a) => a.test(p)))).toEqual([]);
      const origin = new URL(baseURL).origin;
      const foreign = requests.filter((u) => new URL(u).origin !== origin && !/^(data|blob):/.test(u));
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
    return { id: chart.id, yName: o.yAxis?.[0]?.name, xData: o.xAxis?.[0]?.data, series: o.series.map((s) => s.data) };
  }, selector);
}

/** Waits until the chart in `selector` has drawn a canvas (or svg). */
export async function waitForChart(page, selector) {
  await expect(page.locator(`${selector} canvas, ${selector} svg`).first()).toBeVisible();
}
