import { expect, test } from '@playwright/test';
import { createClass, openApp, pickFile } from './helpers';

// Canvas's outcomes CSV as Canvas exports it: groups, an outcome in two groups, the ratings as the
// trailing unnamed columns, a deleted outcome and a row Canvas would refuse.
const OUTCOMES = [
  'vendor_guid,object_type,title,description,display_name,calculation_method,calculation_int,workflow_state,parent_guids,mastery_points,ratings,,,,,,,,,',
  'g-math,group,Grade 6 Math,<p>Grade 6 outcomes</p>,,,,active,,,',
  'g-rp,group,Ratios and Proportions,,,,,active,g-math,,',
  'o-rates,outcome,Unit rates,<p>Understand unit rates</p>,6.RP.A.2,n_mastery,2,active,g-math g-rp,3,4,Exceeds Mastery,3,Mastery,2,Near Mastery,1,Below Mastery,0,No Evidence',
  'o-eq,outcome,One-step equations,,6.EE.B.7,decaying_average,70,active,g-math,3,4,Exceeds Mastery,3,Mastery,2,Near Mastery,1,Below Mastery,0,No Evidence',
  'o-best,outcome,Plot points,,6.NS.C.8,highest,,active,g-math,3,4,Exceeds Mastery,3,Mastery,2,Near Mastery,1,Below Mastery,0,No Evidence',
  'o-old,outcome,Retired outcome,,6.XX.1,latest,,deleted,g-math,,',
  'o-bad,outcome,Broken outcome,,6.XX.2,median,,active,g-math,,',
].join('\n');

test('a Canvas outcomes CSV becomes a framework whose skills carry their methods, and a class that picks it uses them', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Skills library' }).click();
  await page.getByRole('link', { name: 'Import Canvas outcomes' }).click();
  await expect(page.getByRole('heading', { name: 'Import Canvas outcomes', level: 1 })).toBeVisible();
  await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), 'outcomes.csv', OUTCOMES);

  // Before anything is written: what goes in, what is left out and why, with file and line.
  const summary = page.getByRole('status').filter({ hasText: 'outcomes.csv' });
  await expect(summary).toContainText('3 outcomes in 2 groups will be imported');
  await expect(summary).toContainText('1 marked deleted in Canvas will be left out');
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('outcomes.csv, line 8');
  await expect(problems).toContainText('"median" is not one Canvas uses');
  await expect(problems).toContainText('marked deleted');
  const preview = page.getByRole('table', { name: 'Import preview' });
  await expect(preview.getByRole('row', { name: /6\.RP\.A\.2/ })).toContainText('Mastery 2 times');
  await expect(preview.getByRole('row', { name: /6\.EE\.B\.7/ })).toContainText('Weighted average (70%)');
  await expect(page.getByLabel('Framework name in Blendwise')).toHaveValue('Grade 6 Math');
  await page.screenshot({ path: '/tmp/h3-canvas-preview.png', fullPage: true });

  await page.getByRole('button', { name: 'Import 3 outcomes' }).click();
  const tree = page.getByRole('list', { name: 'Skills in Grade 6 Math' });
  await expect(tree.getByText('6.RP.A.2', { exact: true })).toBeVisible();
  await expect(tree.getByText('6.XX.1', { exact: true })).toHaveCount(0);
  await expect(tree.getByText('6.XX.2', { exact: true })).toHaveCount(0);

  // The teacher picks the framework for a class: Track all takes the outcomes, not the group headings.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();
  await createClass(page, 'Math 6 — Canvas');
  await page.getByRole('link', { name: 'Tracked skills' }).click();
  const library = page.getByRole('group', { name: 'Grade 6 Math' });
  await library.getByRole('button', { name: 'Track all 3' }).click();
  const tracked = page.getByRole('list', { name: 'Tracked skills in order' });
  await expect(tracked.getByRole('listitem')).toHaveCount(3);

  // The outcomes rate on 0–4 with mastery at 3; the class takes that scale when the teacher says so.
  const scaleOffer = page.getByRole('region', { name: 'Rating scale of the tracked outcomes' });
  await expect(scaleOffer).toContainText('4 Exceeds Mastery, 3 Mastery, 2 Near Mastery, 1 Below Mastery, 0 No Evidence');
  await page.screenshot({ path: '/tmp/h3-canvas-class-skills.png', fullPage: true });
  await scaleOffer.getByRole('button', { name: 'Use the outcomes’ scale for this class' }).click();
  await expect(scaleOffer).toBeHidden();

  // Mastery settings show each outcome's own method, as Canvas calculates it.
  await page.getByRole('link', { name: 'Mastery settings' }).click();
  await expect(page.getByLabel('Method for 6.RP.A.2')).toHaveValue('n_mastery');
  await expect(page.getByLabel('Times at mastery needed for 6.RP.A.2')).toHaveValue('2');
  await expect(page.getByLabel('Method for 6.EE.B.7')).toHaveValue('weighted_average');
  await expect(page.getByLabel('How much the latest score counts (%) for 6.EE.B.7')).toHaveValue('70');
  await expect(page.getByLabel('Method for 6.NS.C.8')).toHaveValue('highest');
  await expect(page.getByLabel('Label for level 5')).toHaveValue('No Evidence');
  await expect(page.getByLabel('Points for level 5')).toHaveValue('0');
  await page.screenshot({ path: '/tmp/h3-canvas-mastery.png', fullPage: true });

  // After a reload the methods are still the class's.
  await page.reload();
  await expect(page.getByLabel('Method for 6.RP.A.2')).toHaveValue('n_mastery');

  // The same file again: the teacher is told before a second copy is made.
  await page.getByRole('link', { name: 'Skills library' }).click();
  await page.getByRole('link', { name: 'Import Canvas outcomes' }).click();
  await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), 'outcomes.csv', OUTCOMES);
  await expect(page.getByText('Outcomes of this file were imported before, into "Grade 6 Math"')).toBeVisible();
});
