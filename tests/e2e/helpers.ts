import { expect, type Page } from '@playwright/test';

/** Opens the app fresh (each Playwright test has its own profile, so the sample class loads first). */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Classes', level: 1 })).toBeVisible();
}

/** Opens the app fresh and goes into the sample class, by its link in the classes list. */
export async function openSampleClass(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  await expect(page.getByRole('heading', { name: 'Grade 6 Math — Period 2', level: 1 })).toBeVisible();
}

export async function createClass(page: Page, name: string, extra: { subject?: string; grade?: string; term?: string } = {}) {
  await page.getByRole('button', { name: 'New class' }).click();
  const dialog = page.getByRole('dialog', { name: 'New class' });
  await dialog.getByLabel('Class name').fill(name);
  if (extra.subject) await dialog.getByLabel('Subject').fill(extra.subject);
  if (extra.grade) await dialog.getByLabel('Grade').fill(extra.grade);
  if (extra.term) await dialog.getByLabel('Term').fill(extra.term);
  await dialog.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/** Answers the file picker the app opens with in-memory files, as a teacher picking from disk. */
export async function pickFile(page: Page, trigger: () => Promise<void>, name: string, content: string | Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: !!options.fullPage });
}
