// A Vite build plugin: the window's first screen starts downloading with the page itself. Each
// screen's code is its own chunk, loaded by import() once the shell's scripts have run — on a cold
// start that is a second round of downloads after the first. The plugin writes a small classic
// script, loaded from index.html's head before the shell's, that reads the address
// (`#/classes/…/tracker`) and adds a <link rel=modulepreload> for each chunk that route's screen
// needs, so those chunks download and compile while the shell's do. Not `async`: an async script
// ran only once the stylesheet and the shell's scripts were in (about 120 ms into a cold start
// here), and the screen's chunks arrived last of all. A classic script from the app's own origin: the desktop's
// Content-Security-Policy (script-src 'self', no inline scripts) allows it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

type Route = { path: string; module: string };

/** The routes of renderer/app/screens.ts: each `screen('/path', () => import('../x/Page'), …)`. */
export function readScreenRoutes(screensFile: string): Route[] {
  const source = readFileSync(screensFile, 'utf8');
  const routes = [...source.matchAll(/screen\(\s*'([^']+)',\s*\(\)\s*=>\s*import\('([^']+)'\)/g)].map((m) => ({
    path: m[1]!,
    module: path.resolve(path.dirname(screensFile), m[2]!),
  }));
  // Every screen must be understood: a route the script does not know would simply load late,
  // which nothing but a benchmark would notice.
  const calls = source.match(/^\s*screen\(/gm)?.length ?? 0;
  if (routes.length === 0 || routes.length !== calls) {
    throw new Error(`firstScreenPreload: read ${routes.length} of the ${calls} screens in ${screensFile}; keep each as screen('/path', () => import('…'), 'Name').`);
  }
  return routes;
}

/** A route pattern as React Router matches it (":param" is one segment, case-insensitive), as a regexp source. */
export function routePattern(route: string): string {
  const segments = route
    .split('/')
    .filter(Boolean)
    .map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return `^/${segments.join('/')}/?$`;
}

/**
 * The script: the first route matching the address (as SCREENS are matched, in order) preloads its
 * files. It stays on the page as `window.blendwisePreload(address)`, which the app calls when it
 * opens a screen (renderer/app/screens.ts): this table is then the only list of each screen's
 * files, and the entry carries none (vite.config.ts keeps only stylesheets in its own lists).
 */
export function preloadScript(table: [pattern: string, files: number[]][], files: string[]): string {
  return `(function () {
  var files = ${JSON.stringify(files)};
  var routes = ${JSON.stringify(table)};
  var base = document.currentScript ? document.currentScript.src : location.href;
  var asked = {};
  function preload(address) {
    var at = address.replace(/^#/, '').split('?')[0] || '/';
    if (at === '/') at = '/classes';
    for (var i = 0; i < routes.length; i++) {
      if (!new RegExp(routes[i][0], 'i').test(at)) continue;
      routes[i][1].forEach(function (f) {
        if (asked[f]) return;
        asked[f] = true;
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = new URL(files[f], base).href;
        document.head.appendChild(link);
      });
      return;
    }
  }
  preload(location.hash);
  window.blendwisePreload = preload;
})();
`;
}

export function firstScreenPreload(screensFile: string): Plugin {
  return {
    name: 'blendwise:first-screen-preload',
    apply: 'build',
    // After Vite's own HTML plugin has put index.html in the bundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName === 'index.html');
      if (!html || html.type !== 'asset') return;
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const noExt = (id: string) => id.replace(/\.[cm]?[jt]sx?$/, '');
      const byModule = new Map(chunks.filter((c) => c.facadeModuleId).map((c) => [noExt(c.facadeModuleId!), c]));
      const closure = (file: string, into = new Set<string>()) => {
        if (into.has(file)) return into;
        into.add(file);
        for (const next of byFile.get(file)?.imports ?? []) closure(next, into);
        return into;
      };
      // The entry and what it imports, index.html already asks for: a link added for each again
      // costs the page a moment before its scripts run, for nothing.
      const inPage = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [...closure(c.fileName)]));
      const files: string[] = [];
      const indexOf = (file: string) => (files.includes(file) ? files.indexOf(file) : files.push(file) - 1);
      const table = readScreenRoutes(screensFile).map(({ path: route, module }): [string, number[]] => {
        const chunk = byModule.get(noExt(module));
        if (!chunk) throw new Error(`firstScreenPreload: no chunk for the screen at ${route} (${module}).`);
        const needed = [...closure(chunk.fileName)].filter((f) => !inPage.has(f));
        // Paths relative to the script, which sits beside the chunks.
        return [routePattern(route), needed.map((f) => indexOf(path.posix.relative('assets', f)))];
      });
      const ref = this.emitFile({ type: 'asset', name: 'first-screen.js', source: preloadScript(table, files) });
      const src = `./${this.getFileName(ref)}`;
      const source = String(html.source);
      // Before the entry script, so the route's chunks are asked for alongside the shell's.
      const at = source.indexOf('<script type="module"');
      if (at < 0) throw new Error('firstScreenPreload: index.html has no module script.');
      html.source = `${source.slice(0, at)}<script src="${src}"></script>\n    ${source.slice(at)}`;
    },
  };
}
