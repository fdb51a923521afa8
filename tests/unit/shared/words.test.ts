import { describe, expect, it } from 'vitest';
import { countOf, listInWords, plural } from '../../../shared';

describe('counts and lists in a sentence', () => {
  it('counts with the singular for one and thousands separators from 1,000', () => {
    expect(plural(1, 'score')).toBe('1 score');
    expect(plural(0, 'score')).toBe('0 scores');
    expect(plural(17472, 'score')).toBe('17,472 scores');
    expect(plural(2, 'class', 'classes')).toBe('2 classes');
    expect(plural(1, 'class', 'classes')).toBe('1 class');
  });

  it('says how far long work has got, with the same separators', () => {
    expect(countOf(28082, 200724)).toBe('28,082 of 200,724');
    expect(countOf(28082, 200724, 'record')).toBe('28,082 of 200,724 records');
    expect(countOf(0, 1, 'record')).toBe('0 of 1 record');
  });

  it('joins lists the way a sentence does', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
