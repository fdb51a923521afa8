// The author of a plan bundle (the teacher's profile) and the class's adults: carried in every
// bundle, never pseudonymised, and absent (read as empty) in bundles from before they existed.
import { describe, expect, it } from 'vitest';
import {
  bundleAuthor,
  DEFAULT_METHOD,
  DEFAULT_SCALE,
  envelopeChecksum,
  makePlanBundle,
  makePlanBundleWithReport,
  readPlanBundle,
  serializeBundle,
  checkSettingValue,
} from '../../../shared';
import type { PlanBundleInput } from '../../../shared';

const OPTIONS = { appVersion: '1.4.0', exportedAt: '2025-03-14T09:00:00.000Z' };

function input(extra: Partial<PlanBundleInput> = {}): PlanBundleInput {
  return {
    plan: {
      id: 'plan-1',
      title: 'Jordan’s fractions rotation',
      date: '2025-03-14',
      body: {
        model: 'station',
        dates: ['2025-03-14'],
        start: '09:00',
        minutesPerStation: 20,
        transitionMinutes: 2,
        stations: [{ id: 'st-t', name: 'Teacher table', kind: 'teacher', adult: 'teacher', activities: {} }],
        groups: [{ id: 'g1', name: 'Group 1', color: '#1a3578', studentIds: ['s1', 's2'] }],
        screenLimitPerDay: 40,
        notes: 'Ask Jordan to lead the warm-up.',
      },
    },
    grouping: null,
    skills: [],
    mastery: { scale: DEFAULT_SCALE, method: DEFAULT_METHOD, summaries: {} },
    students: [
      { id: 's1', name: 'Jordan Smith' },
      { id: 's2', name: 'Priya Nair' },
    ],
    className: 'Grade 4 Maths',
    ...extra,
  };
}

const AUTHOR = { name: 'Jordan Lee', school: 'Maplewood Middle', email: 'j.lee@maplewood.example' };
const ADULTS = [
  { name: 'Jordan Lee', role: 'teacher' as const },
  { name: 'Sam Ortiz', role: 'aide' as const },
];

describe('the author of a bundle', () => {
  it('is written with the class’s adults and reads back', () => {
    const bundle = makePlanBundle(input({ author: AUTHOR, adults: ADULTS }), { ...OPTIONS, pseudonymise: false });
    const read = readPlanBundle(serializeBundle(bundle));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.bundle.content.author).toEqual(AUTHOR);
    expect(read.bundle.content.adults).toEqual(ADULTS);
    expect(bundleAuthor(read.bundle.content)).toEqual(AUTHOR);
  });

  it('leaves out an empty e-mail and adults without a name', () => {
    const bundle = makePlanBundle(
      input({ author: { name: ' Jordan Lee ', school: 'Maplewood', email: '  ' }, adults: [{ name: ' ', role: 'aide' }] }),
      { ...OPTIONS, pseudonymise: false },
    );
    expect(bundle.content.author).toEqual({ name: 'Jordan Lee', school: 'Maplewood' });
    expect(bundle.content.adults).toBeUndefined();
  });

  it('is never pseudonymised, even when a student shares the teacher’s first name', () => {
    const { bundle, report } = makePlanBundleWithReport(input({ author: AUTHOR, adults: ADULTS }), { ...OPTIONS, pseudonymise: true });
    const c = bundle.content;
    // The student Jordan is scrubbed wherever the teacher typed the name...
    expect(c.plan.body.notes).not.toContain('Jordan');
    expect(c.plan.title).not.toContain('Jordan');
    expect(c.students.map((s) => s.name).join(' ')).not.toContain('Jordan');
    // ...but the teacher's own name, school and e-mail, and the adults, stay as they are.
    expect(c.author).toEqual(AUTHOR);
    expect(c.adults).toEqual(ADULTS);
    // and they are not listed as words to check, nor counted as replaced.
    expect(report!.toCheck).not.toContain('Lee');
    expect(report!.toCheck).not.toContain('Maplewood');
    expect(report!.toCheck).not.toContain('Ortiz');
    expect(readPlanBundle(serializeBundle(bundle)).ok).toBe(true);
  });

  it('reads as empty in a bundle exported before authors existed, which still opens', () => {
    const bundle = makePlanBundle(input(), { ...OPTIONS, pseudonymise: false });
    expect('author' in bundle.content).toBe(false);
    // An older file: no author, no adults, checksummed as it was.
    const older = JSON.parse(serializeBundle(bundle)) as Record<string, unknown>;
    older.checksum = envelopeChecksum(older);
    const read = readPlanBundle(JSON.stringify(older));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.bundle.content.author).toBeUndefined();
    expect(bundleAuthor(read.bundle.content)).toEqual({ name: '', school: '', email: '' });
  });

  it('refuses an author that is not text', () => {
    const bundle = makePlanBundle(input({ author: AUTHOR }), { ...OPTIONS, pseudonymise: false });
    const raw = JSON.parse(serializeBundle(bundle)) as { content: { author: unknown }; checksum: string };
    raw.content.author = { name: ['x'], school: 'y' };
    raw.checksum = envelopeChecksum(raw);
    const read = readPlanBundle(JSON.stringify(raw));
    expect(read.ok).toBe(false);
  });
});

describe('the teacher profile setting', () => {
  it('fills missing fields of an older or partial value', () => {
    expect(checkSettingValue('teacherProfile', { name: 'Jordan Lee' })).toEqual({
      ok: true,
      value: { name: 'Jordan Lee', school: '', email: '' },
    });
    expect(checkSettingValue('teacherProfile', 'Jordan').ok).toBe(false);
    expect(checkSettingValue('appRole', 'coach')).toEqual({ ok: true, value: 'coach' });
    expect(checkSettingValue('appRole', 'admin').ok).toBe(false);
  });
});
