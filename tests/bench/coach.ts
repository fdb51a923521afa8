// The node side of the coach figure (browser/coachOverview.tsx): the bench page once more, under
// "coach.localhost" (Chromium sends every *.localhost to this machine), so the coach's empty
// database is its own origin and never touches the year-of-data or district databases.
import type { Page } from '@playwright/test';
import { BROWSER_API_GLOBAL } from './api';
import type { BenchContext } from './figures';

export function coachPage(ctx: BenchContext): Promise<Page> {
  let page = ctx.shared.get('coachPage') as Promise<Page> | undefined;
  if (!page) {
    page = (async () => {
      const main = await ctx.page();
      const url = new URL(main.url());
      url.hostname = 'coach.localhost';
      const p = await main.context().newPage();
      p.on('pageerror', (err) => console.error(`[coach page] ${err.message}`));
      p.on('console', (msg) => {
        if (msg.type() === 'error') console.error(`[coach page] ${msg.text()}`);
      });
      await p.goto(url.toString());
      await p.waitForFunction((g) => g in window, BROWSER_API_GLOBAL);
      return p;
    })();
    ctx.shared.set('coachPage', page);
  }
  return page;
}
