import { statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openSampleClass, screenshot } from './helpers';
import { pdfPageCount, pdfPagePng, printToPdf } from './pdf';

test('a goal set on the profile prints as a one-page goal sheet for the student', async ({ page }) => {
  await openSampleClass(page);
  await page.getByRole('table', { name: 'Roster' }).getByRole('link', { name: 'Lindqvist, Zoë' }).click();
  await expect(page.getByRole('heading', { name: 'Zoë Lindqvist', level: 1 })).toBeVisible();

  // The profile's Goals section: empty at first, said in words.
  const goals = page.getByRole('region', { name: /^Goals/ });
  await expect(goals.getByRole('heading', { name: 'No goals yet' })).toBeVisible();

  // A new goal from the profile: the student is already chosen.
  await goals.getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await expect(dialog.getByLabel('Student', { exact: true })).toHaveCount(0);
  const title = 'I can find a unit rate and use it to compare prices';
  await dialog.getByLabel("Goal, in the student's words").fill(title);
  const option = await dialog.getByRole('option', { name: /^6\.RP\.A\.2 / }).getAttribute('value');
  await dialog.getByLabel('Skill').selectOption(option ?? '');
  await dialog.getByLabel('Target').selectOption('4');
  await dialog
    .getByLabel('Action steps (one per line, optional)')
    .fill('Do 10 minutes of practice each day\nAsk for help on word problems');
  await dialog.getByRole('button', { name: 'Create goal' }).click();
  await expect(dialog).toBeHidden();
  const created = page.getByRole('status').filter({ hasText: 'Created the goal' });
  await expect(created).toBeVisible();
  await created.getByRole('button', { name: 'Dismiss message' }).click();

  const open = goals.getByRole('table', { name: 'Open goals' });
  const row = open.getByRole('row').filter({ hasText: title });
  await expect(row.getByRole('link', { name: title })).toBeVisible();
  await expect(row).toContainText('6.RP.A.2 → 4');
  await expect(row).toContainText(/On track|At risk|Off track|No data yet|Met|Overdue/);

  // The goal sheet: the student's name, the class and the goal in their words.
  await goals.getByRole('link', { name: 'Goal sheet' }).click();
  await expect(page).toHaveURL(/#\/classes\/[^/]+\/students\/[^/]+\/goal-sheet$/);
  await expect(page.getByRole('heading', { name: 'Zoë Lindqvist', level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByText('Grade 6 Math — Period 2')).toBeVisible();
  const goal = page.getByRole('article', { name: title });
  await expect(goal.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(goal.getByRole('region', { name: 'Skill 6.RP.A.2' })).toContainText('Target: 4');
  await expect(goal.getByRole('img', { name: /^Progress on 6\.RP\.A\.2/ })).toBeVisible();
  await expect(goal.getByRole('listitem').filter({ hasText: 'Ask for help on word problems' })).toBeVisible();
  await expect(goal.getByText('My next step:')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await screenshot(page, 'goal-sheet', { fullPage: true });

  // As printed: no sidebar, no toolbar, the goal still there.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(goal.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zoë Lindqvist', level: 1 })).toBeVisible();

  await page.pdf({ path: 'test-results/goal-sheet.pdf' });
  expect(statSync('test-results/goal-sheet.pdf').size).toBeGreaterThan(20_000);
  await page.emulateMedia({ media: 'screen' });

  // Back to the profile from the toolbar.
  await page.getByRole('link', { name: 'Back to profile' }).click();
  await expect(page.getByRole('heading', { name: 'Zoë Lindqvist', level: 1 })).toBeVisible();
});

test('goal sheets for a whole group goal print in one go, one page per student', async ({ page }) => {
  await openSampleClass(page);
  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  await page.getByRole('button', { name: 'Goals for a group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Goals for a group' });
  await dialog.getByLabel('Skill').selectOption({ label: '6.RP.A.3' });
  const boxes = dialog.getByRole('group', { name: /below Meets on 6\.RP\.A\.3/ }).getByRole('checkbox');
  const count = await boxes.count();
  expect(count).toBeGreaterThan(3);
  const students = (await dialog.locator('label.checkbox').allTextContents()).map((t) => t.replace(/\s*\(.*\)\s*$/, '').trim());
  await dialog.getByRole('button', { name: `Create ${count} goals` }).click();
  await expect(dialog).toBeHidden();

  // One link from the dashboard, then the group goal chosen from the list by keyboard.
  await page.getByRole('link', { name: 'Print goal sheets' }).click();
  await expect(page.getByRole('heading', { name: 'Goal sheets', level: 1 })).toBeVisible();
  const who = page.getByLabel('Whose sheets');
  const option = `The goal “I can reach Meets on 6.RP.A.3” (${count} students)`;
  await expect(who.getByRole('option', { name: option })).toBeAttached();
  await who.focus();
  await who.selectOption({ label: option });
  const sheets = page.getByRole('article', { name: /^Goal sheet for / });
  await expect(sheets).toHaveCount(count);
  await expect(page.getByRole('button', { name: `Print ${count} sheets` })).toBeEnabled();
  const names = await sheets.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!.replace('Goal sheet for ', '')));
  expect([...names].sort()).toEqual([...students].sort());
  for (const sheet of await sheets.all()) {
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveCount(1);
    await expect(sheet.getByRole('heading', { name: 'I can reach Meets on 6.RP.A.3', level: 3 })).toBeVisible();
  }
  await screenshot(page, 'goal-sheets', { fullPage: true });

  // As printed: no toolbar, and every sheet after the first starts a new page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: `Print ${count} sheets` })).toBeHidden();
  const breaks = await sheets.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  expect(breaks).toEqual(['auto', ...Array.from({ length: count - 1 }, () => 'page')]);
  await page.emulateMedia({ media: 'screen' });
  const pdf = await printToPdf(page, 'test-results/goal-sheets.pdf');
  expect(pdfPageCount(pdf)).toBe(count);
  pdfPagePng(pdf, 2);

  // The whole class: everyone with an open goal, here the same students.
  await who.selectOption({ label: `Everyone with an open goal (${count} students)` });
  await expect(sheets).toHaveCount(count);
});
