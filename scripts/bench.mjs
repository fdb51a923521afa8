// `npm run bench`: a thin launcher. The benchmarks live in tests/bench/ (TypeScript); this bundles
// their node-side runner with esbuild (packages stay external) and runs it.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = path.join(root, 'dist/bench-runner/run.mjs');

try {
  await build({
    entryPoints: [path.join(root, 'tests/bench/run.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const { main } = await import(pathToFileURL(outfile).href);
  process.exitCode = await main({ root, argv: process.argv.slice(2) });
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
