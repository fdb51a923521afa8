import { expect, test } from '@playwright/test';
import { createClass, openApp, pickFile, screenshot } from './helpers';

/** 500 students, three of them malformed the ways real exports are: no name, a reused id, bad bytes. */
function rosterWithThreeBadRows(): { csv: Buffer; badLines: number[] } {
  const parts: Buffer[] = [Buffer.from('Student ID,Last Name,First Name,Email,Period\r\n', 'utf8')];
  for (let i = 1; i <= 500; i++) {
    const line = i + 1;
    const id = String(100000 + i).padStart(7, '0');
    if (line === 40) parts.push(Buffer.from(`${id},,,nobody@example.org,3\r\n`, 'utf8'));
    else if (line === 250) parts.push(Buffer.from(`${String(100000 + 7).padStart(7, '0')},Okafor,Chidi,,3\r\n`, 'utf8'));
    else if (line === 411) {
      // "Muñoz" saved as Windows-1252: the ñ is one byte, 0xF1, which is not valid UTF-8.
      parts.push(Buffer.concat([Buffer.from(`${id},Mu`, 'utf8'), Buffer.from([0xf1]), Buffer.from('oz,Sofía,,3\r\n', 'utf8')]));
    } else parts.push(Buffer.from(`${id},Family${i},Given${i},s${i}@school.example,3\r\n`, 'utf8'));
  }
  return { csv: Buffer.concat(parts), badLines: [40, 250, 411] };
}

test('a 500-row roster with 3 bad rows imports 497 and lists the 3 with their lines', async ({ page }) => {
  await openApp(page);
  await createClass(page, 'Grade 8 — Period 3');
  await page.getByRole('link', { name: 'Import roster CSV' }).first().click();
  await expect(page.getByRole('heading', { name: 'Import roster' })).toBeVisible();

  const { csv, badLines } = rosterWithThreeBadRows();
  await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), 'period3.csv', csv);

  await expect(page.getByRole('status').filter({ hasText: 'period3.csv' })).toContainText('500 rows. 497 will be imported; 3 have problems');
  const problems = page.getByRole('region', { name: 'Problems' });
  for (const line of badLines) await expect(problems.getByText(`period3.csv, line ${line}`)).toBeVisible();
  await expect(problems).toContainText('No name');
  await expect(problems).toContainText('Student ID 0100007 is already used on line 8');
  await expect(problems).toContainText('could not be read');

  // The column mapping was detected, and can be corrected.
  await expect(page.getByLabel('First name')).toHaveValue('2');
  await expect(page.getByLabel('Student ID')).toHaveValue('0');
  await screenshot(page, 'import-preview');

  // The rows stay with the file's reader: 50 are drawn, the first 100 came with the preview, more on request.
  const preview = page.getByRole('table', { name: 'Import preview' });
  await expect(preview.getByRole('row')).toHaveCount(51);
  await page.getByRole('button', { name: 'Show 50 more rows (450 not shown)' }).click();
  await expect(preview.getByRole('row')).toHaveCount(101);
  await page.getByRole('button', { name: 'Show 50 more rows (400 not shown)' }).click();
  await expect(preview.getByRole('row')).toHaveCount(151);
  await expect(preview.getByRole('row').last().getByRole('cell').first()).toHaveText('151');
  await page.getByLabel('Only rows with problems').check();
  await expect(preview.getByRole('row')).toHaveCount(4);
  for (const [i, line] of [...badLines].sort((a, b) => a - b).entries()) {
    await expect(preview.getByRole('row').nth(i + 1).getByRole('cell').first()).toHaveText(String(line));
  }
  await page.getByLabel('Only rows with problems').uncheck();
  await expect(preview.getByRole('row')).toHaveCount(51);

  await page.getByRole('button', { name: 'Import 497 students' }).click();
  await expect(page.getByRole('heading', { name: 'Grade 8 — Period 3', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Roster/ })).toContainText('(497)');

  await page.reload();
  await expect(page.getByRole('heading', { name: /Roster/ })).toContainText('(497)');
  await expect(page.getByRole('cell', { name: '0100001', exact: true })).toBeVisible();
});

test('importing the same roster twice matches students instead of duplicating them', async ({ page }) => {
  await openApp(page);
  await createClass(page, 'Art 1');
  const csv = 'Name,Student Number,Section\n"García, Lucía",00042,A\n"O\'Neil, Seán",00043,A\n';
  for (let round = 0; round < 2; round++) {
    await page.getByRole('link', { name: 'Import roster CSV' }).first().click();
    await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), 'art.csv', csv);
    await expect(page.getByRole('table', { name: 'Import preview' }).getByRole('cell', { name: 'Lucía', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Import 2 students' }).click();
    await expect(page.getByRole('heading', { name: /Roster/ })).toContainText('(2)');
  }
  await expect(page.getByText('2 already on file')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: "O'Neil, Seán" })).toBeVisible();
});
