import { expect, test, type Locator, type Page } from '@playwright/test';
import { createClass, openApp, screenshot } from './helpers';

async function openSampleGroups(page: Page) {
  await page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
}

const card = (page: Page, n: number) => page.getByRole('region', { name: `Group ${n}`, exact: true });
const chips = (where: Locator) => where.getByRole('listitem');

/** Every card's students, by the names their chips carry: Group 1 -> [names]. */
async function boardLayout(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (let n = 1; n <= 4; n++) {
    const names = await chips(card(page, n)).evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));
    out[`Group ${n}`] = names.sort();
  }
  return out;
}

async function groupOf(page: Page, name: string): Promise<number> {
  for (let n = 1; n <= 4; n++) if ((await card(page, n).getByRole('listitem', { name, exact: true }).count()) > 0) return n;
  throw new Error(`${name} is on no card`);
}

test('groups by mastery with a keep-apart rule, a move, save and reopen from history', async ({ page }) => {
  await openApp(page);
  await openSampleGroups(page);

  await page.getByRole('checkbox', { name: '6.RP.A.1', exact: true }).check();
  await page.getByRole('radio', { name: 'Similar levels (targeted small-group teaching)' }).check();
  await page.getByLabel('Number of groups', { exact: true }).fill('4');
  await page.getByRole('button', { name: 'Make groups' }).click();
  for (let n = 1; n <= 4; n++) await expect(card(page, n)).toBeVisible();
  await expect(page.getByRole('region', { name: /^Group \d+$/ })).toHaveCount(4);

  // Two students at the same 6.RP.A.1 level that the similar strategy put together.
  let pair: [string, string] | null = null;
  for (let n = 1; n <= 4 && !pair; n++) {
    const rows = await chips(card(page, n)).evaluateAll((items) =>
      items.map((li) => {
        const level = [...li.querySelectorAll('.gb-level')].map((el) => el.textContent ?? '')[0] ?? '';
        return { name: li.getAttribute('aria-label') ?? '', value: Number(level.split(' ')[1]) };
      }),
    );
    const scored = rows.filter((r) => Number.isFinite(r.value));
    for (let i = 0; i < scored.length && !pair; i++)
      for (let j = i + 1; j < scored.length && !pair; j++)
        if (Math.floor(scored[i]!.value) === Math.floor(scored[j]!.value)) pair = [scored[i]!.name, scored[j]!.name];
  }
  expect(pair, 'two students at the same level share a card').not.toBeNull();
  const [a, b] = pair!;
  expect(await groupOf(page, a)).toBe(await groupOf(page, b));

  const apart = page.getByRole('group', { name: 'Keep apart' });
  await apart.getByLabel('First student').selectOption({ label: a });
  await apart.getByLabel('Second student').selectOption({ label: b });
  await apart.getByRole('button', { name: 'Add' }).click();
  await expect(apart.getByRole('list', { name: 'Keep apart rules' })).toContainText(`${a} and ${b}`);
  // The rule is live on the board before regrouping.
  await expect(page.getByRole('status', { name: 'Board warnings' })).toContainText(`${a} and ${b} should be kept apart`);

  await page.getByRole('button', { name: 'Make groups' }).click();
  await expect(page.getByRole('status', { name: 'Board warnings' })).not.toContainText('should be kept apart');
  expect(await groupOf(page, a)).not.toBe(await groupOf(page, b));
  await expect(page.getByRole('region', { name: /^Group \d+$/ })).toHaveCount(4);

  // Drag one student from Group 1 to Group 3 with the mouse.
  const dragged = (await chips(card(page, 1)).last().getAttribute('aria-label'))!;
  const handle = card(page, 1).getByRole('button', { name: `Drag ${dragged}` });
  // In the middle of the window: a drag near its edge scrolls the page under the pointer.
  await handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const from = (await handle.boundingBox())!;
  const to = (await card(page, 3).getByRole('list').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await expect(card(page, 3)).toHaveClass(/gb-over/);
  await page.mouse.up();
  await expect(card(page, 3).getByRole('listitem', { name: dragged, exact: true })).toBeVisible();
  await expect(card(page, 1).getByRole('listitem', { name: dragged, exact: true })).toHaveCount(0);

  // And one with the keyboard path: the "Move … to" list on the chip.
  const moved = (await chips(card(page, 2)).first().getAttribute('aria-label'))!;
  await card(page, 2).getByLabel(`Move ${moved} to`).selectOption({ label: 'Group 4' });
  await expect(card(page, 4).getByRole('listitem', { name: moved, exact: true })).toBeVisible();
  await expect(page.getByLabel(`Move ${moved} to`)).toBeFocused();

  const saved = await boardLayout(page);
  expect(Object.values(saved).flat()).toHaveLength(28);
  expect(saved['Group 3']).toContain(dragged);
  expect(saved['Group 4']).toContain(moved);

  await page.getByLabel('Grouping name', { exact: true }).fill('Ratio groups');
  await page.getByRole('button', { name: 'Save grouping' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Ratio groups”: 4 groups, 28 students.' })).toBeVisible();
  if (process.env.SCREENSHOTS) {
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await page.getByRole('heading', { name: 'Board', level: 2 }).evaluate((el) => el.scrollIntoView());
    await screenshot(page, 'groups-board');
  }

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No groups on the board yet' })).toBeVisible();
  const history = page.getByRole('list', { name: 'Saved groupings' });
  const entry = history.getByRole('listitem').filter({ hasText: 'Ratio groups' });
  await expect(entry).toContainText('4 groups · 28 students');
  await entry.getByRole('button', { name: 'Open' }).click();

  await expect(page.getByRole('region', { name: /^Group \d+$/ })).toHaveCount(4);
  expect(await boardLayout(page)).toEqual(saved);
  await expect(page.getByLabel('Grouping name', { exact: true })).toHaveValue('Ratio groups');
  // The class keeps its rule for next time.
  await expect(page.getByRole('list', { name: 'Keep apart rules' })).toContainText(`${a} and ${b}`);
});

test('what changed since the last grouping, and delete with undo', async ({ page }) => {
  await openApp(page);
  await openSampleGroups(page);
  await page.getByRole('checkbox', { name: '6.RP.A.1', exact: true }).check();
  await page.getByRole('button', { name: 'Make groups' }).click();
  await expect(card(page, 4)).toBeVisible();
  const layout = await boardLayout(page);

  // The unsaved board waits while the teacher looks elsewhere.
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Tracker', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await expect(card(page, 4)).toBeVisible();
  expect(await boardLayout(page)).toEqual(layout);

  await page.getByLabel('Grouping name', { exact: true }).fill('First');
  await page.getByRole('button', { name: 'Save grouping' }).click();
  await expect(page.getByRole('list', { name: 'Saved groupings' }).getByRole('listitem')).toHaveCount(1);

  // Groups made another way (other skills, or mixed) are not compared with it: it says so.
  await page.getByRole('checkbox', { name: '6.RP.A.1', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: '6.RP.A.3a', exact: true }).check();
  await page.getByRole('button', { name: 'Make groups' }).click();
  await expect(page.getByRole('region', { name: /^What changed since / })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'What changed' })).toContainText(
    'Nothing to compare with: no saved grouping was made by similar levels on 6.RP.A.3a.',
  );
  await page.getByRole('checkbox', { name: '6.RP.A.3a', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: '6.RP.A.1', exact: true }).check();
  await page.getByRole('radio', { name: 'Mixed levels (collaborative work)' }).check();
  await page.getByRole('button', { name: 'Make groups' }).click();
  await expect(page.getByRole('region', { name: 'What changed' })).toContainText('no saved grouping was made by mixed levels on 6.RP.A.1');

  // The same strategy and skills again: compared with "First", which it names.
  await page.getByRole('radio', { name: 'Similar levels (targeted small-group teaching)' }).check();
  await page.getByRole('button', { name: 'Make groups' }).click();
  const changes = page.getByRole('region', { name: /^What changed since / });
  await expect(changes).toContainText('(First)');
  await expect(changes).toContainText('Compared with “First”, the last grouping saved by similar levels on 6.RP.A.1.');
  // Same data, same way: nobody moved.
  await expect(changes).toContainText('Nobody moved up or down.');

  const entry = page.getByRole('list', { name: 'Saved groupings' }).getByRole('listitem').filter({ hasText: 'First' });
  await entry.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No saved groupings yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('list', { name: 'Saved groupings' }).getByRole('listitem')).toHaveCount(1);
});

test('a class without students or skills says where to add them', async ({ page }) => {
  await openApp(page);
  await createClass(page, 'Period 5 Science');
  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No students in this class yet' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Add students to the roster' }).click();
  await expect(page.getByRole('heading', { name: 'Period 5 Science', level: 1 })).toBeVisible();
});

async function makeSampleGroups(page: Page) {
  await openApp(page);
  await openSampleGroups(page);
  await page.getByRole('checkbox', { name: '6.RP.A.1', exact: true }).check();
  await page.getByRole('button', { name: 'Make groups' }).click();
  await expect(card(page, 4)).toBeVisible();
}

test('board moves undo and redo from the keyboard, and focus stays on the moved student', async ({ page }) => {
  await makeSampleGroups(page);
  const moved = (await chips(card(page, 2)).first().getAttribute('aria-label'))!;
  const handle = (n: number) => card(page, n).getByRole('button', { name: `Drag ${moved}` });

  // A keyboard drag: Space picks the student up, the arrow goes to the next card, Space drops.
  await handle(2).focus();
  await page.keyboard.press('Space');
  // dnd-kit listens for the arrows from a timer set at the pick-up: an arrow pressed before it
  // fires (a busy machine) is lost, and Space drops the student where they were. A timer set now
  // fires after it.
  await expect(handle(2)).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(card(page, 3).getByRole('listitem', { name: moved, exact: true })).toBeVisible();
  await expect(handle(3)).toBeFocused();

  // Undo puts them back in their place; focus goes with them. Ctrl+Y and Ctrl+Shift+Z redo.
  await page.keyboard.press('Control+z');
  await expect(chips(card(page, 2)).first()).toHaveAttribute('aria-label', moved);
  await expect(handle(2)).toBeFocused();
  await page.keyboard.press('Control+y');
  await expect(card(page, 3).getByRole('listitem', { name: moved, exact: true })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(card(page, 2).getByRole('listitem', { name: moved, exact: true })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(card(page, 3).getByRole('listitem', { name: moved, exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Redone: Moved ${moved} to Group 3` }).last()).toBeVisible();

  // The "Move to" list: Ctrl+Z from the list itself takes the move back.
  await card(page, 3).getByLabel(`Move ${moved} to`).selectOption({ label: 'Group 4' });
  await expect(card(page, 4).getByRole('listitem', { name: moved, exact: true })).toBeVisible();
  await expect(page.getByLabel(`Move ${moved} to`)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(card(page, 3).getByRole('listitem', { name: moved, exact: true })).toBeVisible();

  // Reordering groups is a step too: Group 1 moved later, then back by Undo.
  const order = () => page.getByRole('region', { name: /^Group \d+$/ }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  await page.getByRole('button', { name: 'Move Group 1 later' }).focus();
  await page.keyboard.press('Enter');
  expect(await order()).toEqual(['Group 2', 'Group 1', 'Group 3', 'Group 4']);
  await page.keyboard.press('Control+z');
  await expect.poll(order).toEqual(['Group 1', 'Group 2', 'Group 3', 'Group 4']);
});

test('a whole locked group keeps exactly its students and size through "Regroup the rest"', async ({ page }) => {
  await makeSampleGroups(page);
  // The teacher makes Group 2 their own: one more student, then locks the whole group.
  const extra = (await chips(card(page, 1)).first().getAttribute('aria-label'))!;
  await card(page, 1).getByLabel(`Move ${extra} to`).selectOption({ label: 'Group 2' });
  const lock = page.getByRole('button', { name: 'Lock Group 2' });
  await lock.focus();
  await page.keyboard.press('Enter');
  await expect(lock).toHaveAttribute('aria-pressed', 'true');
  const kept = (await boardLayout(page))['Group 2']!;
  expect(kept).toContain(extra);
  await expect(page.getByText('Group 2 stays exactly as it is.')).toBeVisible();

  // Regroup the rest, twice (each draws a fresh arrangement): Group 2 never changes.
  const regroup = page.getByRole('button', { name: 'Regroup the rest' });
  for (const strategy of ['Mixed levels (collaborative work)', 'Similar levels (targeted small-group teaching)']) {
    await page.getByRole('radio', { name: strategy }).check();
    await regroup.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '1 locked group kept as they were' })).toBeAttached();
    const layout = await boardLayout(page);
    expect(layout['Group 2']).toEqual(kept);
    expect(Object.values(layout).flat()).toHaveLength(28);
    // The other 28 - kept students share the other three groups evenly.
    const others = [1, 3, 4].map((n) => layout[`Group ${n}`]!.length);
    expect(Math.max(...others) - Math.min(...others)).toBeLessThanOrEqual(1);
    await expect(lock).toHaveAttribute('aria-pressed', 'true');
  }

  // Regrouping is a step the teacher can take back.
  const before = await boardLayout(page);
  await regroup.click();
  await page.getByRole('heading', { name: 'Board', level: 2 }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Regrouped the rest' })).toBeVisible();
  expect(await boardLayout(page)).toEqual(before);
});

test('the board remembers its skills and strategy for the class after a reload', async ({ page }) => {
  await openApp(page);
  await openSampleGroups(page);
  await page.getByRole('checkbox', { name: '6.RP.A.2', exact: true }).check();
  await page.getByRole('checkbox', { name: '6.RP.A.3a', exact: true }).check();
  await page.getByRole('radio', { name: 'Mixed levels (collaborative work)' }).check();
  await page.getByLabel('Number of groups', { exact: true }).fill('5');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Mixed levels (collaborative work)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '6.RP.A.2', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '6.RP.A.3a', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '6.RP.A.1', exact: true })).not.toBeChecked();
  await expect(page.getByLabel('Number of groups', { exact: true })).toHaveValue('5');
});

test('a printable group list from the board: names only, one block per group', async ({ page }) => {
  await makeSampleGroups(page);
  const layout = await boardLayout(page);
  await page.getByRole('link', { name: 'Print group list' }).click();
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  for (let n = 1; n <= 4; n++) {
    const block = page.getByRole('region', { name: `Group ${n}`, exact: true });
    await expect(block.getByRole('heading', { name: `Group ${n}`, level: 2 })).toBeVisible();
    const names = await block.getByRole('listitem').allTextContents();
    expect(names.sort()).toEqual(layout[`Group ${n}`]);
  }
  // Names only: no scores or levels on a list that goes up on the wall.
  await expect(page.getByRole('main')).not.toContainText(/\d\.\d/);
  await screenshot(page, 'group-list', { fullPage: true });

  // As printed: no sidebar, no toolbar; the names in big type.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  const size = await page
    .getByRole('region', { name: 'Group 1', exact: true })
    .getByRole('listitem')
    .first()
    .evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Back to the board' }).click();
  await expect(card(page, 4)).toBeVisible();
});
