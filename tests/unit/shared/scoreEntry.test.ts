import { describe, expect, it } from 'vitest';
import { DEFAULT_CUT_SCORES, DEFAULT_SCALE, parseScoreEntry } from '../../../shared';

const parse = (t: string) => parseScoreEntry(t, DEFAULT_SCALE, DEFAULT_CUT_SCORES);

describe('parseScoreEntry', () => {
  it('takes a value on the scale as it is', () => {
    expect(parse('3')).toEqual({ ok: true, score: 3 });
    expect(parse(' 2,5 ')).toEqual({ ok: true, score: 2.5 });
  });
  it('turns percents and points into levels through the cut scores', () => {
    expect(parse('90%')).toEqual({ ok: true, score: 4, raw: '90%' });
    expect(parse('89.9%')).toEqual({ ok: true, score: 3, raw: '89.9%' });
    expect(parse('18/20')).toEqual({ ok: true, score: 4, raw: '18/20' });
    expect(parse('9/20')).toEqual({ ok: true, score: 1, raw: '9/20' });
  });
  it('refuses what is off the scale or not a score, saying what to type', () => {
    expect(parse('7')).toMatchObject({ ok: false, message: expect.stringContaining('from 1 to 4') });
    expect(parse('0')).toMatchObject({ ok: false });
    expect(parse('abc')).toMatchObject({ ok: false, message: expect.stringContaining('not a score') });
    expect(parse('120%')).toMatchObject({ ok: false });
    expect(parse('21/20')).toMatchObject({ ok: false });
    expect(parse('3/0')).toMatchObject({ ok: false });
  });
});
