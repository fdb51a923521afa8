import { describe, expect, it } from 'vitest';
import { formatDate, formatLevel, formatMean, NO_LEVEL } from '../../../shared';
import { formatScore } from '../../../renderer/mastery/format';
import { formatValue } from '../../../renderer/mastery/profile/profileData';
import { num as pdfNum } from '../../../renderer/rotations/pdf/planPdfData';
import { statsText } from '../../../renderer/groups/boardView';
import { planChecks } from '../../../shared/rotations/checks';

describe('formatLevel / formatMean', () => {
  it('rounds half up on the decimal value, to 2 decimals', () => {
    for (const f of [formatLevel, formatMean]) {
      expect(f(1.005)).toBe('1.01'); // Math.round(x * 100) / 100 gives 1
      expect(f(3.475)).toBe('3.48');
      expect(f(2.125)).toBe('2.13');
      expect(f(2.675)).toBe('2.68');
      expect(f(1.0049)).toBe('1');
      expect(f(-1.005)).toBe('-1.01');
    }
  });
  it('writes as few digits as the value needs: no trailing zeros', () => {
    expect(formatLevel(3)).toBe('3');
    expect(formatLevel(0)).toBe('0');
    expect(formatLevel(-0.001)).toBe('0');
    expect(formatLevel(2.5)).toBe('2.5');
    expect(formatLevel(2.65)).toBe('2.65');
    expect(formatLevel(2.999)).toBe('3');
    expect(formatMean(4)).toBe('4');
  });
  it('writes no level as a dash, or what the screen asks for', () => {
    expect(formatLevel(null)).toBe(NO_LEVEL);
    expect(formatLevel(undefined)).toBe('–');
    expect(formatLevel(Number.NaN)).toBe('–');
    expect(formatLevel(Infinity, '—')).toBe('—');
    expect(formatMean(null, 'no scores')).toBe('no scores');
  });
  it('is the rule every screen writes levels and means by', () => {
    expect(formatScore(1.005)).toBe('1.01'); // tracker, mastery report, bulk goals, group board chips
    expect(formatScore(null)).toBe('–');
    expect(formatValue(1.005)).toBe('1.01'); // student profile
    expect(pdfNum(1.005)).toBe('1.01'); // plan PDF
    expect(statsText({ size: 2, scored: 2, mean: 1.005, min: 1, max: 1.01 } as never)).toBe('mean 1.01, 1–1.01'); // group board
  });
  it('writes a group mean of 1.005 as 1.01 in the plan checks', () => {
    const checks = planChecks({
      slots: [
        { day: 0, round: 0, start: '09:00', end: '09:15', stationId: 'T', groupId: 'b' },
        { day: 0, round: 1, start: '09:15', end: '09:30', stationId: 'P', groupId: 'a' },
      ],
      stations: [
        { id: 'T', name: 'Teacher', kind: 'teacher' },
        { id: 'P', name: 'Practice', kind: 'independent' },
      ],
      groups: [
        { id: 'a', name: 'Red', studentIds: ['s1', 's2', 's3'], need: 1.005 },
        { id: 'b', name: 'Blue', studentIds: ['s4', 's5', 's6'], need: 3 },
      ],
      minutesPerStation: 15,
    });
    expect(checks.map((c) => c.message).join(' ')).toContain('Red has the most need (mean score 1.01)');
  });
});

describe('formatDate', () => {
  it('writes a stored day in each style', () => {
    expect(formatDate('2025-12-12', 'short')).toBe('12 Dec');
    expect(formatDate('2025-12-12')).toBe('12 Dec 2025');
    expect(formatDate('2025-12-12', 'weekday')).toBe('Fri 12 Dec');
    expect(formatDate('2025-12-12', 'weekdayYear')).toBe('Fri 12 Dec 2025');
    expect(formatDate('2025-12-12', 'long')).toBe('Friday 12 December');
    expect(formatDate('2025-12-12', 'longYear')).toBe('12 December 2025');
  });
  it('takes times and Dates, and gives back text that is not a date', () => {
    expect(formatDate(new Date(2025, 11, 12).getTime(), 'short')).toBe('12 Dec');
    expect(formatDate(new Date(2025, 11, 12), 'medium')).toBe('12 Dec 2025');
    expect(formatDate('next week')).toBe('next week');
    expect(formatDate(Number.NaN)).toBe('');
  });
});

describe('formatDate writes what date-fns writes', () => {
  it('for every style, over days of several years, date-times and values that are not dates', async () => {
    const { format, isValid, parseISO } = await import('date-fns');
    const patterns = { short: 'd MMM', medium: 'd MMM yyyy', weekday: 'EEE d MMM', weekdayYear: 'EEE d MMM yyyy', long: 'EEEE d MMMM', longYear: 'd MMMM yyyy' } as const;
    const expected = (value: string | number | Date, pattern: string) => {
      if (typeof value === 'string') {
        const d = parseISO(value);
        return isValid(d) ? format(d, pattern) : value;
      }
      return isValid(value) ? format(value, pattern) : '';
    };
    const values: (string | number | Date)[] = ['2026-02-28', '2026-02-29', '2026-02-30', '2024-02-29', '2025-12-31', '0999-01-01', '2025-03-14T10:05:00.000Z', '2025-03-14T23:30:00+05:00', '2025-03-14T10:05', '2025-03-14 10:05', 'March 3', '', 'not a date', '2025-13-01', Date.UTC(2025, 8, 3, 12), new Date(2025, 0, 1), new Date(Number.NaN), Number.NaN];
    for (let day = 0; day < 800; day += 7) values.push(new Date(2024, 0, 1 + day).toISOString().slice(0, 10));
    for (const value of values)
      for (const [style, pattern] of Object.entries(patterns))
        expect(formatDate(value, style as keyof typeof patterns), `${String(value)} ${style}`).toBe(expected(value, pattern));
  });
});
