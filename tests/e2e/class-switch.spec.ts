import { expect, test } from '@playwright/test';
import { createClass, openApp } from './helpers';

// Going from one class's tracker to another's by address (history) must never show the first
// class's rows under the second class's name, and a score typed at once lands in the second class.
test('switching trackers by history never shows the other class, and a score typed at once lands in the class shown', async ({ page }) => {
  await openApp(page);
  // Class B: one student, tracking one skill of the sample framework.
  await createClass(page, 'Switch class B');
  await page.getByRole('button', { name: 'Add student' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add student' });
  await dialog.getByLabel('First name').fill('Zed');
  await dialog.getByLabel('Last name').fill('Zulu');
  await dialog.getByRole('button', { name: 'Add student' }).click();
  await expect(dialog).toBeHidden();
  const classB = page.url().replace(/\/$/, '');
  await page.getByRole('link', { name: 'Tracked skills' }).click();
  await page.getByRole('checkbox', { name: /6\.RP\.A\.1/ }).check();
  await expect(page.getByRole('list', { name: 'Tracked skills in order' }).getByRole('listitem')).toHaveCount(1);

  // Class A: the sample class, with its 28 students.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  await expect(grid.getByRole('rowheader')).not.toHaveCount(0);
  const sampleNames = await grid.getByRole('rowheader').allTextContents();

  const pathB = `${new URL(classB).hash}/tracker`;

  // Watch every mutation and frame from here on: no row of class A may show while the address is B's.
  await page.evaluate(
    ({ names, pathB }) => {
      const w = window as unknown as { leaks: string[] };
      w.leaks = [];
      const check = () => {
        if (location.hash !== pathB) return;
        for (const el of document.querySelectorAll('[role=grid] [role=rowheader]')) {
          if (names.includes(el.textContent ?? '')) w.leaks.push(el.textContent ?? '');
        }
      };
      // Every change the app makes to the page is checked; and every frame, once the router has
      // had its one frame to take in the new address.
      new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      let framesOnB = 0;
      const tick = () => {
        framesOnB = location.hash === pathB ? framesOnB + 1 : 0;
        if (framesOnB > 1) check();
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    { names: sampleNames, pathB },
  );

  // To B's tracker by address, inside the running app (as typing it in the address bar does).
  const goByAddress = (hash: string) =>
    page.evaluate((h) => {
      location.hash = h;
    }, hash);
  await grid.getByRole('gridcell').first().click();
  await goByAddress(pathB);
  // Type at once, before waiting for anything: the score lands in B for B's student, or is refused.
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('rowheader')).toHaveCount(1);
  await expect(grid.getByRole('rowheader')).toHaveText(/Zulu, Zed/);

  await page.goBack(); // to A's tracker, by history
  await expect(grid.getByRole('rowheader')).toHaveCount(sampleNames.length);
  await page.goForward(); // to B's again
  await expect(grid.getByRole('rowheader')).toHaveCount(1);
  await expect(grid.getByRole('rowheader')).toHaveText(/Zulu, Zed/);
  const cell = grid.getByRole('gridcell', { name: /^Zed Zulu, 6\.RP\.A\.1/ });
  await cell.click();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  // One score, or two when the one typed at the switch landed in B (B's workspace may be ready at once).
  await expect(cell).toHaveAccessibleName(/^Zed Zulu, 6\.RP\.A\.1: 3 Meets, [12] scores?$/);

  await page.goBack();
  await expect(grid.getByRole('rowheader')).toHaveCount(sampleNames.length);
  await page.goForward();
  await expect(grid.getByRole('rowheader')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { leaks: string[] }).leaks)).toEqual([]);

  // Every score stored under B's id names B's student and B's skill: no orphan row.
  const orphans = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('blendwise');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(['evidence', 'enrollments'], 'readonly');
          const ev = tx.objectStore('evidence').getAll();
          const en = tx.objectStore('enrollments').getAll();
          tx.oncomplete = () => {
            const enrolled = new Set((en.result as { classId: string; studentId: string }[]).map((e) => `${e.classId}|${e.studentId}`));
            resolve((ev.result as { classId: string; studentId: string }[]).filter((e) => !enrolled.has(`${e.classId}|${e.studentId}`)).length);
            idb.close();
          };
        };
      }),
  );
  expect(orphans).toBe(0);
});
