import { expect, test, type Page } from '@playwright/test';
import { openApp, screenshot } from './helpers';

const CLASS = 'Grade 6 Math — Period 2';
const PLAN = 'Ratios rotation';
const at = (time: string) => new Date(`2026-11-24T${time}`);

/** As a teacher would: groups from mastery data on the groups board, saved as a grouping. */
async function makeGrouping(page: Page) {
  await page.getByRole('main').getByRole('link', { name: CLASS }).click();
  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  await page.getByRole('checkbox', { name: '6.RP.A.1', exact: true }).check();
  await page.getByRole('radio', { name: 'Similar levels (targeted small-group teaching)' }).check();
  await page.getByLabel('Number of groups', { exact: true }).fill('4');
  await page.getByRole('button', { name: 'Make groups' }).click();
  await expect(page.getByRole('region', { name: /^Group \d+$/ })).toHaveCount(4);
  await page.getByLabel('Grouping name', { exact: true }).fill('Ratio groups');
  await page.getByRole('button', { name: 'Save grouping' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Ratio groups”' })).toBeVisible();
}

/** A plan from the "Four stations with collaboration" play (15-minute stations, 2-minute moves) at 09:00. */
async function makePlan(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New plan' }).first().click();
  await page.getByRole('dialog', { name: 'New plan' }).getByRole('link', { name: 'Use Four stations with collaboration' }).click();

  const settings = page.getByRole('region', { name: 'Plan settings' });
  await settings.getByLabel('Title').fill(PLAN);
  await settings.getByLabel('Date', { exact: true }).fill('2026-11-24');
  await settings.getByLabel('Start time').fill('09:00');
  await expect(settings.getByLabel('Minutes per station')).toHaveValue('15');
  await expect(settings.getByLabel('Transition minutes')).toHaveValue('2');
  await page.getByLabel('Grouping', { exact: true }).selectOption({ label: await groupingOption(page) });

  const order = page.getByRole('list', { name: 'Group order' }).getByRole('listitem');
  await expect(order).toHaveCount(4);
  const groups = await order.evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));

  // By keyboard: the editor's side panel can sit over the stations table on narrow layouts.
  await page.getByRole('button', { name: 'Activities at station 1' }).press('Enter');
  await page.getByLabel(`${groups[0]} activity at Teacher table`).fill('Reteach ratio tables with counters');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: PLAN, level: 1 })).toBeVisible();
  await expect(page.getByText('saved', { exact: true })).toBeVisible();
  return groups;
}

async function groupingOption(page: Page): Promise<string> {
  const options = await page.getByLabel('Grouping', { exact: true }).locator('option').allTextContents();
  const label = options.find((o) => o.includes('Ratio groups'));
  expect(label, 'the saved grouping is offered').toBeTruthy();
  return label!;
}

const card = (page: Page, group: string) =>
  page.getByRole('list', { name: /^Where each group/ }).getByRole('listitem', { name: group, exact: true });

test('the live board follows the clock through a rotation, pauses and skips; the chart prints', async ({ page }) => {
  // Time runs normally while the teacher sets up, then stands still at 08:59 in front of the class.
  await page.clock.install({ time: at('08:50:00') });
  await openApp(page);
  await makeGrouping(page);
  const groups = await makePlan(page);
  const [first, second] = groups as [string, string];

  // The week view lists the plan on Tuesday; its live board opens from there.
  await page.getByRole('link', { name: 'Week', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Week', level: 1 })).toBeVisible();
  const tuesday = page.getByRole('region', { name: /^Tuesday/ });
  const planCard = tuesday.getByRole('listitem', { name: PLAN });
  await expect(planCard).toContainText('09:00–10:06');
  await expect(planCard).toContainText('4 groups × 4 stations');

  await planCard.getByRole('link', { name: 'Open live board' }).click();
  const headline = page.getByRole('heading', { level: 1 });
  const timer = page.getByRole('timer');
  const announcements = page.getByRole('status', { name: 'Announcements' });
  await expect(headline).toHaveText('Starts at 09:00');

  // From here the test moves the clock by hand (the database, which needs running timers, is read by now).
  await page.clock.pauseAt(at('08:59:00'));
  await expect(timer).toHaveText('01:00');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(card(page, first)).toContainText('Teacher table');

  await page.clock.pauseAt(at('09:01:00'));
  await expect(headline).toHaveText('Round 1 of 4');
  await expect(timer).toHaveText('14:00');
  await expect(card(page, first)).toContainText('Teacher table');
  await expect(card(page, first)).toContainText('Reteach ratio tables with counters');
  await expect(card(page, second)).not.toContainText('Teacher table');
  await expect(page.getByText(/^Next \(09:17\):/).locator('..')).toContainText(`${second} → Teacher table`);

  await page.clock.pauseAt(at('09:14:30'));
  await expect(timer).toHaveText('00:30');
  await expect(announcements).toHaveText('One minute left');
  await expect(page.locator('.live-board')).toHaveClass(/live-warning/);

  await page.clock.pauseAt(at('09:15:30'));
  await expect(headline).toHaveText('Move to your next station');
  await expect(timer).toHaveText('01:30');
  await expect(page.locator('.live-board')).not.toHaveClass(/live-warning/);
  await expect(card(page, second)).toContainText('Teacher table');

  await page.clock.pauseAt(at('09:17:10'));
  await expect(headline).toHaveText('Round 2 of 4');
  await expect(timer).toHaveText('14:50');
  await expect(card(page, second)).toContainText('Teacher table');
  await expect(card(page, first)).toContainText('Online practice');
  await screenshot(page, 'live-board');

  // Sound needs a click first (browsers block audio that starts on its own); Space on the focused
  // toggle still pauses the board rather than switching the sound off again.
  const sound = page.getByRole('button', { name: 'Sound on' });
  await expect(sound).toHaveAttribute('aria-pressed', 'false');
  await sound.click();
  await expect(sound).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(sound).toHaveAttribute('aria-pressed', 'true');
  await expect(announcements).toHaveText('Paused');
  await expect(page.locator('.live-board')).toHaveClass(/live-is-paused/);
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.pauseAt(at('09:17:40'));
  await expect(timer).toHaveText('14:50');

  await page.keyboard.press('n');
  await expect(headline).toHaveText('Round 3 of 4');
  await expect(timer).toHaveText('15:00');
  await expect(card(page, first)).toContainText('Collaborative task');

  // Resumed, the board runs on its own timeline, ahead of the wall clock.
  await page.keyboard.press('Space');
  await expect(announcements).toHaveText('Round 3 of 4');
  await page.clock.pauseAt(at('09:18:00'));
  await expect(timer).toHaveText('14:40');
  await expect(page.getByText(/The board runs .* ahead of the clock/)).toBeVisible();
  await page.getByRole('button', { name: 'Skip to next round' }).click();
  await expect(headline).toHaveText('Round 4 of 4');

  await page.clock.resume();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: PLAN, level: 1 })).toBeVisible();

  // The week: the plan, teacher time, and a copy to Thursday that can be undone.
  await page.getByRole('link', { name: 'Week', exact: true }).click();
  const teacher = page.getByRole('region', { name: 'Teacher time this week' });
  await expect(teacher.getByRole('table', { name: 'Teacher time by group' })).toContainText(`${first}`);
  await expect(teacher.getByRole('table', { name: 'Teacher time by group' }).getByRole('row').filter({ hasText: first })).toContainText('15 min');
  await expect(teacher).toContainText('60 in all, over 4 group meetings');
  await expect(teacher).toContainText('Every student meets the teacher this week.');
  await screenshot(page, 'week-view', { fullPage: true });

  await planCard.getByRole('button', { name: 'Copy to…' }).click();
  const copy = page.getByRole('dialog', { name: `Copy “${PLAN}”` });
  await copy.getByRole('checkbox', { name: 'Thursday 26 November' }).check();
  await copy.getByRole('button', { name: 'Copy', exact: true }).click();
  const thursday = page.getByRole('region', { name: /^Thursday/ });
  await expect(thursday.getByRole('listitem', { name: PLAN })).toBeVisible();
  await expect(teacher).toContainText('120 in all');
  await page.getByRole('status').filter({ hasText: `Copied “${PLAN}” to Thu 26 Nov.` }).getByRole('button', { name: 'Undo' }).click();
  await expect(thursday.getByRole('listitem', { name: PLAN })).toHaveCount(0);

  // The rotation chart, as it prints.
  await planCard.getByRole('link', { name: 'Print' }).click();
  await expect(page.getByRole('heading', { name: PLAN, level: 1 })).toBeVisible();
  const chart = page.getByRole('table').first();
  await expect(chart.getByRole('row')).toHaveCount(5);
  await expect(chart.getByRole('row').nth(1)).toContainText('09:00–09:15');
  await expect(chart.getByRole('row').nth(1)).toContainText(first);
  await expect(page.getByRole('article', { name: 'Teacher table' })).toContainText('Reteach ratio tables with counters');
  await screenshot(page, 'rotation-chart', { fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('toolbar', { name: 'Rotation chart' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const sizes = await page.locator('.rc-group').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(sizes).toBeGreaterThanOrEqual((20 * 96) / 72);
  await page.pdf({ path: 'test-results/rotation-chart.pdf', landscape: true, printBackground: false });
});
