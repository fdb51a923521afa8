// Issue 12: one student and skill show the same number on the tracker, the student profile, the
// goals dashboard and the goal's page, also when the skill has its own calculation method.
import { expect, test, type Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { openSampleClass } from './helpers';

const ymd = (d: Date) => format(d, 'yyyy-MM-dd');
const TITLE = 'I can show what I know about ratios on my best day';

/** The rendered 6.RP.A.1 (or `code`) cells of the tracker: student name -> the number it shows. */
async function trackerColumn(page: Page, code: string): Promise<Map<string, string>> {
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  await expect(grid.getByRole('gridcell').first()).toBeVisible();
  const escaped = code.replace(/\./g, '\\.');
  const cells = grid.getByRole('gridcell', { name: new RegExp(`, ${escaped}: `) });
  await expect(cells.first()).toBeVisible();
  const out = new Map<string, string>();
  for (const label of await cells.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
    const m = new RegExp(`^(.+), ${escaped}: ([\\d.]+) `).exec(label);
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}

async function setSkillMethod(page: Page, code: string, label: string) {
  await page.getByRole('link', { name: 'Mastery settings' }).click();
  const overrides = page.getByRole('region', { name: 'Skills with their own method' });
  const picker = overrides.getByLabel(`Method for ${code}`);
  await picker.selectOption({ label });
  await expect(picker.locator('option:checked')).toHaveText(label);
}

test('a skill with its own method shows one number on the tracker, profile, goals dashboard and goal page', async ({ page }) => {
  await openSampleClass(page);
  // The class's own method first (decaying average 65), then 6.RP.A.1 by its highest score and
  // 6.RP.A.2 by its most recent one.
  const byClass = await trackerColumn(page, '6.RP.A.1');
  await setSkillMethod(page, '6.RP.A.1', 'Highest score');
  await setSkillMethod(page, '6.RP.A.2', 'Most recent score');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Skills with their own method' }).getByLabel('Method for 6.RP.A.1').locator('option:checked')).toHaveText('Highest score');
  const byHighest = await trackerColumn(page, '6.RP.A.1');
  const byLatest = await trackerColumn(page, '6.RP.A.2');

  // A student whose highest score reaches a level the class's method does not: the goal to reach
  // that level is met by the skill's own method, and was only "on track" by the class's.
  const pick = [...byHighest].find(([name, h]) => {
    const d = byClass.get(name);
    return d !== undefined && Math.floor(Number(h)) > Number(d) && byLatest.has(name);
  });
  expect(pick, 'a student whose highest 6.RP.A.1 score is above the class rollup').toBeDefined();
  const [name, level] = pick!;
  const target = String(Math.floor(Number(level)));
  const latest = byLatest.get(name)!;

  // The student profile: the same numbers, with the skill's own method named.
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  const escapedName = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const cell = page.getByRole('gridcell', { name: new RegExp(`^${escapedName}, 6\\.RP\\.A\\.1: `) });
  await grid.getByRole('row').filter({ has: cell }).getByRole('rowheader').getByRole('link').click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const skills = page.getByRole('table', { name: 'Skills' });
  const a1 = skills.getByRole('row', { name: /^6\.RP\.A\.1 / });
  await expect(a1.locator('.score-number')).toHaveText(level);
  await expect(a1).toContainText('Highest score');
  await expect(skills.getByRole('row', { name: /^6\.RP\.A\.2 / }).locator('.score-number')).toHaveText(latest);

  // A goal on 6.RP.A.1 to reach that level, started two weeks ago.
  await page.getByRole('navigation').getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await dialog.getByLabel('Student', { exact: true }).selectOption({ label: name });
  await dialog.getByLabel("Goal, in the student's words").fill(TITLE);
  const skill = await dialog.getByRole('option', { name: /^6\.RP\.A\.1 — / }).getAttribute('value');
  await dialog.getByLabel('Skill', { exact: true }).selectOption(skill ?? '');
  await dialog.getByLabel('Target', { exact: true }).selectOption(target);
  await dialog.getByLabel('Start date').fill(ymd(addDays(new Date(), -14)));
  await dialog.getByLabel('Due date').fill(ymd(addDays(new Date(), 21)));
  await dialog.getByRole('button', { name: 'Create goal' }).click();
  await expect(dialog).toBeHidden();

  // The dashboard: Met, at the tracker's number (not "On track" at the class method's number).
  const row = page.getByRole('table', { name: 'Goals' }).getByRole('row').filter({ hasText: TITLE });
  await expect(row).toContainText('Met');
  await expect(row).toContainText(`Met: 6.RP.A.1 is at ${level} (target ${target})`);
  await expect(row).not.toContainText('On track');

  // The goal's page: the same status and number, and the picture ends at it.
  await row.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status).toContainText('Met');
  await expect(status).toContainText(`6.RP.A.1 is at ${level}`);
  await expect(page.getByRole('img', { name: new RegExp(`^Progress on 6\\.RP\\.A\\.1: expected [\\d.]+ by today, now ${level.replace('.', '\\.')}, target ${target}`) })).toBeVisible();
});
