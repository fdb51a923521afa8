import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BUILT_IN_PLAYS,
  COMMON_ABBREVIATIONS,
  DEFAULT_METHOD,
  DEFAULT_SCALE,
  groupsCsv,
  initialsOf,
  looksLikeName,
  makeNameScrubber,
  makePlanBundleWithReport,
  masteryGridCsv,
  namesToCheck,
  pseudonymise,
  readPlanBundle,
  scheduleCsv,
  scrubNames,
  scrubStrings,
  serializeBundle,
} from '../../../shared';
import type { NamedStudent, PlanBundleInput } from '../../../shared';
import { jsonStrings } from './jsonStrings';

const OPTIONS = { appVersion: '1.4.0', exportedAt: '2025-03-14T09:00:00.000Z' };

const CLASS: NamedStudent[] = [
  {
    id: 'aoife',
    givenName: 'Aoife',
    familyName: "O'Connor",
    email: 'aoife.oconnor@students.maplewood.example',
    studentNumber: '004512',
    sourcedId: 'stu-48213',
  },
  { id: 'jose', givenName: 'José', familyName: 'Ramírez', preferredName: 'Pepe', email: 'pepe.ramirez@students.maplewood.example', studentNumber: '1001' },
  { id: 'mk', givenName: 'Mary-Kate', familyName: 'Sullivan', studentNumber: '12' },
  { id: 'liam', givenName: 'Liam', familyName: 'Smith-Jones', email: '20231234@students.maplewood.example' },
  { id: 'zoe', givenName: 'Zoë', familyName: 'Lindqvist' },
  { id: 'cj', givenName: 'Christopher', familyName: 'Johnson', preferredName: 'CJ' },
  { id: 'kai1', givenName: 'Kai', familyName: 'Nakamura' },
  { id: 'kai2', givenName: 'Kai', familyName: 'Nakamura' },
  { id: 'anna', givenName: 'Anna', familyName: 'Miller' },
  { id: 'cruz', givenName: 'Inés', familyName: 'de la Cruz' },
];
const NAME_OF = Object.fromEntries(CLASS.map((s, i) => [s.id, `Student ${String(i + 1).padStart(2, '0')}`]));
const pseudonymOf = (id: string) => NAME_OF[id]!;
const scrub = (text: string) => scrubNames(text, CLASS, pseudonymOf);

describe('scrubNames: every way a student is named', () => {
  it('replaces the full name as one pseudonym, and each name alone', () => {
    expect(scrub("Aoife O'Connor leads")).toBe('Student 01 leads');
    expect(scrub("O'Connor, Aoife")).toBe('Student 01');
    expect(scrub('Aoife and O’Connor')).toBe('Student 01 and Student 01');
    expect(scrub('José, Pepe, Ramírez and Pepe Ramírez')).toBe('Student 02, Student 02, Student 02 and Student 02');
    expect(scrub('Christopher Johnson aka CJ')).toBe('Student 06 aka Student 06');
  });

  it('ignores case, accents and the kind of apostrophe; keeps possessives', () => {
    expect(scrub("Aoife's table, Aoife’s table")).toBe("Student 01's table, Student 01’s table");
    expect(scrub('ZOE, zoë, Zoe\u0308, LINDQVIST')).toBe('Student 05, Student 05, Student 05, Student 05');
    expect(scrub('Jose Ramirez')).toBe('Student 02');
    expect(scrub('OConnor or O Connor or O‘Connor')).toBe('Student 01 or Student 01 or Student 01');
  });

  it('replaces each part of a hyphenated or multi-word name, never a particle alone', () => {
    expect(scrub('Mary, Kate, Mary Kate, Mary-Kate Sullivan')).toBe('Student 03, Student 03, Student 03, Student 03');
    expect(scrub('Jones and Smith')).toBe('Student 04 and Student 04');
    expect(scrub('Inés de la Cruz; Cruz; la tarea de hoy')).toBe('Student 10; Student 10; la tarea de hoy');
  });

  it('replaces e-mail addresses, those made of a student’s names and their local parts', () => {
    expect(scrub('Mail aoife.oconnor@students.maplewood.example today.')).toBe('Mail Student 01 today.');
    expect(scrub('AOIFE.OCONNOR@students.maplewood.example')).toBe('Student 01');
    expect(scrub('pepe.ramirez99@gmail.com')).toBe('Student 02');
    expect(scrub('login aoife.oconnor')).toBe('login Student 01');
    expect(scrub('help@school.example')).toBe('help@school.example');
  });

  it('replaces initials in capitals, but not everyday abbreviations or lower case', () => {
    expect(scrub('A.O. and AO and A. O.')).toBe('Student 01 and Student 01 and Student 01');
    expect(scrub('PR and JR')).toBe('Student 02 and Student 02');
    expect(scrub('ao, AOC, A.O.C.')).toBe('ao, AOC, A.O.C.');
    // Anna Miller is AM: "9 AM" stays a time.
    expect(initialsOf(CLASS.find((s) => s.id === 'anna')!)).toEqual(['AM']);
    expect(COMMON_ABBREVIATIONS.has('AM')).toBe(true);
    expect(scrub('Starts 9 AM and 10 A.M.')).toBe('Starts 9 AM and 10 A.M.');
  });

  it('replaces short forms of a first name, unless they are common words', () => {
    expect(scrub('Aoife and Chris day')).toBe('Student 01 and Student 06 day');
    const alexes: NamedStudent[] = [
      { id: 'a', givenName: 'Alexander', familyName: 'Petrov' },
      { id: 'b', givenName: 'Alexandra', familyName: 'Ng' },
      { id: 'w', givenName: 'William', familyName: 'Hart' },
    ];
    expect(scrubNames('Alex, Willi and Will', alexes, (id) => `Student ${id}`)).toBe('A student, Student w and Will');
  });

  it('writes the neutral placeholder for a name two students share', () => {
    expect(scrub('Kai Nakamura and Kai')).toBe('A student and A student');
    expect(scrub('ask kai')).toBe('ask a student');
    expect(scrub('KN')).toBe('A student');
  });

  it('gives back the very same text when it names nobody', () => {
    const text = 'Fractions: tape diagrams with Ms Brennan, 9 AM, room 12 (bring laptops).';
    expect(scrub(text)).toBe(text);
    expect(scrub('')).toBe('');
    expect(scrubNames('Aoife', [], pseudonymOf)).toBe('Aoife');
  });

  it('does not match a name inside another word', () => {
    expect(scrub('Kaiser rolls, Liamo, Annabel, Zoetrope')).toBe('Kaiser rolls, Liamo, Annabel, Zoetrope');
  });

  it('replaces the student number, school system id, own id and a numeric e-mail login, as whole tokens in any case', () => {
    expect(scrub('Ask 1001 and #004512 (stu-48213), STU-48213: 1001’s folder')).toBe(
      'Ask Student 02 and #Student 01 (Student 01), Student 01: Student 02’s folder',
    );
    // Leading zeros may be left out when a teacher types the number.
    expect(scrub('4512 missed it')).toBe('Student 01 missed it');
    expect(scrub('login 20231234, mail 20231234@students.maplewood.example')).toBe('login Student 04, mail Student 04');
    expect(scrub('kai1 and kai2')).toBe('Student 07 and Student 08');
  });

  it('leaves an identifier alone inside another number or word, and a number too short to be one', () => {
    const text = 'Room 21001, 10012 points, 1001.5 and 3.1001 cm, x1001, 1001b, 0045120, stu-482139, pages 12-14';
    expect(scrub(text)).toBe(text);
  });

  it('says what kind of name each replacement was', () => {
    const result = makeNameScrubber(CLASS, pseudonymOf)('Aoife O’Connor, Pepe, Ramírez, AO, aoife.oconnor@students.maplewood.example, Kate');
    expect([...result.replaced].sort()).toEqual(
      ['e-mail address', 'family name', 'full name', 'initials', 'part of a name', 'preferred name'].sort(),
    );
    expect(makeNameScrubber(CLASS, pseudonymOf)('1001 and stu-48213').replaced).toEqual(['student number or id', 'student number or id']);
  });
});

// ---- the property: no token of any student survives ----

const SYLLABLES = ['ao', 'if', 'ma', 'ri', 'sé', 'lú', 'kai', 'në', 'jo', 'ñe', 'bjö', 'rn', 'to', 'mi', 'ka', 'dé', 'su', 'la', 'vi', 'ør', 'ze', 'quo', 'ch', 'nn'];
const FILLER = ['the', 'group', 'meets', 'at', 'table', '9', 'AM', 'with', 'Monday', 'laptops', 'Ms', 'Brennan', 'and', 'fractions', 'a', 'IT'];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plainAscii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/ø/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');

const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 }).map((s) => cap(s.join('')));
const family = fc.oneof(
  word,
  fc.tuple(word, word).map(([a, b]) => `${a}-${b}`),
  word.map((w) => `O'${w}`),
  word.map((w) => `de la ${w}`),
  fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
);
// Digits with any leading zeros kept, as a student number is stored.
const digits = (min: number, max: number) =>
  fc.tuple(fc.nat(2), fc.integer({ min: 10 ** (min - 1), max: 10 ** max - 1 })).map(([zeros, n]) => `${'0'.repeat(zeros)}${n}`.slice(0, max));
const studentArb = fc.record({
  given: fc.oneof(word, fc.tuple(word, word).map(([a, b]) => `${a}-${b}`)),
  family,
  preferred: fc.option(word, { nil: undefined }),
  // Student numbers as schools write them: digits (leading zeros kept), or with a prefix.
  number: fc.oneof(digits(4, 8), digits(3, 6).map((d) => `S${d}`)),
  sourcedId: fc.oneof(
    digits(5, 9).map((d) => `stu-${d}`),
    fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${a.toString(16).padStart(8, '0')}-4c1e-${b.toString(16).padStart(8, '0')}`),
  ),
  numericLogin: fc.boolean(),
});

/** A way a teacher could write one of the student's names. */
type Form = (s: NamedStudent) => string;
const first = (s: NamedStudent) => s.preferredName || s.givenName;
const FORMS: Form[] = [
  (s) => s.givenName,
  (s) => s.familyName,
  (s) => first(s),
  (s) => `${s.givenName} ${s.familyName}`,
  (s) => `${first(s)} ${s.familyName}`,
  (s) => `${s.familyName}, ${s.givenName}`,
  (s) => `${s.givenName}'s`,
  (s) => `${s.familyName}’s`,
  (s) => s.givenName.toUpperCase(),
  (s) => s.familyName.toLowerCase(),
  (s) => plainAscii(s.givenName),
  (s) => s.familyName.replace(/'/g, '’'),
  (s) => s.familyName.replace(/'/g, ''),
  (s) => s.familyName.replace(/-/g, ' '),
  (s) => s.givenName.normalize('NFD'),
  (s) => s.givenName.split('-').at(-1)!,
  (s) => s.familyName.split(/[\s'-]/).at(-1)!,
  (s) => s.email!,
  (s) => s.email!.toUpperCase(),
  (s) => s.email!.split('@')[0]!,
  (s) => `${plainAscii(s.givenName)}.${plainAscii(s.familyName)}2@gmail.com`,
  (s) => initialsOf(s)[0] ?? '',
  (s) => (initialsOf(s)[0] ?? '').split('').join('.') + '.',
  (s) => (initialsOf(s)[0] ?? '').split('').join('. ') + '.',
  (s) => s.studentNumber!,
  (s) => `#${s.studentNumber!}`,
  (s) => `(${s.studentNumber!.toLowerCase()})`,
  (s) => `${s.studentNumber!}'s`,
  (s) => `ID:${s.studentNumber!}`,
  (s) => s.sourcedId!,
  (s) => s.sourcedId!.toUpperCase(),
  (s) => `${s.sourcedId!}.`,
];

const PARTICLES = new Set(['de', 'la', 'al', 'van', 'von', 'le', 'da', 'di', 'du', 'del', 'der', 'den', 'des']);
const folded = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/[’‘]/g, "'")
    .toLowerCase();

const ALNUM = /[\p{L}\p{N}]/u;

/** Written independently of the scrubber: the words of the text, and every way each student could still be found in them. */
function leaks(output: string, students: NamedStudent[]): string[] {
  const words = new Set(folded(output).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const found: string[] = [];
  for (const s of students) {
    for (const name of [s.givenName, s.familyName, s.preferredName ?? '']) {
      if (!name) continue;
      const parts = folded(name).split(/[\s'-]+/).filter(Boolean);
      const candidates = [parts.join(''), ...(parts.length > 1 ? parts.filter((p) => p.length >= 2 && !PARTICLES.has(p)) : [])];
      for (const c of candidates) if (words.has(c)) found.push(`${name}: ${c}`);
    }
    if (s.email && folded(output).includes(s.email.toLowerCase())) found.push(`e-mail ${s.email}`);
    // Each identifier as a whole token: not next to a letter or digit (a longer number is another number).
    const login = s.email?.split('@')[0] ?? '';
    const lower = output.toLowerCase();
    for (const id of [s.studentNumber, s.sourcedId, s.id, /^\d+$/.test(login) ? login : ''].filter((x): x is string => !!x && x.length >= 3)) {
      const key = id.toLowerCase();
      for (let at = lower.indexOf(key); at !== -1; at = lower.indexOf(key, at + 1)) {
        if (!ALNUM.test(lower[at - 1] ?? '') && !ALNUM.test(lower[at + key.length] ?? '')) found.push(`identifier ${id}`);
      }
    }
    for (const initials of initialsOf(s)) {
      if (COMMON_ABBREVIATIONS.has(initials)) continue;
      const [a, b] = initials.split('');
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}.])${a}(?:\\.\\s?${b}\\.?|${b})(?![\\p{L}\\p{N}])`, 'u');
      if (pattern.test(output.normalize('NFD').replace(/\p{Mn}/gu, ''))) found.push(`initials ${initials}`);
    }
  }
  return found;
}

type RawStudent = { given: string; family: string; preferred: string | undefined; number: string; sourcedId: string; numericLogin: boolean };
function classOf(raw: RawStudent[]): NamedStudent[] {
  // Identifiers are unique in a school: a generated clash is made unique by its position.
  return raw.map((r, i) => ({
    id: `s${i}`,
    givenName: r.given,
    familyName: r.family,
    ...(r.preferred ? { preferredName: r.preferred } : {}),
    email: r.numericLogin ? `${r.number.replace(/\D/g, '')}${i}77@school.example` : `${plainAscii(r.preferred ?? r.given)}.${plainAscii(r.family)}@school.example`,
    studentNumber: `${r.number}${i}`,
    sourcedId: `${r.sourcedId}-${i}`,
  }));
}

const classArb = fc.array(studentArb, { minLength: 1, maxLength: 8 }).map(classOf);
const textArb = (size: number) =>
  fc.array(
    fc.oneof(
      fc.constantFrom(...FILLER).map((w) => ({ filler: w })),
      fc.record({ student: fc.nat(size - 1), form: fc.nat(FORMS.length - 1) }),
    ),
    { minLength: 1, maxLength: 14 },
  );
const SEPARATORS = [' ', ', ', '. ', '\n', ' — ', ' (', ') ', ': ', '/'];

describe('scrubNames: the property', () => {
  it('leaves no name, part of a name, e-mail address, initials or identifier of any student, over generated classes and texts', () => {
    fc.assert(
      fc.property(
        classArb.chain((students) => fc.tuple(fc.constant(students), textArb(students.length), fc.array(fc.nat(SEPARATORS.length - 1), { minLength: 14, maxLength: 14 }))),
        ([students, pieces, seps]) => {
          const text = pieces
            .map((p, i) => ('filler' in p ? p.filler : FORMS[p.form]!(students[p.student]!)) + SEPARATORS[seps[i]!]!)
            .join('');
          const out = scrubNames(text, students, (id) => `Student ${id.slice(1).padStart(2, '0')}`);
          expect(leaks(out, students), `${text}\n->\n${out}`).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives back text that names nobody unchanged', () => {
    fc.assert(
      fc.property(classArb, fc.array(fc.constantFrom(...FILLER, 'Kaiser', 'Zoetrope', '12:30', 'x@y.example'), { maxLength: 12 }), (students, words) => {
        const text = words.join(' ');
        const tokens = new Set(students.flatMap((s) => [s.givenName, s.familyName, s.preferredName ?? ''].flatMap((n) => folded(n).split(/[\s'-]+/))));
        fc.pre(words.every((w) => !tokens.has(folded(w))));
        expect(scrubNames(text, students, () => 'Student 01')).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('scrubNames: identifiers only as whole tokens', () => {
  it('leaves a student number or id alone inside a longer number or word, over generated classes', () => {
    const WRAPS: ((id: string) => string)[] = [(id) => `9${id}`, (id) => `${id}7`, (id) => `${id}.5`, (id) => `0.${id}`, (id) => `x${id}`, (id) => `${id}b`];
    fc.assert(
      fc.property(classArb, fc.array(fc.tuple(fc.nat(), fc.nat(WRAPS.length - 1)), { minLength: 1, maxLength: 6 }), (students, picks) => {
        const text = picks
          .map(([who, wrap]) => {
            const s = students[who % students.length]!;
            return WRAPS[wrap]!(who % 2 === 0 ? s.studentNumber! : s.sourcedId!);
          })
          .join(' ');
        // A wrapped id may still happen to be another student's whole id: skip those rare texts.
        const ids = new Set(students.flatMap((s) => identifiersOfForTest(s)));
        fc.pre(text.split(' ').every((t) => !ids.has(t.toLowerCase())));
        expect(scrubNames(text, students, () => 'Student 01')).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});

/** Every identifier a student could be found by, lower case, leading zeros also dropped (written apart from the scrubber). */
function identifiersOfForTest(s: NamedStudent): string[] {
  const login = s.email?.split('@')[0] ?? '';
  return [s.studentNumber, s.sourcedId, s.id, login]
    .filter((x): x is string => !!x)
    .flatMap((x) => [x.toLowerCase(), x.replace(/^0+(?=\d)/, '').toLowerCase()]);
}

// ---- a whole bundle ----

function planInput(): PlanBundleInput {
  const groups = [
    { id: 'g1', name: 'Aoife’s group', color: '#1a3578', studentIds: ['aoife', 'jose'] },
    { id: 'g2', name: 'Kai crew', color: '#1f7a3a', studentIds: ['mk', 'liam'] },
  ];
  return {
    plan: {
      id: 'plan-1',
      title: 'Aoife and Chris day with Maeve',
      date: '2026-12-07',
      body: {
        model: 'station',
        dates: ['2026-12-07'],
        start: '09:00',
        minutesPerStation: 15,
        transitionMinutes: 2,
        stations: [
          {
            id: 'st-t',
            name: 'Table with Ms Brennan and Ramirez',
            kind: 'teacher',
            adult: 'teacher',
            activities: { g1: { activity: 'Zoe reads to A.O.', resources: 'aoife.oconnor@students.maplewood.example', evidence: 'Mary-Kate’s notes' } },
          },
          { id: 'st-o', name: 'Online (Jones)', kind: 'online', adult: null, activities: {} },
        ],
        groups,
        screenLimitPerDay: 40,
        notes: 'Inés is absent; Pepe helps.',
      },
    },
    grouping: {
      id: 'grouping-1',
      date: '2026-12-06',
      name: 'Groups for Sullivan',
      strategy: 'similar',
      skillIds: [],
      groups: groups.map((g) => ({ name: g.name, color: g.color, studentIds: g.studentIds })),
      scores: { aoife: 2.5, jose: 1, mk: 3, liam: null },
    },
    skills: [{ id: 'sk-1', code: '6.RP.1', statement: 'Ratios' }],
    mastery: { scale: DEFAULT_SCALE, method: DEFAULT_METHOD, summaries: { aoife: { 'sk-1': 2 } } },
    students: [
      { id: 'aoife', name: "Aoife O'Connor" },
      { id: 'jose', name: 'Pepe Ramírez' },
      { id: 'mk', name: 'Mary-Kate Sullivan' },
      { id: 'liam', name: 'Liam Smith-Jones' },
    ],
    className: "Aoife O'Connor's class",
    classStudents: CLASS,
  };
}

describe('a pseudonymised plan bundle', () => {
  it('leaves no name of any student of the class in any string of the file, the class name included', () => {
    const { bundle, report } = makePlanBundleWithReport(planInput(), { ...OPTIONS, pseudonymise: true });
    const text = serializeBundle(bundle);
    const strings = jsonStrings(JSON.parse(text));
    expect(leaks(strings.join('\n'), CLASS)).toEqual([]);
    expect(text).not.toMatch(/aoife|o'connor|ramirez|ramírez|zoe|sullivan|jones|ines|inés|pepe|A\.O\./i);
    expect(readPlanBundle(text).ok).toBe(true);
    // "Chris" is Christopher's short form; Maeve is no student of this class: left, and flagged for the teacher.
    const map = pseudonymise([...CLASS.map((s) => s.id), 'aoife', 'jose', 'mk', 'liam'], 'plan-1');
    expect(bundle.content.plan.title).toBe(`${map.get('aoife')!.name} and ${map.get('cj')!.name} day with Maeve`);
    expect(bundle.content.className).toBe(`${map.get('aoife')!.name}'s class`);
    expect(report!.toCheck).toEqual(['Maeve', 'Brennan']);
  });

  it('leaves no student number, school system id or numeric login in the file, and counts them in the report', () => {
    const input = planInput();
    input.plan.body.notes = 'Check #1001 and 004512 (STU-48213); 20231234 logs in as 20231234@students.maplewood.example. Room 21001.';
    input.grouping!.name = 'Groups for 4512';
    const { bundle, report } = makePlanBundleWithReport(input, { ...OPTIONS, pseudonymise: true });
    const text = serializeBundle(bundle);
    expect(leaks(jsonStrings(JSON.parse(text)).join('\n'), CLASS)).toEqual([]);
    expect(text).not.toMatch(/(?<!\d)(1001|004512|4512|20231234)(?!\d)|stu-48213/i);
    // A longer number that holds one is another number: it stays.
    expect(bundle.content.plan.body.notes).toContain('Room 21001.');
    expect(report!.byKind['student number or id']).toBe(4);
  });

  it('reports how many names it replaced, of which kind and where', () => {
    const { report } = makePlanBundleWithReport(planInput(), { ...OPTIONS, pseudonymise: true });
    expect(report!.byField).toEqual({
      'the plan title': 2,
      'station names': 2,
      activities: 4,
      'group names': 4,
      'the plan notes': 2,
      'the grouping name': 1,
      'the class name': 1,
    });
    expect(report!.replaced).toBe(16);
    expect(report!.byKind['e-mail address']).toBe(1);
    expect(report!.byKind.initials).toBe(1);
  });

  it('keeps the plain bundle as typed, with no report', () => {
    const { bundle, report } = makePlanBundleWithReport(planInput(), { ...OPTIONS, pseudonymise: false });
    expect(report).toBeNull();
    expect(bundle.content.plan.title).toBe('Aoife and Chris day with Maeve');
  });

  it('pseudonymises the CSVs made from it too', () => {
    const { content } = makePlanBundleWithReport(planInput(), { ...OPTIONS, pseudonymise: true }).bundle;
    const csv = [groupsCsv(content), scheduleCsv(content.plan.body), masteryGridCsv(content.students, content.skills, content.mastery.summaries)].join('\n');
    expect(leaks(csv, CLASS)).toEqual([]);
    expect(csv).toContain('Student');
  });

  it('refuses, in plain words, a text that outgrows the file once names are replaced', () => {
    const long = planInput();
    long.plan.body.stations[0]!.name = 'CJ '.repeat(66).trim();
    expect(() => makePlanBundleWithReport(long, { ...OPTIONS, pseudonymise: true })).toThrow(/station names is longer than a plan file allows/);
  });
});

describe('walking every string', () => {
  it('scrubs a field nobody listed, and leaves ids, kinds, colours and dates alone', () => {
    const scrubber = makeNameScrubber(CLASS, pseudonymOf);
    const value = {
      id: 'Aoife',
      kind: 'Aoife',
      color: 'Aoife',
      dates: ['Aoife'],
      somethingNew: { deep: [{ note: 'Ask Aoife' }] },
      ['__proto__']: 'x',
    };
    const { value: out, report } = scrubStrings(JSON.parse(JSON.stringify(value)) as typeof value, scrubber);
    expect(out.somethingNew.deep[0]!.note).toBe('Ask Student 01');
    expect([out.id, out.kind, out.color, out.dates[0]]).toEqual(['Aoife', 'Aoife', 'Aoife', 'Aoife']);
    expect(report).toMatchObject({ replaced: 1, byField: { 'other text': 1 } });
  });
});

describe('words that look like names', () => {
  it('flags capitalised words that are not common words, months, days or subjects', () => {
    expect(namesToCheck(['Maeve helps Brennan’s group on Monday in March', 'Fractions with Teacher-led practice', 'IEP and ELL', 'Student 07'])).toEqual([
      'Maeve',
      'Brennan',
    ]);
    for (const w of ['Monday', 'December', 'Math', 'Reading', 'Exit', 'Station', 'Groups', 'Online', 'Practicing', 'Activities', 'Timed']) expect(looksLikeName(w)).toBe(false);
    for (const w of ['Chris', 'Siobhán', 'Brennan']) expect(looksLikeName(w)).toBe(true);
  });

  it('flags nothing in the words of the built-in plays, so a plan made from one asks the teacher about nothing', () => {
    expect(namesToCheck(jsonStrings(BUILT_IN_PLAYS))).toEqual([]);
  });
});
