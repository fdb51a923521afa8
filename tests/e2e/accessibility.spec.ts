import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { newFourStationPlan, saveRatioGroups } from './flows';
import { openApp, pickFile } from './helpers';

// axe-core on every screen of the app, each as a teacher sees it with data in it (previews loaded,
// dialogs open), and the tracker also while a score is typed, with a refused score's message shown
// and under "Mastery n times". 0 violations is the bar, and no rule is turned off to reach it.
//
// Rules: WCAG 2.0 and 2.1, levels A and AA (wcag2a, wcag2aa, wcag21a, wcag21aa: what schools are
// asked to meet), plus axe's best-practice rules. Those ask what a keyboard and screen-reader user
// relies on in a desktop app and hold on every screen here: one main landmark and all content in
// landmarks, headings that go down one level at a time, one level-1 heading per screen, landmarks
// and dialogs with distinct names, scrollable regions reachable by keyboard.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const CLASS = 'Grade 6 Math — Period 2';
const here = path.dirname(fileURLToPath(import.meta.url));
const ONEROSTER_DIR = path.resolve(
  here,
  '../../../shared/realdata/Ed-Fi-Exchange-OSS_LMS-Toolkit/OneRoster_1.1_Sample_Data',
);

// axe reads every node of a screen, and these tests visit many: minutes, not seconds.
test.describe.configure({ timeout: 600_000 });

/** One line per rule, then each element it found (up to 8) with what to fix. */
function report(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    …and ${v.nodes.length - 8} more` : '';
      return `${v.id} (${v.impact}, ${v.nodes.length} ${v.nodes.length === 1 ? 'element' : 'elements'}): ${v.help}\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Runs axe on the page as it is now. A violation fails the test softly, so one run lists every
 * screen's violations; the report names the rule, the elements and what to fix.
 */
async function checkScreen(page: Page, screen: string) {
  // Transitions and late paints settle first, so colours are read as shown.
  await page.waitForTimeout(300);
  // Only violations are wanted: axe then skips detailing every passing node, most of its time here.
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
  // A11Y_SUMMARY=1 prints one line per screen (the rules and how many elements each found).
  if (process.env.A11Y_SUMMARY)
    console.log(
      `A11Y ${JSON.stringify({ screen, rules: Object.fromEntries(violations.map((v) => [v.id, v.nodes.length])) })}`,
    );
  expect.soft(report(violations), `axe violations on the screen “${screen}”`).toBe('');
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const h1 = (page: Page, name?: string | RegExp) =>
  expect(page.getByRole('heading', { level: 1, ...(name ? { name } : {}) })).toBeVisible();
/** "#/classes/<id>" of the class on screen */
const classPath = (page: Page) => /#\/classes\/[^/]+/.exec(page.url())![0];

async function checkDialog(page: Page, name: string | RegExp, screen: string, open: () => Promise<void>) {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await checkScreen(page, screen);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('class screens: classes, roster, profile, tracker (typing, a refused score, its scores, a paste, n times), mastery and imports', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await checkScreen(page, 'Classes');
  await checkDialog(page, 'New class', 'Classes: New class dialog', () =>
    page.getByRole('button', { name: 'New class' }).click(),
  );

  await page.getByRole('main').getByRole('link', { name: CLASS }).click();
  await h1(page, CLASS);
  await checkScreen(page, 'Roster');
  await checkDialog(page, 'Add student', 'Roster: Add student dialog', () =>
    page.getByRole('button', { name: 'Add student' }).first().click(),
  );
  const base = classPath(page);

  await page.getByRole('table', { name: 'Roster' }).getByRole('link', { name: 'Lindqvist, Zoë' }).click();
  await h1(page, 'Zoë Lindqvist');
  await checkScreen(page, 'Student profile');
  await page.goto(`${page.url()}/goal-sheet`);
  await h1(page);
  await checkScreen(page, "Student's goal sheet");

  // 6.RP.A.1 gets its own method, so a score is checked against it.
  await nav(page).getByRole('link', { name: 'Mastery settings' }).click();
  const overrides = page.getByRole('region', { name: 'Skills with their own method' });
  await overrides.getByLabel('Method for 6.RP.A.1').selectOption({ label: 'Decaying average' });
  await expect(overrides.getByLabel('How much the latest score counts (%) for 6.RP.A.1')).toHaveValue('65');
  await checkScreen(page, 'Mastery settings');

  await nav(page).getByRole('link', { name: 'Tracker', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  const cell = grid.getByRole('gridcell', { name: /6\.RP\.A\.1/ }).first();
  await expect(cell).toBeVisible();
  await checkScreen(page, 'Tracker');

  // A score being typed: the box over the cell and what it says typing does.
  await cell.click();
  await page.keyboard.type('3');
  const box = page.getByRole('textbox', { name: /^New score for / });
  await expect(box).toBeFocused();
  await checkScreen(page, 'Tracker: a score being typed');
  await page.keyboard.press('Escape');

  // A score off the scale is refused, with its message under the cell.
  await cell.focus();
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'off the scale' })).toBeVisible();
  await checkScreen(page, 'Tracker: a refused score with its message');
  await page.keyboard.press('Escape');

  await cell.focus();
  await page.keyboard.press('Alt+ArrowDown');
  const scores = page.getByRole('dialog', { name: /^Scores for .+ on 6\.RP\.A\.1$/ });
  await expect(scores).toBeVisible();
  await checkScreen(page, "Tracker: a cell's scores dialog");
  await scores
    .getByRole('button', { name: /^Change the score of/ })
    .first()
    .click();
  await scores.getByRole('textbox', { name: /^Score of/ }).fill('9');
  await page.keyboard.press('Enter');
  await expect(scores.getByRole('alert')).toBeVisible();
  await checkScreen(page, "Tracker: a cell's scores dialog refusing a score");
  await page.keyboard.press('Escape');
  await scores.getByRole('button', { name: 'Done' }).click();
  await expect(scores).toBeHidden();

  // A block with more cells that are not scores than their box shows at once.
  const block = ['3\t2\t4', ...Array.from({ length: 6 }, () => 'absent\tabsent\tabsent')].join('\n');
  await page.evaluate((text) => navigator.clipboard.writeText(text), block);
  await cell.click();
  await page.keyboard.press('Control+v');
  const paste = page.getByRole('dialog', { name: 'Add the pasted scores?' });
  await expect(paste).toBeVisible();
  await checkScreen(page, 'Tracker: paste preview');
  await paste.getByRole('button', { name: 'Cancel' }).click();
  await expect(paste).toBeHidden();

  // Under "Mastery n times", cells with scores but no level yet say "not yet 2/5".
  await nav(page).getByRole('link', { name: 'Mastery settings' }).click();
  await overrides.getByLabel('Method for 6.RP.A.1').selectOption({ label: 'Mastery n times' });
  await nav(page).getByRole('link', { name: 'Tracker', exact: true }).click();
  await expect(grid.getByRole('gridcell', { name: /: not yet\b/ }).first()).toBeVisible();
  await checkScreen(page, 'Tracker under Mastery n times');

  await page.goto(`/${base}/mastery-report`);
  await h1(page);
  await checkScreen(page, 'Mastery report');

  await nav(page).getByRole('link', { name: 'Enter assessment' }).click();
  await h1(page, 'Enter assessment');
  await checkScreen(page, 'Enter assessment');
  // Scores typed down a column, one not a score, saved without a source: refused, in words.
  await page.getByRole('checkbox', { name: '7.RP.A.3' }).check();
  await page.getByLabel('Score for Zoë Lindqvist on 7.RP.A.3').fill('3');
  await page.getByLabel('Score for Chloé Martin on 7.RP.A.3').fill('abc');
  await page.getByRole('button', { name: 'Save 2 scores' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved yet' })).toBeVisible();
  await checkScreen(page, 'Enter assessment: scores refused');
  await page.getByLabel('Score for Zoë Lindqvist on 7.RP.A.3').fill('');
  await page.getByLabel('Score for Chloé Martin on 7.RP.A.3').fill('');

  await nav(page).getByRole('link', { name: 'Tracked skills' }).click();
  await h1(page, 'Tracked skills');
  await checkScreen(page, 'Tracked skills');

  await nav(page).getByRole('link', { name: 'Import results' }).click();
  await h1(page, 'Import results');
  await checkScreen(page, 'Import results');
  const results = [
    'Student ID,Student Name,Standard,Percent,Date',
    '004512,,6.RP.A.1,92%,2026-10-01',
    '004660,,6.RP.Z.9,70%,2026-10-01',
    ',Jane Doe,6.RP.A.1,88%,2026-10-01',
  ].join('\r\n');
  await pickFile(
    page,
    () => page.getByRole('button', { name: 'Choose CSV file…' }).click(),
    'quiz.csv',
    results,
  );
  await expect(page.getByRole('region', { name: 'Problems' })).toBeVisible();
  await checkScreen(page, 'Import results: preview with problems');

  await page.goto(`/${base}/import`);
  await h1(page, 'Import roster');
  await checkScreen(page, 'Import roster');
  // Forty rows without a name: more problems than their box shows at once.
  const roster = [
    'Student ID,Last Name,First Name,Email',
    '0100001,Able,Ana,ana@school.example',
    ...Array.from({ length: 40 }, (_, i) => `01002${String(i).padStart(2, '0')},,,nobody${i}@school.example`),
    '004512,Lindqvist,Zoë,',
  ].join('\r\n');
  await pickFile(
    page,
    () => page.getByRole('button', { name: 'Choose CSV file…' }).click(),
    'period2.csv',
    roster,
  );
  await expect(page.getByRole('region', { name: 'Problems' })).toBeVisible();
  await checkScreen(page, 'Import roster: preview with problems');

  // A class just made: empty roster, tracker, groups, goals and plans say what to do first.
  await nav(page).getByRole('link', { name: 'Classes', exact: true }).click();
  await page.getByRole('button', { name: 'New class' }).click();
  const form = page.getByRole('dialog', { name: 'New class' });
  await form.getByLabel('Class name').fill('Empty class');
  await form.getByRole('button', { name: 'Create class' }).click();
  await h1(page, 'Empty class');
  await checkScreen(page, 'Roster of a new class');
  for (const [link, screen] of [
    ['Tracker', 'Tracker of a new class'],
    ['Goals', 'Goals of a new class'],
    ['Groups', 'Groups of a new class'],
    ['Plans', 'Plans of a new class'],
    ['Week', 'Week of a new class'],
  ] as const) {
    await nav(page).getByRole('link', { name: link, exact: true }).click();
    await h1(page);
    await checkScreen(page, screen);
  }
});

test('library and app screens: skills, every import, reviews, settings and backup', async ({ page }) => {
  await openApp(page);
  await nav(page).getByRole('link', { name: 'Skills library' }).click();
  await h1(page, 'Skills library');
  await checkScreen(page, 'Skills library');
  await checkDialog(page, 'Add skill', 'Skills library: Add skill dialog', () =>
    page.getByRole('button', { name: 'Add skill' }).click(),
  );

  await page.getByRole('link', { name: 'Import skills CSV' }).click();
  await h1(page);
  await checkScreen(page, 'Import skills CSV');
  const skills =
    'Code,Statement,Parent Code\n7.EE.B.4a,Solve word problems leading to px+q=r.,7.EE.B.4\n7.EE.B.4,Use variables to represent quantities.,\n7.EE.B.3,,\n';
  await pickFile(
    page,
    () => page.getByRole('button', { name: 'Choose CSV file…' }).click(),
    'ee.csv',
    skills,
  );
  await expect(page.getByRole('region', { name: 'Problems' })).toBeVisible();
  await checkScreen(page, 'Import skills CSV: preview with problems');

  await page.goto('/#/skills-import/canvas');
  await h1(page, 'Import Canvas outcomes');
  await checkScreen(page, 'Import Canvas outcomes');
  const outcomes = [
    'vendor_guid,object_type,title,description,display_name,calculation_method,calculation_int,workflow_state,parent_guids,mastery_points,ratings,,,,,,,,,',
    'g-math,group,Grade 6 Math,<p>Grade 6 outcomes</p>,,,,active,,,',
    'o-rates,outcome,Unit rates,<p>Understand unit rates</p>,6.RP.A.2,n_mastery,2,active,g-math,3,4,Exceeds Mastery,3,Mastery,2,Near Mastery,1,Below Mastery,0,No Evidence',
    'o-bad,outcome,Broken outcome,,6.XX.2,median,,active,g-math,,',
  ].join('\n');
  await pickFile(
    page,
    () => page.getByRole('button', { name: 'Choose CSV file…' }).click(),
    'outcomes.csv',
    outcomes,
  );
  await expect(page.getByRole('table', { name: 'Import preview' })).toBeVisible();
  await checkScreen(page, 'Import Canvas outcomes: preview with problems');

  await page.goto('/#/skills-import/case');
  await h1(page, 'Import CASE standards');
  await checkScreen(page, 'Import CASE standards');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'math.json', mimeType: 'application/json', buffer: Buffer.from(casePackage()) });
  await expect(page.getByRole('list', { name: 'Skill tree' })).toBeVisible();
  await checkScreen(page, 'Import CASE standards: preview');

  await page.goto('/#/import/oneroster');
  await h1(page, 'Import from OneRoster');
  await checkScreen(page, 'Import from OneRoster');
  if (existsSync(ONEROSTER_DIR)) {
    const files = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await (
      await files
    ).setFiles(
      readdirSync(ONEROSTER_DIR)
        .filter((f) => f.endsWith('.csv'))
        .map((f) => path.join(ONEROSTER_DIR, f)),
    );
    await expect(page.getByRole('status').filter({ hasText: 'OneRoster 1.1' })).toBeVisible();
    await checkScreen(page, 'Import from OneRoster: preview');
  }

  await nav(page).getByRole('link', { name: 'Reviews', exact: true }).click();
  await h1(page, 'Reviews');
  await checkScreen(page, 'Reviews');

  await nav(page).getByRole('link', { name: 'Settings', exact: true }).click();
  await h1(page);
  await checkScreen(page, 'Settings and backup');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const backup = readFileSync((await (await download).path())!);
  const restore = page.getByRole('button', { name: 'Restore from a backup…' });
  await pickFile(page, () => restore.click(), 'grades.json', '{"name": "gradebook", "rows": []}');
  await expect(page.getByRole('alert').filter({ hasText: 'grades.json was not restored' })).toBeVisible();
  await checkScreen(page, 'Settings: a file refused as a backup');
  await pickFile(page, () => restore.click(), 'Blendwise backup.json', backup);
  await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeVisible();
  await checkScreen(page, 'Settings: Restore this backup? dialog');
});

test('groups, goals and plans: board, group list, goals, goal sheets, plan editor, live board, prints, PDF, week and a review', async ({
  page,
}) => {
  await openApp(page);
  await saveRatioGroups(page);
  await checkScreen(page, 'Groups board with 4 groups');
  const base = classPath(page);
  await page.goto(`/${base}/groups/print`);
  await h1(page);
  await checkScreen(page, 'Group list print');

  await page.goto(`/${base}/goals`);
  await h1(page, 'Goals');
  await checkScreen(page, 'Goals dashboard');
  await page.getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await expect(dialog).toBeVisible();
  await checkScreen(page, 'Goals: New goal dialog');
  const title = 'I can use a table of equivalent ratios to solve problems';
  await dialog.getByLabel('Student', { exact: true }).selectOption({ label: 'Pepe Ramírez' });
  await dialog.getByLabel("Goal, in the student's words").fill(title);
  const skill = await dialog.getByRole('option', { name: /^6\.RP\.A\.3 — / }).getAttribute('value');
  await dialog.getByLabel('Skill', { exact: true }).selectOption(skill ?? '');
  await dialog.getByLabel('Target', { exact: true }).selectOption('3');
  await dialog.getByRole('button', { name: 'Create goal' }).click();
  await expect(dialog).toBeHidden();
  await checkScreen(page, 'Goals dashboard with a goal');
  await page.getByRole('table', { name: 'Goals' }).getByRole('link', { name: title }).click();
  await h1(page, title);
  await checkScreen(page, 'A goal');
  await page.goto(`/${base}/goal-sheets`);
  await h1(page);
  await checkScreen(page, 'Goal sheets');

  await page.goto(`/${base}/plans`);
  await h1(page, 'Plans');
  await checkScreen(page, 'Plans (none yet)');
  await checkDialog(page, 'New plan', 'Plans: New plan dialog', () =>
    page.getByRole('button', { name: 'New plan' }).first().click(),
  );
  await newFourStationPlan(page);
  await page.getByLabel('Date', { exact: true }).fill('2026-11-24');
  await page.getByLabel('Start time').fill('09:00');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await checkScreen(page, 'Plan editor');
  await page.getByRole('button', { name: 'Activities at station 1' }).press('Enter');
  await checkScreen(page, 'Plan editor: activities at a station');
  const plan = /#\/classes\/[^/]+\/plans\/[^/]+/.exec(page.url())![0];

  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export plan' });
  await expect(exportDialog).toBeVisible();
  await checkScreen(page, 'Plan editor: Export plan dialog');
  const bundleDownload = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export plan bundle' }).click();
  const bundle = (await (await bundleDownload).path())!;
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  for (const [to, screen] of [
    ['/live', 'Live board'],
    ['/print', 'Rotation chart print'],
    ['/playlists', 'Playlist cards print'],
    ['/pdf', 'Plan PDF'],
  ] as const) {
    await page.goto(`/${plan}${to}`);
    await h1(page);
    await checkScreen(page, screen);
  }
  await page.goto(`/${base}/plans`);
  await h1(page, 'Plans');
  await checkScreen(page, 'Plans');
  await page.goto(`/${base}/week`);
  await h1(page);
  await checkScreen(page, 'Week');

  // A coach opens the plan for review: the review page, with the groups, the schedule and comments.
  await nav(page).getByRole('link', { name: 'Reviews', exact: true }).click();
  await page.getByLabel('Your name').fill('Coach Rivera');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open plan for review…' }).click();
  await (await chooser).setFiles(bundle);
  await expect(page.getByRole('table', { name: 'Schedule' })).toBeVisible();
  await checkScreen(page, 'A review');
  await nav(page).getByRole('link', { name: 'Reviews', exact: true }).click();
  await h1(page, 'Reviews');
  await checkScreen(page, 'Reviews with a review');
  await page.goto('/#/reviews/summary');
  await h1(page, 'Coach summary');
  await checkScreen(page, 'Coach summary print');
});

/** A small CASE package: two grades, their domains and standards. */
function casePackage(): string {
  const doc = {
    identifier: 'c0ffee00-0000-4000-8000-000000000000',
    title: 'Test Math Standards',
    creator: 'State Board of Testing',
    uri: 'https://example.org/doc',
  };
  const items = [
    ['a0000000-0000-4000-8000-000000000005', 'G5', 'Grade 5', '05'],
    ['a0000000-0000-4000-8000-000000000051', '5.NF', 'Number and Operations—Fractions', '05'],
    ['a0000000-0000-4000-8000-000000000006', 'G6', 'Grade 6', '06'],
    ['a0000000-0000-4000-8000-000000000061', '6.RP', 'Ratios and Proportional Relationships', '06'],
    ['a0000000-0000-4000-8000-000000000611', '6.RP.A.1', 'Understand the concept of a ratio.', '06'],
  ] as const;
  const parentOf: Record<string, string> = { '5.NF': 'G5', '6.RP': 'G6', '6.RP.A.1': '6.RP' };
  const idOf = Object.fromEntries(items.map(([id, code]) => [code, id]));
  const node = (code: string) => ({
    identifier: idOf[code],
    uri: `https://example.org/${code}`,
    title: code,
  });
  return JSON.stringify({
    CFDocument: doc,
    CFItems: items.map(([identifier, humanCodingScheme, fullStatement, level]) => ({
      identifier,
      uri: `https://example.org/${humanCodingScheme}`,
      humanCodingScheme,
      fullStatement,
      educationLevel: [level],
    })),
    CFAssociations: items.map(([, code], i) => ({
      identifier: `b0000000-0000-4000-8000-00000000000${i}`,
      associationType: 'isChildOf',
      originNodeURI: node(code),
      destinationNodeURI: parentOf[code]
        ? node(parentOf[code]!)
        : { identifier: doc.identifier, uri: doc.uri, title: doc.title },
      sequenceNumber: i + 1,
    })),
  });
}
