import { expect, test } from '@playwright/test';
import { newFourStationPlan, saveRatioGroups } from './flows';
import { openApp, screenshot } from './helpers';
import { pdfPageCount, pdfPagePng, pdfText, printToPdf } from './pdf';

const PLAN = 'Ratio tables rotation';
const ACTIVITY = 'Reteach ratio tables with counters';

test('the plan PDF holds the chart, the groups with their scores, the activities and the health, on paper', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newFourStationPlan(page);

  const settings = page.getByRole('region', { name: 'Plan settings' });
  await settings.getByLabel('Title').fill(PLAN);
  await settings.getByLabel('Date', { exact: true }).fill('2026-11-24');
  await settings.getByLabel('Start time').fill('09:00');
  // A tight screen-time limit, so the health section has warnings to print.
  await page.getByLabel('Screen time limit (minutes per day)').fill('10');
  const order = page.getByRole('list', { name: 'Group order' }).getByRole('listitem');
  const first = (await order.first().getAttribute('aria-label'))!;
  await page.getByRole('button', { name: 'Activities at station 1' }).press('Enter');
  await page.getByLabel(`${first} activity at Teacher table`).fill(ACTIVITY);
  await page.getByLabel(`${first} resources at Teacher table`).fill('Counters, https://example.org/ratio-tables');
  await page.getByLabel(`${first} evidence at Teacher table`).fill('Exit ticket 3');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('saved', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Plan PDF' }).click();
  await expect(page.getByRole('heading', { name: PLAN, level: 1 })).toBeVisible();
  const toolbar = page.getByRole('toolbar', { name: 'Plan PDF' });
  await expect(toolbar.getByRole('button', { name: 'Save as PDF' })).toBeEnabled();
  await expect(toolbar.getByRole('link', { name: 'Back to plan' })).toBeVisible();
  for (const name of ['Rotation chart', 'Groups and the data behind them', 'Station activities', 'Plan health'])
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  const chart = page.getByRole('region', { name: 'Chart' }).getByRole('table');
  await expect(chart.getByRole('row')).toHaveCount(5);
  await expect(chart.getByRole('row').nth(1)).toContainText('09:00–09:15');
  await expect(chart.getByRole('row').nth(1)).toContainText(first);
  const students = page.getByRole('table', { name: `Students in ${first}` });
  await expect(students.getByRole('columnheader', { name: '6.RP.A.1' })).toBeVisible();
  await expect(students.getByRole('rowheader', { name: 'Group mean' })).toBeVisible();
  const student = (await students.getByRole('rowheader').first().textContent())!.trim();
  const teacherTable = page.getByRole('article', { name: 'Teacher table' });
  await expect(teacherTable).toContainText(ACTIVITY);
  await expect(teacherTable).toContainText('Not planned yet');
  await expect(page.getByRole('list', { name: 'Checks' })).toContainText(`${first} gets 15 minutes of screen time on day 1, above the class limit of 10.`);
  await expect(page.getByRole('table', { name: 'Screen time per student' }).getByRole('row')).toHaveCount(29);
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await screenshot(page, 'plan-pdf', { fullPage: true });

  // On paper: the toolbar goes, the document stays.
  await page.emulateMedia({ media: 'print' });
  await expect(toolbar).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  const pdf = await printToPdf(page, 'test-results/plan.pdf');
  const text = pdfText(pdf);
  for (const expected of [PLAN, 'Teacher table', first, student, '09:00', ACTIVITY, 'Plan health', 'Group mean', 'Not planned yet', 'Warning:', '15 of 10 · over by 5'])
    expect(text, `the PDF says “${expected}”`).toContain(expected);
  const pages = pdfPageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(5);
  for (let p = 1; p <= pages; p++) pdfPagePng(pdf, p);
});
