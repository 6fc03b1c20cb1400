// The approval-gate diagram and the hybrid model, operated by mouse and by keyboard alone.
import { test, expect, chartOption, waitForChart } from './fixtures.mjs';

test.use({ locale: 'en-US' });

const svg = (page) => page.locator('#figure-gates svg.gate-svg');
// A gate's three-way control (a radio group: open, limited, closed) and its level.
const sw = (page, key) => page.locator(`#gate-switch-${key}`);
const radio = (page, key, level) => sw(page, key).locator(`input[value="${level}"]`);

async function setGates(page, want) {
  for (const [key, level] of Object.entries(want)) {
    if ((await sw(page, key).getAttribute('data-level')) !== level) await radio(page, key, level).check();
    await expect(sw(page, key)).toHaveAttribute('data-level', level);
  }
}

// The switches are the what-if layer, folded under "Try your own" (issue 22).
const tryOwn = (page) => page.locator('.gate-whatif > summary').click();

test('the diagram opens on the latest moment on the record; a dated moment resting on reports says so', async ({ page }) => {
  await page.goto('./');
  for (const g of ['us', 'china', 'contracts', 'domestic']) await expect(sw(page, g)).toHaveAttribute('data-level', 'limited');
  await expect(svg(page)).toHaveAttribute('data-blocked', 'none');
  await expect(svg(page)).toHaveAttribute('data-reported', '');
  await expect(page.locator('#gate-preset-nvidia-filing')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#gate-caption')).toContainText('Limited at all three gates, on the record.');
  // The source article's moment: China's approval only reported, drawn dashed and said in words.
  await page.goto('./?at=2026-01-28');
  await tryOwn(page);
  await expect(svg(page)).toHaveAttribute('data-blocked', 'us');
  await expect(page.locator('#gate-caption')).toContainText('Stopped at gate 1');
  await expect(svg(page)).toHaveAttribute('data-reported', 'china');
  await expect(svg(page).locator('.gate--reported')).toHaveCount(1);
  await expect(svg(page).locator('.gate--reported .node__tag')).toHaveText('reported');
  await expect(page.locator('#gate-reported-china')).toBeVisible();
  await expect(page.locator('#gate-reported-china')).toHaveText('reported only');
  await expect(sw(page, 'china')).toHaveAttribute('aria-describedby', 'gate-reported-china gate-detail-china');
  await expect(page.locator('#gate-reported-us')).toBeHidden();
  await expect(sw(page, 'us')).toHaveAttribute('aria-describedby', 'gate-detail-us');
  await expect(page.getByRole('radiogroup', { name: 'Gate 1: US export licence' })).toBeVisible();
  await expect(page.locator('#gate-caption')).toContainText("Open or limited only according to reports, not on the official record: gate 2 (China’s approval and customs).");
  await expect(svg(page)).toHaveAttribute('role', 'img');
});

// Issue 24: the live widget redraws the route and the lanes the reader sees inside the click,
// and the other width's a task later (CSS shows one per width): both end in the same state, so
// a phone's download (the column's drawing) and a turned phone show the moment picked.
for (const width of [1280, 375]) {
  test(`the drawing for the other width follows the one shown (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?lang=en');
    const wide = page.locator('#figure-gates svg.gate-svg');
    const narrow = page.locator('#figure-gates svg.gate-pipe--narrow');
    const [shown, other] = width < 480 ? [narrow, wide] : [wide, narrow];
    await expect(shown).toBeVisible();
    await expect(other).toBeHidden();
    // Two moments far apart: stopped at the first gate, then through all three.
    for (const [preset, blocked, legs] of [['customs-block', 'us', '1'], ['nvidia-filing', 'none', '4']]) {
      await page.locator(`#gate-preset-${preset}`).click();
      for (const drawing of [shown, other]) {
        await expect(drawing).toHaveAttribute('data-blocked', blocked);
        await expect(drawing).toHaveAttribute('data-legs', legs);
      }
    }
    // The lanes too: the what-if column appears in both drawings after a switch is flipped.
    await tryOwn(page);
    await radio(page, 'us', 'closed').check();
    for (const lanes of ['svg.gate-lanes:not(.gate-lanes--narrow)', 'svg.gate-lanes--narrow']) {
      await expect(page.locator(`#figure-gates ${lanes} .lanes__whatif`)).toHaveCount(1);
    }
  });
}

test('chips stop at the first closed gate and thin out after a limited one (representative combinations)', async ({ page }) => {
  await page.goto('./');
  await tryOwn(page);
  // [state, blocked, legs, thin legs, limited gates, domestic lane drawn]
  const cases = [
    [{ us: 'closed', china: 'closed', contracts: 'closed', domestic: 'closed' }, 'us', '1', 0, '', false],
    [{ us: 'open', china: 'closed', contracts: 'open', domestic: 'closed' }, 'china', '2', 0, '', false],
    [{ us: 'open', china: 'open', contracts: 'closed', domestic: 'open' }, 'contracts', '3', 0, '', true],
    [{ us: 'open', china: 'open', contracts: 'open', domestic: 'closed' }, 'none', '4', 0, '', false],
    [{ us: 'limited', china: 'open', contracts: 'open', domestic: 'closed' }, 'none', '4', 3, 'us', false],
    [{ us: 'open', china: 'limited', contracts: 'closed', domestic: 'closed' }, 'contracts', '3', 1, 'china', false],
    [{ us: 'limited', china: 'limited', contracts: 'limited', domestic: 'limited' }, 'none', '4', 3, 'us,china,contracts', true],
    [{ us: 'open', china: 'open', contracts: 'open', domestic: 'open' }, 'none', '4', 0, '', true],
  ];
  for (const [state, blocked, legs, thin, limited, domestic] of cases) {
    await setGates(page, state);
    await expect(svg(page)).toHaveAttribute('data-blocked', blocked);
    await expect(svg(page)).toHaveAttribute('data-legs', legs);
    await expect(svg(page)).toHaveAttribute('data-limited', limited);
    await expect(svg(page).locator('path.leg--active:not(.leg--domestic)')).toHaveCount(Number(legs));
    await expect(svg(page).locator('path.leg--thin.leg--active')).toHaveCount(thin);
    // Each gate's barrier says its level by shape, and its box by word.
    for (const g of ['us', 'china', 'contracts']) {
      await expect(svg(page).locator(`.barrier--${state[g]}`)).toHaveCount(Object.values(state).slice(0, 3).filter((l) => l === state[g]).length);
    }
    await expect(svg(page).locator('.domestic-lane')).toHaveCount(domestic ? 1 : 0);
    if (domestic) {
      const moving = state.domestic === 'open' && state.contracts !== 'closed';
      await expect(svg(page).locator('.leg--domestic')).toHaveClass(moving ? /leg--active/ : /leg--idle/);
    }
  }
  await expect(page.locator('#gate-caption')).toContainText('Every gate is open and chips reach the data centres.');
  await setGates(page, { us: 'limited' });
  await expect(page.locator('#gate-caption')).toContainText('No gate is shut, but only some chips get through.');
  await expect(page.locator('#gate-caption')).toContainText('Only part of what was asked for passes gate 1 (the US licence).');
  await expect(svg(page).locator('.gate--limited text.node__sub')).toHaveText('limited');
});

test('each preset sets its documented state, is the only one highlighted, and links to the timeline', async ({ page }) => {
  await page.goto('./');
  // [us, china, contracts, domestic], the date written to ?at=, and the gates resting on reports only.
  const presets = {
    'before-dec-2025': [['closed', 'closed', 'closed', 'closed'], '2025-12-07', ''],
    'us-announcement': [['closed', 'closed', 'closed', 'closed'], '2025-12-08', ''],
    'customs-block': [['closed', 'closed', 'closed', 'limited'], '2026-01-14', ''],
    'conditional-approvals': [['closed', 'limited', 'closed', 'limited'], '2026-01-28', 'china'],
    'us-licences': [['open', 'closed', 'closed', 'limited'], '2026-05-14', 'us'],
    'first-deliveries': [['open', 'limited', 'limited', 'limited'], '2026-08-19', 'us,china,contracts'],
    'nvidia-filing': [['limited', 'limited', 'limited', 'limited'], '2026-08-26', ''],
  };
  for (const [id, [want, at, reported]] of Object.entries(presets)) {
    await page.locator(`#gate-preset-${id}`).click();
    await expect(page.locator(`#gate-preset-${id}`)).toHaveAttribute('aria-pressed', 'true');
    // Presets that set the same switches (7 and 8 Dec) are still told apart.
    await expect(page.locator('.preset[aria-pressed="true"]')).toHaveCount(1);
    const got = [];
    for (const key of ['us', 'china', 'contracts', 'domestic']) got.push(await sw(page, key).getAttribute('data-level'));
    expect(got, id).toEqual(want);
    await expect(svg(page)).toHaveAttribute('data-reported', reported);
    await expect.poll(() => new URL(page.url()).searchParams.get('at')).toBe(at);
    expect(new URL(page.url()).searchParams.get('gates')).toBeNull();
  }
  // The filing puts all three gates on the record as limited: small licences, restricted sales,
  // diminished demand. Nothing there rests on reports but the domestic condition.
  await expect(page.locator('#gate-reported-us')).toBeHidden();
  await expect(svg(page)).toHaveAttribute('data-blocked', 'none');
  await expect(svg(page).locator('.gate--limited')).toHaveCount(3);
  await expect(svg(page).locator('.gate--reported')).toHaveCount(0);
  await expect(page.locator('#gate-caption')).toContainText('Limited at all three gates, on the record.');
  await expect(page.locator('#gate-caption')).not.toContainText('Stopped');
  // The first deliveries get their own caption: reported, held mostly in Hong Kong.
  await page.locator('#gate-preset-first-deliveries').click();
  await expect(svg(page)).toHaveAttribute('data-limited', 'china,contracts');
  await expect(sw(page, 'china')).toContainText('reported only');
  await expect(page.locator('#gate-caption')).toContainText('Limited at gate 2, on reports');
  await expect(page.locator('#gate-caption')).not.toContainText('reach the data centres');
  await expect(page.locator('#gate-caption')).not.toContainText('Domestic chips arrive alongside');
  // The domestic condition was only reportedly discussed: its lane is drawn but does not move.
  await expect(page.locator('#gate-caption')).toContainText('no report says it was imposed');
  await expect(svg(page).locator('.leg--domestic')).toHaveClass(/leg--idle/);
  await page.locator('#gate-preset-nvidia-filing').click();
  await page.locator('#gate-card').getByRole('link', { name: 'See it in the timeline' }).click();
  await expect(page.locator('#tl-2026-08-26-nvidia-10q')).toBeInViewport();
});

test('the gates state lives in the URL, with the third state, and bad values fall back to the default', async ({ page }) => {
  await page.goto('./?lang=en&at=2026-01-28');
  await tryOwn(page);
  await radio(page, 'us', 'limited').check();
  // The address follows a task after the click (the click paints first).
  await expect.poll(() => new URL(page.url()).searchParams.get('gates')).toBe('us-limited,china-limited,domestic-limited');
  expect(new URL(page.url()).searchParams.get('at')).toBeNull();
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  // A reader's own combination is a what-if: nothing is highlighted, nothing is marked reported.
  await expect(page.locator('.preset[aria-pressed="true"]')).toHaveCount(0);
  await expect(svg(page)).toHaveAttribute('data-reported', '');
  await expect(svg(page)).toHaveAttribute('data-limited', 'us,china');
  // The shared address draws the same limited gate.
  await page.goto('./?gates=us-limited,china,contracts-limited');
  await expect(sw(page, 'us')).toHaveAttribute('data-level', 'limited');
  await expect(sw(page, 'contracts')).toHaveAttribute('data-level', 'limited');
  await expect(svg(page)).toHaveAttribute('data-limited', 'us,contracts');
  await expect(svg(page)).toHaveAttribute('data-blocked', 'none');
  // Links from before the third state still work: a bare name is open.
  await page.goto('./?gates=us,china,contracts');
  await expect(svg(page)).toHaveAttribute('data-blocked', 'none');
  await expect(svg(page)).toHaveAttribute('data-limited', '');
  await expect(sw(page, 'domestic')).toHaveAttribute('data-level', 'closed');
  for (const bad of ['%3Cscript%3E', 'us-half', 'china-']) {
    await page.goto(`./?gates=${bad}`);
    await expect(page.locator('#gate-preset-nvidia-filing')).toHaveAttribute('aria-pressed', 'true');
  }
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
    await expect(page.locator('#gate-preset-nvidia-filing')).toHaveAttribute('aria-pressed', 'true');
  }
});

test('the gates work by keyboard alone: arrow keys move a gate through its three states, Enter picks a preset', async ({ page }) => {
  await page.goto('./?at=2026-01-28');
  await page.locator('.gate-whatif > summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.gate-whatif')).toHaveAttribute('open', '');
  // The US gate is closed: its checked radio takes focus, and the arrows step through the states.
  await radio(page, 'us', 'closed').focus();
  await expect(radio(page, 'us', 'closed')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(sw(page, 'us')).toHaveAttribute('data-level', 'limited');
  // The focused state is outlined (the radio itself is drawn by its label).
  await expect(radio(page, 'us', 'limited')).toBeFocused();
  const ring = await radio(page, 'us', 'limited').evaluate((e) => getComputedStyle(e.parentElement).outlineStyle);
  expect(ring).toBe('solid');
  await page.keyboard.press('ArrowUp');
  await expect(sw(page, 'us')).toHaveAttribute('data-level', 'open');
  // Tab leaves the group for the next gate's checked state.
  await page.keyboard.press('Tab');
  await expect(radio(page, 'china', 'limited')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(radio(page, 'contracts', 'closed')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(sw(page, 'contracts')).toHaveAttribute('data-level', 'limited');
  await expect(svg(page)).toHaveAttribute('data-blocked', 'none');
  await expect(svg(page)).toHaveAttribute('data-limited', 'china,contracts');
  await page.locator('#gate-preset-customs-block').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#gate-preset-customs-block')).toHaveAttribute('aria-pressed', 'true');
  await expect(svg(page)).toHaveAttribute('data-blocked', 'us');
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(sw(page, 'us')).toContainText('関門1');
  await expect(sw(page, 'us')).toContainText('一部のみ');
  await expect(page.locator('#gate-caption')).toContainText('関門1で止まっています');
  await page.locator('#gate-preset-first-deliveries').focus();
  await page.keyboard.press('Enter');
  await expect(sw(page, 'china')).toContainText('報道のみ');
  await expect(svg(page).locator('.gate--limited text.node__sub').first()).toHaveText('一部のみ');
  await expect(svg(page).locator('.gate--limited text.node__tag').first()).toHaveText('報道のみ');
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
