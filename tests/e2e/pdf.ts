import { test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Prints the page as the print stylesheet lays it out, to a PDF file; returns the path. */
export async function printToPdf(page: Page, path: string, options: { landscape?: boolean } = {}): Promise<string> {
  mkdirSync(dirname(path), { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, landscape: !!options.landscape, printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return path;
}

/** How many pages a PDF has (counted from its page objects, so no tool is needed). */
export function pdfPageCount(path: string): number {
  return (readFileSync(path, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

/**
 * The text of a PDF as pdftotext lays it out (poppler-utils; .ci/run installs it). Without the
 * tool the calling test is skipped with a message rather than passing without reading the PDF.
 */
export function pdfText(path: string): string {
  test.skip(!pdftotext, 'pdftotext (poppler-utils) is not installed, so the printed PDF cannot be read back');
  return execFileSync(pdftotext!, ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Renders page `first` of a PDF to a PNG next to it for a person to look at; returns the PNG path or null. */
export function pdfPagePng(path: string, first = 1): string | null {
  const pdftoppm = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => existsSync(p));
  if (!pdftoppm) return null;
  const out = path.replace(/\.pdf$/, `-p${first}`);
  execFileSync(pdftoppm, ['-png', '-r', '70', '-f', String(first), '-l', String(first), '-singlefile', path, out]);
  return `${out}.png`;
}
