import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstScreenPreload } from './scripts/firstScreenPreload.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is served from app:// in Electron and from any static server in the browser,
// so every asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), firstScreenPreload(fileURLToPath(new URL('./renderer/app/screens.ts', import.meta.url)))],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // Chromium has <link rel=modulepreload> itself: no polyfill for it in the entry. A screen's
    // scripts are preloaded from the page's route table (scripts/firstScreenPreload.ts) when it
    // opens: import() here waits only for the screen's stylesheets, so the entry does not carry a
    // second list of every screen's files (1.3 KB gzip of hashed names on the first screen).
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((d) => d.endsWith('.css'))),
    },
    sourcemap: true,
    rolldownOptions: {
      // shared/ is pure (ESLint keeps it so): a module of it that no screen uses can be left out,
      // so importing the domain's barrel costs only what is used.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]shared[\\/]/.test(id) },
      output: {
        codeSplitting: {
          // The libraries every screen starts on, in one file rather than one request each.
          groups: [{ name: 'shell', test: /node_modules[\\/](react|react-dom|scheduler|react-router|dexie|dexie-react-hooks|zustand|use-sync-external-store)[\\/]/ }],
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
