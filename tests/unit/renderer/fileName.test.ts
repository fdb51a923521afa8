import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../renderer/ui/fileName';

describe('safeFileName', () => {
  it.each([
    ['Grade 6 Math — Period 2', 'Grade 6 Math — Period 2'],
    ['Ratios: reteach / practise', 'Ratios reteach practise'],
    ['a\u0000b\tc', 'a b c'],
    ['  <>:"|?*  ', 'Blendwise'],
    ['x'.repeat(300), 'x'.repeat(200)],
  ])('%j -> %j', (name, expected) => expect(safeFileName(name)).toBe(expected));

  it('uses the fallback when nothing is left', () => expect(safeFileName('///', 'Plan')).toBe('Plan'));
});
