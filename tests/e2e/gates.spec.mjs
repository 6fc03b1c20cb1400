// The approval-gate diagram and the hybrid model, operated by mouse and by keyboard alone.
import { test, expect, chartOption, waitForChart } from './fixtures.mjs';

test.use({ locale: 'en-US' });

const svg = (page) => page.locator('#figure-gates svg.gate-svg');
const sw = (page, key) => page.locator(`#gate-switch-${key}`);

async function setGates(page, want) {
  for (const [key, on] of Object.entries(want)) {
    const s = sw(page, key);
    if ((await s.getAttribute('aria-checked')) !== String(on)) await s.click();
    await expect(s).toHaveAttribute('aria-checked', String(on));
  }
}

test('the diagram opens on the conditional-approvals moment the article describes', async ({ page }) => {
  await page.goto('./');
  await expect(sw(page, 'us')).toHaveAttribute('aria-checked', 'false');
  await expect(sw(page, 'china')).toHaveAttribute('aria-checked', 'true');
  await expect(sw(page, 'contracts')).toHaveAttribute('aria-checked', 'false');
  await expect(sw(page, 'domestic')).toHaveAttribute('aria-checked', 'true');
  await expect(svg(page)).toHaveAttribute('data-blocked', 'us');
  await expect(page.locator('#gate-preset-conditional-approvals')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#gate-caption')).toContainText('Stopped at gate 1');
  // China's approval was only reported at the time: drawn dotted and said in words.
  await expect(svg(page)).toHaveAttribute('data-reported', 'china');
  await expect(svg(page).locator('.gate--reported')).toHaveCount(1);
  await expect(sw(page, 'china')).toContainText('open (reported only)');
  await expect(sw(page, 'us')).toContainText('closed');
  await expect(page.locator('#gate-caption')).toContainText("Open only according to reports, not on the official record: gate 2 (China's approval and customs).");
  await expect(svg(page)).toHaveAttribute('role', 'img');
});

test('chips flow exactly when every required gate is open (representative combinations)', async ({ page }) => {
  await page.goto('./');
  const cases = [
    [{ us: false, china: false, contracts: false, domestic: false }, 'us', '1', false],
    [{ us: true, china: false, contracts: true, domestic: false }, 'china', '2', false],
    [{ us: true, china: true, contracts: false, domestic: true }, 'contracts', '3', true],
    [{ us: true, china: true, contracts: true, domestic: false }, 'none', '4', false],
    [{ us: true, china: true, contracts: true, domestic: true }, 'none', '4', true],
    [{ us: false, china: true, contracts: true, domestic: true }, 'us', '1', true],
  ];
  for (const [state, blocked, legs, domestic] of cases) {
    await setGates(page, state);
    await expect(svg(page)).toHaveAttribute('data-blocked', blocked);
    await expect(svg(page)).toHaveAttribute('data-legs', legs);
    await expect(svg(page).locator('.domestic-lane')).toHaveCount(domestic ? 1 : 0);
    await expect(svg(page).locator('path.leg--active:not(.leg--domestic)')).toHaveCount(Number(legs));
    if (domestic) {
      await expect(svg(page).locator('.leg--domestic')).toHaveClass(state.contracts ? /leg--active/ : /leg--idle/);
    }
  }
  await expect(page.locator('#gate-caption')).toContainText('The H200s are stuck, but the domestic order still arrives.');
});

test('each preset sets its documented state, is the only one highlighted, and links to the timeline', async ({ page }) => {
  await page.goto('./');
  // [us, china, contracts, domestic], the date written to ?at=, and the gates open on reports only.
  const presets = {
    'before-dec-2025': [[false, false, false, false], '2025-12-07', ''],
    'us-announcement': [[false, false, false, false], '2025-12-08', ''],
    'customs-block': [[false, false, false, true], '2026-01-14', ''],
    'conditional-approvals': [[false, true, false, true], '2026-01-28', 'china'],
    'us-licences': [[true, false, false, true], '2026-05-14', 'us'],
    'first-deliveries': [[true, true, true, true], '2026-08-19', 'us,china,contracts'],
    'nvidia-filing': [[true, false, true, true], '2026-08-26', 'contracts'],
  };
  for (const [id, [want, at, reported]] of Object.entries(presets)) {
    await page.locator(`#gate-preset-${id}`).click();
    await expect(page.locator(`#gate-preset-${id}`)).toHaveAttribute('aria-pressed', 'true');
    // Presets that set the same switches (7 and 8 Dec) are still told apart.
    await expect(page.locator('.preset[aria-pressed="true"]')).toHaveCount(1);
    const got = [];
    for (const key of ['us', 'china', 'contracts', 'domestic']) got.push((await sw(page, key).getAttribute('aria-checked')) === 'true');
    expect(got, id).toEqual(want);
    await expect(svg(page)).toHaveAttribute('data-reported', reported);
    await expect.poll(() => new URL(page.url()).searchParams.get('at')).toBe(at);
    expect(new URL(page.url()).searchParams.get('gates')).toBeNull();
  }
  // The filing confirms the US licences and, on the record, Beijing's restriction: chips stop at
  // gate 2. Only the first reported deliveries (the contracts gate) rest on reports.
  await expect(page.locator('.gate-step--active .gate-step__meta .badge')).toHaveText('Reported');
  await expect(sw(page, 'us')).not.toContainText('reported only');
  await expect(sw(page, 'china')).toContainText('closed');
  await expect(svg(page)).toHaveAttribute('data-blocked', 'china');
  await expect(page.locator('#gate-caption')).toContainText('Stopped at gate 2, on the record');
  // The first deliveries get their own caption: reported, held mostly in Hong Kong.
  await page.locator('#gate-preset-first-deliveries').click();
  await expect(svg(page)).toHaveAttribute('data-blocked', 'none');
  await expect(page.locator('#gate-caption')).toContainText('First deliveries, by the FT');
  await expect(page.locator('#gate-caption')).not.toContainText('reach the data centres');
  await expect(page.locator('#gate-caption')).not.toContainText('Domestic chips arrive alongside');
  // The domestic condition is only reported: its lane is drawn but does not move.
  await expect(page.locator('#gate-caption')).toContainText('no report says any arrived');
  await expect(svg(page).locator('.leg--domestic')).toHaveClass(/leg--idle/);
  await page.locator('#gate-preset-nvidia-filing').click();
  await page.locator('.gate-step--active').getByRole('link', { name: 'See it in the timeline' }).click();
  await expect(page.locator('#tl-2026-08-26-nvidia-10q')).toBeInViewport();
});

test('the gates state lives in the URL and bad values fall back to the default', async ({ page }) => {
  await page.goto('./?lang=en');
  await sw(page, 'us').click();
  // The address follows a task after the click (the click paints first).
  await expect.poll(() => new URL(page.url()).searchParams.get('gates')).toBe('us,china,domestic');
  expect(new URL(page.url()).searchParams.get('at')).toBeNull();
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  // A reader's own combination is a what-if: nothing is highlighted, nothing is marked reported.
  await expect(page.locator('.preset[aria-pressed="true"]')).toHaveCount(0);
  await expect(svg(page)).toHaveAttribute('data-reported', '');
  await page.goto('./?gates=us,china,contracts');
  await expect(svg(page)).toHaveAttribute('data-blocked', 'none');
  await expect(sw(page, 'domestic')).toHaveAttribute('aria-checked', 'false');
  await page.goto('./?gates=%3Cscript%3E');
  await expect(page.locator('#gate-preset-conditional-approvals')).toHaveAttribute('aria-pressed', 'true');
  await page.goto('./?gates=none');
  await expect(svg(page)).toHaveAttribute('data-blocked', 'us');
  await expect(page.locator('.preset[aria-pressed="true"]')).toHaveCount(0);
  await page.goto('./?at=2026-05-14');
  await expect(page.locator('#gate-preset-us-licences')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#gate-preset-customs-block')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.preset[aria-pressed="true"]')).toHaveCount(1);
  await page.goto('./?at=2025-12-07');
  await expect(page.locator('#gate-preset-before-dec-2025')).toHaveAttribute('aria-pressed', 'true');
  for (const bad of ['2026-13-99', 'yesterday', '%3Cscript%3E']) {
    await page.goto(`./?at=${bad}`);
    await expect(page.locator('#gate-preset-conditional-approvals')).toHaveAttribute('aria-pressed', 'true');
  }
});

test('the gates work by keyboard alone: Space and Enter flip a switch, Enter picks a preset', async ({ page }) => {
  await page.goto('./');
  await sw(page, 'us').focus();
  await page.keyboard.press('Space');
  await expect(sw(page, 'us')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Tab');
  await expect(sw(page, 'china')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sw(page, 'contracts')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(svg(page)).toHaveAttribute('data-blocked', 'none');
  await page.locator('#gate-preset-customs-block').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#gate-preset-customs-block')).toHaveAttribute('aria-pressed', 'true');
  await expect(svg(page)).toHaveAttribute('data-blocked', 'us');
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(sw(page, 'us')).toContainText('関門1');
  await expect(page.locator('#gate-caption')).toContainText('関門1で止まっています');
  await page.locator('#gate-preset-conditional-approvals').focus();
  await page.keyboard.press('Enter');
  await expect(sw(page, 'china')).toContainText('開いている（報道のみ）');
});

test('chips move only without reduced motion; with it the arrows are the static cue', async ({ page }) => {
  await page.goto('./?gates=us,china,contracts');
  const active = svg(page).locator('path.leg--active').first();
  expect(await active.evaluate((e) => getComputedStyle(e).animationName)).toBe('leg-flow');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await active.evaluate((e) => getComputedStyle(e).animationName)).toBe('none');
  await expect(active).toHaveAttribute('marker-end', 'url(#gate-arrow)');
});

test('the hybrid model computes the fleet by keyboard alone', async ({ page }) => {
  await page.goto('./');
  const fig = page.locator('#figure-hybrid');
  await waitForChart(page, '#figure-hybrid .chart-canvas');
  await expect(fig.locator('.hybrid-split')).toHaveText('30,000 domestic and 70,000 imported');
  const before = await chartOption(page, '#figure-hybrid .chart-canvas');
  // Each bar's label names the measure and its total, then the ratio to an all-H200 fleet.
  expect(before.labels[0]).toMatch(/^Dense BF16\/FP16 compute: .+ \(0\.94×\)$/);

  await page.locator('#hybrid-count').focus();
  await page.keyboard.press('Home');
  await expect(fig.locator('output[for="hybrid-count"]')).toHaveText('1,000');
  await fig.getByRole('button', { name: 'Show table' }).click();
  const row = (name) => fig.locator('table tbody tr', { has: page.locator('th', { hasText: name }) });
  // 700 × 989.5 + 300 × 781 TFLOPS; 700 × 141 + 300 × 128 GB; 700 × 4.8 + 300 × 3.2 TB/s
  await expect(row('Dense BF16/FP16 compute').locator('td').first()).toContainText('927 PFLOPS');
  await expect(row('Memory').first().locator('td').first()).toContainText('137 TB');
  await expect(row('Memory bandwidth').locator('td').first()).toContainText('4.32 PB/s');
  await expect(row('Dense FP8 compute').locator('td').first()).toContainText('leaves out 300 chips');

  await page.locator('#hybrid-share').focus();
  await page.keyboard.press('ArrowRight');
  await expect(fig.locator('output[for="hybrid-share"]')).toHaveText('35%');
  await page.keyboard.press('End');
  await expect(fig.locator('.hybrid-split')).toHaveText('1,000 domestic and 0 imported');
  await page.locator('#hybrid-domestic').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#hybrid-domestic')).toHaveValue('ascend-950dt');
  await expect(row('Memory').first().locator('td').nth(2)).toHaveText('1.02×');
  await fig.getByRole('button', { name: 'Show chart' }).click();
  await expect.poll(async () => (await chartOption(page, '#figure-hybrid .chart-canvas')).labels[2]).toMatch(/\(1\.02×\)$/);
});
