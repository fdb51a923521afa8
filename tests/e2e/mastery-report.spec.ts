import { expect, test } from '@playwright/test';
import { createClass, openApp, screenshot } from './helpers';
import { pdfPageCount, pdfPagePng, pdfText, printToPdf } from './pdf';

const CLASS = 'Grade 6 Math — Period 2';

test('the class mastery report shows each skill, its level counts and every student, and prints landscape', async ({ page }) => {
  await openApp(page);
  await page.getByRole('main').getByRole('link', { name: CLASS }).click();
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  await page.getByRole('link', { name: 'Mastery report' }).click();
  await expect(page).toHaveURL(/#\/classes\/[^/]+\/mastery-report$/);
  await expect(page.getByRole('heading', { name: CLASS, level: 1 })).toBeVisible();

  const toolbar = page.getByRole('toolbar', { name: 'Mastery report' });
  await expect(toolbar.getByRole('button', { name: 'Save as PDF' })).toBeEnabled();
  await expect(toolbar.getByRole('link', { name: 'Back to tracker' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'How levels are decided' })).toContainText('Decaying average (65%)');
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Meets (3)');

  // The skills, in the class's order, each with counts that add up to the class.
  const skills = page.getByRole('table', { name: 'Skills', exact: true });
  await expect(skills.getByRole('row')).toHaveCount(13);
  const first = skills.getByRole('row').nth(1);
  await expect(first.getByRole('rowheader')).toHaveText('6.RP.A.1');
  await expect(skills.getByRole('row').nth(12).getByRole('rowheader')).toHaveText('7.RP.A.3');
  const counts = await first.getByRole('cell').evaluateAll((cells) => cells.slice(1, 6).map((c) => Number(c.textContent)));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(28);
  await expect(first.getByRole('img', { name: /^Students by level: / })).toBeVisible();
  await expect(first).toContainText(/\d+ of 28/);
  await expect(first.getByRole('cell').last()).toHaveText(/^\d(\.\d{1,2})? [EMAB]$/);

  // Every student's level on each skill, said in letters and numbers, not colour alone.
  const grid = page.getByRole('table', { name: 'Levels by student', exact: true });
  await expect(grid.getByRole('row')).toHaveCount(29);
  const zoe = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Lindqvist, Zoë/ }) });
  await expect(zoe.getByRole('cell', { name: /^6\.RP\.A\.1: \d(\.\d+)? (Exceeds|Meets|Approaching|Beginning)$/ })).toHaveText(/^[EMAB] \d(\.\d+)?$/);
  await expect(page.getByRole('heading', { name: /Needs attention/, level: 2 })).toBeVisible();
  await expect(page.getByRole('table', { name: /Needs attention/ }).getByRole('row').nth(1)).toContainText(/\d+ of 12/);
  await screenshot(page, 'mastery-report', { fullPage: true });

  // On paper: the toolbar and the sidebar go, the report stays.
  await page.emulateMedia({ media: 'print' });
  await expect(toolbar).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(grid).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  const pdf = await printToPdf(page, test.info().outputPath('mastery-report.pdf'), { landscape: true });
  const text = pdfText(pdf);
  for (const expected of [CLASS, '6.RP.A.1', '7.RP.A.3', 'Lindqvist, Zoë', 'Approaching', 'Needs attention', 'Students by level'])
    expect(text, `the PDF says “${expected}”`).toContain(expected);
  expect(text).toMatch(/class mastery report/i);
  const pages = pdfPageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(3);
  for (let p = 1; p <= pages; p++) pdfPagePng(pdf, p);
});

test('the mastery report says plainly when the class has nothing to report', async ({ page }) => {
  await openApp(page);
  await createClass(page, 'Empty class');
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  await page.getByRole('link', { name: 'Mastery report' }).click();
  await expect(page.getByRole('heading', { name: 'Empty class', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This class tracks no skills yet', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Choose the skills this class tracks' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toBeDisabled();
  await expect(page.getByRole('table')).toHaveCount(0);
});
