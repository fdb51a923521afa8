import { describe, expect, it } from 'vitest';
import { checkScoreDate, daysAgoLabel, scoreDateFor, scoreDayLabel } from '../../../renderer/mastery/tracker/scoreDate';

const today = '2026-11-23'; // a Monday

describe('checkScoreDate', () => {
  it('takes today and earlier days', () => {
    expect(checkScoreDate(today, today)).toEqual({ ok: true, date: today });
    expect(checkScoreDate(' 2026-11-20 ', today)).toEqual({ ok: true, date: '2026-11-20' });
    expect(checkScoreDate('2025-12-31', today)).toEqual({ ok: true, date: '2025-12-31' });
  });

  it('refuses a future day in plain words, naming today', () => {
    const r = checkScoreDate('2026-11-24', today);
    expect(r).toEqual({
      ok: false,
      message: 'Scores cannot be dated in the future. Pick today (Mon 23 Nov) or an earlier day.',
    });
    expect(checkScoreDate('2027-01-01', today).ok).toBe(false);
  });

  it('refuses an empty field and days that do not exist', () => {
    expect(checkScoreDate('', today)).toEqual({ ok: false, message: 'Pick the day these scores are from.' });
    for (const bad of ['2026-02-30', '2026-13-01', '20/11/2026', '2026-11-2', 'yesterday']) {
      expect(checkScoreDate(bad, today)).toEqual({
        ok: false,
        message: 'That is not a date. Pick the day from the calendar.',
      });
    }
  });
});

describe('scoreDayLabel and daysAgoLabel', () => {
  it('names the weekday, and the year only when it is not this one', () => {
    expect(scoreDayLabel('2026-11-20', today)).toBe('Fri 20 Nov');
    expect(scoreDayLabel('2025-12-31', '2026-01-02')).toBe('Wed 31 Dec 2025');
    expect(scoreDayLabel('not a day', today)).toBe('not a day');
  });

  it('says how far back a day is in calendar days', () => {
    expect(daysAgoLabel('2026-11-22', today)).toBe('yesterday');
    expect(daysAgoLabel('2026-11-16', today)).toBe('7 days ago');
    // across a daylight-saving change (29 Mar 2026 in Europe, 8 Mar in the US) it is still whole days
    expect(daysAgoLabel('2026-03-27', '2026-03-30')).toBe('3 days ago');
    expect(daysAgoLabel(today, today)).toBe('');
    expect(daysAgoLabel('2026-11-24', today)).toBe('');
  });
});

describe('scoreDateFor', () => {
  it('is today unless a day was chosen today', () => {
    expect(scoreDateFor(undefined, today)).toBe(today);
    expect(scoreDateFor({ date: '2026-11-20', chosenOn: today }, today)).toBe('2026-11-20');
  });

  it('goes back to today when the teacher comes back on another day', () => {
    expect(scoreDateFor({ date: '2026-11-20', chosenOn: '2026-11-22' }, today)).toBe(today);
  });

  it('keeps a draft the teacher is still fixing, so the field does not jump', () => {
    expect(scoreDateFor({ date: '', chosenOn: today }, today)).toBe('');
  });
});
