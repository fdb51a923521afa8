import { describe, expect, it } from 'vitest';
import { replacedSentence, toCheckSentence } from '../../../renderer/review/pseudonymReport';
import type { ScrubReport } from '../../../shared';

const REPORT: ScrubReport = {
  replaced: 12,
  byKind: { 'first name': 6, 'family name': 3, initials: 1, 'e-mail address': 2 },
  byField: { 'the plan title': 2, 'station names': 4, activities: 6 },
  toCheck: ['Maeve'],
};

describe('the pseudonym report in words', () => {
  it('says how many names were replaced, of which kinds and where', () => {
    expect(replacedSentence(REPORT)).toBe(
      '12 names replaced (6 first names, 3 family names, 1 set of initials and 2 e-mail addresses) in the plan title, station names and activities.',
    );
    expect(replacedSentence({ replaced: 1, byKind: { 'full name': 1 }, byField: { 'the class name': 1 }, toCheck: [] })).toBe(
      '1 name replaced (1 full name) in the class name.',
    );
    expect(replacedSentence({ replaced: 0, byKind: {}, byField: {}, toCheck: [] })).toMatch(/^No student’s name was found/);
    expect(
      replacedSentence({ replaced: 3, byKind: { 'first name': 1, 'student number or id': 2 }, byField: { 'the plan notes': 3 }, toCheck: [] }),
    ).toBe('3 names and student numbers replaced (1 first name and 2 student numbers or ids) in the plan notes.');
    expect(replacedSentence({ replaced: 1, byKind: { 'student number or id': 1 }, byField: { activities: 1 }, toCheck: [] })).toBe(
      '1 student number or id replaced in activities.',
    );
  });

  it('lists the words left that could be names, at most twenty', () => {
    expect(toCheckSentence(REPORT)).toMatch(/: Maeve\. If one is a person, change it in the plan before you export\.$/);
    expect(toCheckSentence({ ...REPORT, toCheck: [] })).toBe('No other word in the plan looks like a name.');
    const many = Array.from({ length: 23 }, (_, i) => `Name${i}`);
    expect(toCheckSentence({ ...REPORT, toCheck: many })).toContain('Name18, Name19 and 3 more.');
  });
});
