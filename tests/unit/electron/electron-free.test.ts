// The Electron binary is not needed to test the shell's rules: only the two entry points may
// load the 'electron' module at run time; everything else imports its types alone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../../electron', import.meta.url));
const ENTRY_POINTS = new Set(['main.ts', 'preload.ts']);

describe('electron/ module boundaries', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it.each(files.filter((f) => !ENTRY_POINTS.has(f)))(
    '%s imports nothing from electron at run time',
    (file) => {
      const source = readFileSync(path.join(dir, file), 'utf8');
      const runtimeImports = source.match(/^import\s+(?!type\b)[^;]*from\s+['"]electron['"]/gm) ?? [];
      expect(runtimeImports).toEqual([]);
      expect(source).not.toMatch(/require\(\s*['"]electron['"]\s*\)/);
    },
  );

  it('the preload requires nothing but electron and shared/', () => {
    const source = readFileSync(path.join(dir, 'preload.ts'), 'utf8');
    const specifiers = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(specifiers.every((s) => s === 'electron' || s?.startsWith('../shared/'))).toBe(true);
  });
});
