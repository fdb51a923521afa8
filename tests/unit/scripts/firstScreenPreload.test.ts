import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { matchPath } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCREENS } from '../../../renderer/app/screens';
import { preloadScript, readScreenRoutes, routePattern } from '../../../scripts/firstScreenPreload.ts';

const screensFile = path.resolve(__dirname, '../../../renderer/app/screens.ts');

type Page = { links: string[]; window: { blendwisePreload?: (address: string) => void } };

/** Runs the preload script in a page at `hash`: the files it asked the page to preload, and the page. */
function loadAt(script: string, hash: string): Page {
  const page: Page = { links: [], window: {} };
  runInNewContext(script, {
    location: { hash, href: 'http://127.0.0.1/index.html' + hash },
    URL,
    window: page.window,
    document: {
      currentScript: { src: 'http://127.0.0.1/assets/first-screen.js' },
      createElement: () => ({}) as { href: string },
      head: { appendChild: (link: { href: string }) => page.links.push(link.href.replace('http://127.0.0.1/assets/', '')) },
    },
  });
  return page;
}

const preloadedAt = (script: string, hash: string): string[] => loadAt(script, hash).links;

describe('the first screen preload', () => {
  it('reads every screen of the app, in the order the app matches them', () => {
    expect(readScreenRoutes(screensFile).map((r) => r.path)).toEqual(SCREENS.map((s) => s.path));
  });

  it('matches an address to a route as React Router does', () => {
    const addresses = [
      '/classes',
      '/Classes/',
      '/classes/c1',
      '/classes/c1/tracker',
      '/classes/c1/tracker/',
      '/classes/c1/tracker/more',
      '/classes/c1/plans/new',
      '/classes/c1/plans/p1/live',
      '/classes/c1/students/s1/goal-sheet',
      '/skills',
      '/skills/f1/import',
      '/reviews/summary',
      '/settings',
      '/nowhere',
    ];
    for (const { path: route } of SCREENS) {
      for (const at of addresses) {
        expect(new RegExp(routePattern(route), 'i').test(at), `${route} at ${at}`).toBe(!!matchPath(route, at));
      }
    }
  });

  it('preloads the files of the first route that matches the address, and nothing elsewhere', () => {
    const files = ['Tracker.js', 'shell.js', 'Plans.js', 'Editor.js', 'Classes.js'];
    const script = preloadScript(
      [
        [routePattern('/classes'), [4, 1]],
        [routePattern('/classes/:classId/tracker'), [0, 1]],
        [routePattern('/classes/:classId/plans/new'), [3, 1]],
        [routePattern('/classes/:classId/plans/:planId'), [2, 1]],
      ],
      files,
    );
    expect(preloadedAt(script, '#/classes/c1/tracker?sort=name')).toEqual(['Tracker.js', 'shell.js']);
    expect(preloadedAt(script, '#/classes/c1/plans/new')).toEqual(['Editor.js', 'shell.js']);
    expect(preloadedAt(script, '#/classes/c1/plans/p9')).toEqual(['Plans.js', 'shell.js']);
    // The window opens on Classes when it has no address.
    expect(preloadedAt(script, '')).toEqual(['Classes.js', 'shell.js']);
    expect(preloadedAt(script, '#/settings')).toEqual([]);
  });

  it('stays on the page for the screens opened later, asking for each file once', () => {
    const files = ['Tracker.js', 'shell.js', 'Plans.js'];
    const script = preloadScript(
      [
        [routePattern('/classes/:classId/tracker'), [0, 1]],
        [routePattern('/classes/:classId/plans'), [2, 1]],
      ],
      files,
    );
    const page = loadAt(script, '#/classes/c1/tracker');
    page.window.blendwisePreload!('#/classes/c1/plans');
    page.window.blendwisePreload!('#/classes/c2/tracker');
    page.window.blendwisePreload!('#/settings');
    expect(page.links).toEqual(['Tracker.js', 'shell.js', 'Plans.js']);
  });

  describe('opening a screen', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it("asks the page's table for the scripts of the screen at the window's address", async () => {
      const preload = vi.fn();
      vi.stubGlobal('blendwisePreload', preload);
      vi.stubGlobal('location', { hash: '#/reviews' });
      // Asked as the screen's code is asked for, not after it has come (node cannot run the screen).
      const loading = SCREENS.find((s) => s.path === '/reviews')!.load();
      expect(preload).toHaveBeenCalledWith('#/reviews');
      await loading.catch(() => undefined);
    });
  });
});
