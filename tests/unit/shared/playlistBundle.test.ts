import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_METHOD, DEFAULT_SCALE, makePlanBundle, pseudonymise, readPlanBundle, serializeBundle } from '../../../shared';
import type { PlanBundleInput, PlaylistItem } from '../../../shared';
import { jsonStrings } from './jsonStrings';

const OPTIONS = { appVersion: '1.4.0', exportedAt: '2025-03-14T09:00:00.000Z' };

/** An individual-rotation plan whose playlist names students in its titles and resources, and aims items at them by id. */
function input(students: { id: string; name: string }[], extraIds: string[] = []): PlanBundleInput {
  const halves = [students.filter((_, i) => i % 2 === 0), students.filter((_, i) => i % 2 === 1)].map((h) => h.map((s) => s.id));
  const groups = halves.map((ids, i) => ({ id: `g${i + 1}`, name: `Group ${i + 1}`, color: '#1a3578', studentIds: ids }));
  const first = students[0]!;
  const playlist: PlaylistItem[] = [
    { id: 'p1', title: 'Teacher table', kind: 'teacher', mustDo: true, minutes: 15, resources: '', for: { who: 'everyone' } },
    { id: 'p2', title: `Reading buddy with ${first.name}`, kind: 'collaborative', mustDo: false, resources: `Ask ${students.at(-1)!.name}`, for: { who: 'groups', groupIds: ['g1'] } },
    {
      id: 'p3',
      title: 'Fluency check',
      kind: 'independent',
      mustDo: true,
      resources: students.map((s) => s.name).join(', '),
      for: { who: 'students', studentIds: [...students.map((s) => s.id), ...extraIds] },
    },
  ];
  return {
    plan: {
      id: 'plan-1',
      title: 'Playlists',
      date: '2025-03-14',
      body: {
        model: 'individual',
        dates: ['2025-03-14'],
        start: '09:00',
        minutesPerStation: 15,
        transitionMinutes: 2,
        stations: [{ id: 'st-t', name: 'Teacher table', kind: 'teacher', adult: 'teacher', activities: {} }],
        groups,
        screenLimitPerDay: 40,
        notes: '',
        playlist,
      },
    },
    grouping: null,
    skills: [],
    mastery: { scale: DEFAULT_SCALE, method: DEFAULT_METHOD, summaries: {} },
    students,
    className: 'Grade 6',
  };
}

const STUDENTS = [
  { id: 'a1', name: 'Ana Lee' },
  { id: 'b2', name: 'Ben Okafor' },
  { id: 'c3', name: 'Chloé Dubois' },
];

describe('a plan bundle with a playlist', () => {
  it('keeps the playlist through make -> serialize -> read', () => {
    const bundle = makePlanBundle(input(STUDENTS), { ...OPTIONS, pseudonymise: false });
    const read = readPlanBundle(serializeBundle(bundle));
    expect(read).toEqual({ ok: true, bundle });
    if (read.ok) expect(read.bundle.content.plan.body.playlist?.[2]?.for).toEqual({ who: 'students', studentIds: ['a1', 'b2', 'c3'] });
  });

  it('still reads a plan without a playlist', () => {
    const plain = input(STUDENTS);
    delete plain.plan.body.playlist;
    const read = readPlanBundle(serializeBundle(makePlanBundle(plain, { ...OPTIONS, pseudonymise: false })));
    expect(read.ok && read.bundle.content.plan.body.playlist).toBe(undefined);
  });

  it('refuses a playlist item aimed at no kind of audience it knows', () => {
    const bad = input(STUDENTS);
    (bad.plan.body.playlist![0]!.for as unknown) = { who: 'parents' };
    const read = readPlanBundle(serializeBundle(makePlanBundle(bad, { ...OPTIONS, pseudonymise: false })));
    expect(read.ok).toBe(false);
  });

  it('pseudonymises the students a playlist item is for, and the names in its text', () => {
    const bundle = makePlanBundle(input(STUDENTS), { ...OPTIONS, pseudonymise: true });
    const map = pseudonymise(STUDENTS.map((s) => s.id), 'plan-1');
    const playlist = bundle.content.plan.body.playlist!;
    expect(playlist[2]!.for).toEqual({ who: 'students', studentIds: ['a1', 'b2', 'c3'].map((id) => map.get(id)!.key) });
    expect(playlist[1]!.title).toBe(`Reading buddy with ${map.get('a1')!.name}`);
    expect(playlist[1]!.resources).toBe(`Ask ${map.get('c3')!.name}`);
    expect(playlist[1]!.for).toEqual({ who: 'groups', groupIds: ['g1'] });
    expect(readPlanBundle(serializeBundle(bundle)).ok).toBe(true);
  });

  it('leaves no real name or id anywhere in a pseudonymised file', () => {
    const name = fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ minLength: 1, maxLength: 12 }))
      .map(([given, family]) => `⟪${given} ${family}⟫`);
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 10 }), (names) => {
        const students = names.map((n, i) => ({ id: `real-id-${i}-x`, name: n }));
        // A student who left the class is still named in the playlist by id.
        const text = serializeBundle(makePlanBundle(input(students, ['real-id-left-x']), { ...OPTIONS, pseudonymise: true }));
        expect(text).not.toContain('real-id-');
        expect(text).not.toContain('⟪');
        const strings = jsonStrings(JSON.parse(text));
        for (const n of names) expect(strings.some((s) => s.includes(n))).toBe(false);
        expect(readPlanBundle(text).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
