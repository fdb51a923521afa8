import { expect, test, type Page } from '@playwright/test';
import { makeReviewFile, serializeReviewFile } from '../../shared';
import { newFourStationPlan, saveRatioGroups } from './flows';
import { openApp, pickFile, screenshot } from './helpers';

/** Plans -> New plan -> the four-station play -> the saved grouping -> Save. */
async function saveFourStationPlan(page: Page) {
  await newFourStationPlan(page);
  await page.getByLabel('Start time').fill('09:00');
  await page.getByLabel('Minutes per station').fill('15');
  await page.getByLabel('Transition minutes').fill('2');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved “Four stations with collab' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
}

/**
 * Holds a read-write transaction on one stored table until the returned function is called, so
 * the app's next write to it waits, as it would behind a slow disk.
 */
async function holdStore(page: Page, store: string): Promise<() => Promise<void>> {
  await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('blendwise');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const held = window as unknown as { __releaseStore?: boolean };
    held.__releaseStore = false;
    const tx = db.transaction(name, 'readwrite');
    // A transaction stays open while it has requests: one more each time the last returns.
    const keepOpen = () => {
      if (held.__releaseStore) return;
      tx.objectStore(name).count().onsuccess = keepOpen;
    };
    keepOpen();
    tx.oncomplete = () => db.close();
  }, store);
  return () =>
    page.evaluate(() => void ((window as unknown as { __releaseStore?: boolean }).__releaseStore = true));
}

test('a coach reviews an exported plan and the teacher loads the review back', async ({ page, browser }) => {
  // The teacher: a grouping, a plan from a play, and the plan bundle.
  await openApp(page);
  await saveRatioGroups(page);
  await saveFourStationPlan(page);
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export plan' });
  await expect(
    dialog.getByRole('checkbox', { name: 'Replace student names with pseudonyms (Student 01…)' }),
  ).not.toBeChecked();
  const bundleDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export plan bundle' }).click();
  const bundle = await bundleDownload;
  expect(bundle.suggestedFilename()).toMatch(/^Four stations with collab.* \d{4}-\d{2}-\d{2}\.blendwise$/);
  // Kept under the name Blendwise suggested, as a teacher saves it.
  const bundlePath = test.info().outputPath(bundle.suggestedFilename());
  await bundle.saveAs(bundlePath);

  const csvDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Groups CSV' }).click();
  expect((await csvDownload).suggestedFilename()).toMatch(/ groups\.csv$/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The coach, on another machine: a fresh profile in review mode.
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await openApp(coach);
  await coach
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Reviews', exact: true })
    .click();
  await expect(coach.getByRole('heading', { name: 'Reviews', level: 1 })).toBeVisible();
  await coach.getByLabel('Your name').fill('Coach Rivera');
  const chooser = coach.waitForEvent('filechooser');
  await coach.getByRole('button', { name: 'Open plan for review…' }).click();
  await (await chooser).setFiles(bundlePath);

  await expect(coach.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(coach.getByRole('main').getByText('Reviews · Grade 6 Math — Period 2')).toBeVisible();
  const schedule = coach.getByRole('table', { name: 'Schedule' });
  await expect(schedule.getByRole('row').filter({ hasText: 'Round 2' })).toContainText('09:17–09:32');
  await expect(coach.getByRole('region', { name: /^Group \d+$/ })).toHaveCount(4);
  const firstGroup = coach.getByRole('region', { name: /^Group \d+$/ }).first();
  await expect(firstGroup.getByRole('columnheader', { name: '6.RP.A.1' })).toBeVisible();

  // A comment on a group.
  const about = coach.getByLabel('About', { exact: true });
  const groupLabel = (await about
    .getByRole('option', { name: /^Group: / })
    .first()
    .textContent())!;
  await about.selectOption({ label: groupLabel });
  await coach.getByLabel('Comment', { exact: true }).fill('Give this group a second teacher check-in.');
  await coach.getByRole('button', { name: 'Add comment' }).click();
  await expect(coach.getByRole('list', { name: 'Comments' })).toContainText(
    'Give this group a second teacher check-in.',
  );
  await expect(coach.getByRole('list', { name: 'Comments' })).toContainText(groupLabel);

  // Two look-fors rated, one with a note.
  const first = coach.getByRole('group', { name: 'Teacher-led station uses current data' });
  await first.getByRole('radio', { name: '3', exact: true }).click();
  await expect(first.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await first.getByLabel('Note').fill('Groups come from this week’s exit ticket.');
  const second = coach.getByRole('group', { name: 'Transitions take under 2 minutes' });
  await second.getByRole('radio', { name: '2', exact: true }).click();
  await expect(second.getByRole('radio', { name: '2', exact: true })).toBeChecked();

  const reviewDownload = coach.waitForEvent('download');
  await coach.getByRole('button', { name: 'Export review…' }).click();
  const review = await reviewDownload;
  // Named after the plan file, so it sorts beside it in a shared folder.
  expect(review.suggestedFilename()).toBe(`${bundle.suggestedFilename()}-review`);
  // The coach's downloads go when their context closes: keep the file, as a coach sends it on.
  const reviewPath = test.info().outputPath(review.suggestedFilename());
  await review.saveAs(reviewPath);

  // The coach's list shows the plan with its counts.
  await coach.getByRole('link', { name: 'Reviews', exact: true }).first().click();
  const list = coach.getByRole('table', { name: 'Plans under review' });
  const row = list.getByRole('row').filter({ hasText: 'Grade 6 Math — Period 2' });
  await expect(row).toContainText('Sent');
  await expect(row).toContainText('Give this group a second teacher check-in.');
  await coachContext.close();

  // Back to the teacher: the review lands in the plan's Feedback section.
  const feedbackChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import review…' }).click();
  await (await feedbackChooser).setFiles(reviewPath);
  const received = page.getByRole('article', { name: 'Review by Coach Rivera' });
  await expect(received).toBeVisible();
  const ratings = received.getByRole('table', { name: 'Look-fors rated by Coach Rivera' });
  await expect(
    ratings.getByRole('row').filter({ hasText: 'Teacher-led station uses current data' }),
  ).toContainText('3 of 4');
  await expect(
    ratings.getByRole('row').filter({ hasText: 'Teacher-led station uses current data' }),
  ).toContainText('exit ticket');
  await expect(
    ratings.getByRole('row').filter({ hasText: 'Transitions take under 2 minutes' }),
  ).toContainText('2 of 4');
  const comments = received.getByRole('list', { name: 'Comments from Coach Rivera' });
  await expect(comments).toContainText('Give this group a second teacher check-in.');
  await expect(comments).toContainText(groupLabel);

  const resolve = comments.getByRole('button', { name: 'Mark resolved' });
  await expect(resolve).toHaveAttribute('aria-pressed', 'false');
  await resolve.click();
  await expect(resolve).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(
    page
      .getByRole('article', { name: 'Review by Coach Rivera' })
      .getByRole('button', { name: 'Mark resolved' }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('a damaged plan file is refused in plain words and nothing is added', async ({ page }) => {
  await openApp(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Reviews', exact: true })
    .click();
  await pickFile(
    page,
    () => page.getByRole('button', { name: 'Open plan for review…' }).click(),
    'Monday.blendwise',
    '{"format": "blendwise-plan", "formatVersion": 1, "content": {"plan": ',
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Monday.blendwise');
  await expect(alert).toContainText('This plan file is damaged: its text is not complete JSON');
  await expect(page.getByRole('table', { name: 'Plans under review' })).toHaveCount(0);
  await expect(page.getByText('No plans to review yet.')).toBeVisible();
});

test('File → Open Plan for Review lands on Reviews with the file picker open', async ({ page }) => {
  await openApp(page);
  // The desktop menu command navigates here; the browser build has no menu, so go there directly.
  await pickFile(
    page,
    async () => void (await page.goto('/#/reviews?open=1')),
    'Tuesday.blendwise',
    '{"format": "something-else"}',
  );
  await expect(page.getByRole('heading', { name: 'Reviews', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Tuesday.blendwise');
  await expect(page).toHaveURL(/#\/reviews$/);
});

test('a review written for another plan is refused and nothing is stored', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await saveFourStationPlan(page);
  const other = makeReviewFile(
    {
      planId: 'another-plan',
      planChecksum: 'sha256:0',
      reviewer: 'Coach Rivera',
      lookFors: [{ text: 'Transitions take under 2 minutes', rating: 4, note: '' }],
      comments: [
        {
          id: 'c1',
          anchor: { kind: 'plan', ref: '' },
          text: 'Nice plan.',
          createdAt: '2026-03-02T10:00:00.000Z',
        },
      ],
    },
    { appVersion: '1.0.0', exportedAt: '2026-03-02T10:00:00.000Z' },
  );
  await pickFile(
    page,
    () => page.getByRole('button', { name: 'Import review…' }).click(),
    'Other review.blendwise-review',
    serializeReviewFile(other),
  );
  await expect(page.getByRole('alert')).toContainText('This review is about another plan, not this one');
  await expect(page.getByRole('article', { name: /^Review by/ })).toHaveCount(0);
  await expect(page.getByText('No reviews yet.')).toBeVisible();
});

test('a review of an earlier version of the plan still lands, and says so', async ({ page, browser }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await saveFourStationPlan(page);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export plan' });
  const bundleDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export plan bundle' }).click();
  const bundlePath = (await (await bundleDownload).path())!;
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The coach comments on a station the teacher will remove and on a group, and rates a look-for.
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await openApp(coach);
  await coach
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Reviews', exact: true })
    .click();
  await coach.getByLabel('Your name').fill('Coach Rivera');
  const chooser = coach.waitForEvent('filechooser');
  await coach.getByRole('button', { name: 'Open plan for review…' }).click();
  await (await chooser).setFiles(bundlePath);
  await expect(coach.getByRole('heading', { name: /^Four stations with collab/, level: 1 })).toBeVisible();

  const about = coach.getByLabel('About', { exact: true });
  const comment = coach.getByLabel('Comment', { exact: true });
  await about.selectOption({ label: 'Station: Independent practice' });
  await comment.fill('Pair this with a short exit ticket.');
  // The first comment's save is held back while the coach types the next one: the save coming
  // back must not wipe what was typed meanwhile.
  const release = await holdStore(coach, 'comments');
  await coach.getByRole('button', { name: 'Add comment' }).click();
  await expect(comment).toHaveValue('');
  const groupLabel = (await about
    .getByRole('option', { name: /^Group: / })
    .first()
    .textContent())!;
  await about.selectOption({ label: groupLabel });
  await comment.fill('Meet this group first on Friday too.');
  await release();
  await expect(coach.getByRole('list', { name: 'Comments' }).getByRole('listitem')).toHaveCount(1);
  await expect(comment).toHaveValue('Meet this group first on Friday too.');
  await coach.getByRole('button', { name: 'Add comment' }).click();
  await expect(coach.getByRole('list', { name: 'Comments' }).getByRole('listitem')).toHaveCount(2);
  const lookFor = coach.getByRole('group', { name: 'The collaborative station produces discussion' });
  await lookFor.getByRole('radio', { name: '4', exact: true }).click();
  await lookFor.getByLabel('Note').fill('Every student spoke in the first five minutes.');
  await expect(lookFor.getByRole('radio', { name: '4', exact: true })).toBeChecked();
  if (process.env.SCREENSHOTS) {
    // The picture for the docs: no toast over the look-fors, no focus ring, from the top.
    await coach.getByRole('button', { name: 'Dismiss message' }).click();
    await lookFor.getByLabel('Note').blur();
    await coach.evaluate(() => window.scrollTo(0, 0));
  }
  await screenshot(coach, 'review-mode', { fullPage: true });

  const reviewDownload = coach.waitForEvent('download');
  await coach.getByRole('button', { name: 'Export review…' }).click();
  const review = await reviewDownload;
  const reviewPath = test.info().outputPath(review.suggestedFilename());
  await review.saveAs(reviewPath);
  await coachContext.close();

  // Meanwhile the teacher drops the independent station and saves.
  await page.getByRole('button', { name: 'Remove station 4' }).click();
  await expect(page.getByText('unsaved changes', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('saved', { exact: true })).toBeVisible();

  const feedbackChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import review…' }).click();
  await (await feedbackChooser).setFiles(reviewPath);
  const received = page.getByRole('article', { name: 'Review by Coach Rivera' });
  await expect(received).toContainText(
    /Coach Rivera reviewed an earlier version of this plan, exported on \w{3} \d{1,2} \w{3} \d{4}\./,
  );
  const comments = received.getByRole('list', { name: 'Comments from Coach Rivera' });
  await expect(comments.getByRole('listitem')).toHaveCount(2);
  const gone = comments.getByRole('listitem').filter({ hasText: 'Pair this with a short exit ticket.' });
  await expect(gone).toContainText('Station: Independent practice — no longer in the plan');
  await expect(
    comments.getByRole('listitem').filter({ hasText: 'Meet this group first on Friday too.' }),
  ).toContainText(groupLabel);
  const ratings = received.getByRole('table', { name: 'Look-fors rated by Coach Rivera' });
  await expect(
    ratings.getByRole('row').filter({ hasText: 'The collaborative station produces discussion' }),
  ).toContainText('4 of 4');
});
