// The first-run sample: a realistic grade 6 math class with a roster, the ratios & proportional
// relationships standards, and about four school weeks of evidence, so a new teacher sees every
// screen with data in it. Pure and deterministic: the same `today` (and the same ids from
// `makeId`) give the same records.
import type { ClassRecord, ClassSkill, Enrollment, Evidence, Framework, Skill, Student } from '../model';

export type SampleData = {
  classRecord: ClassRecord;
  students: Student[];
  enrollments: Enrollment[];
  framework: Framework;
  skills: Skill[];
  classSkills: ClassSkill[];
  evidence: Evidence[];
};

/** How many school days (weekdays before `today`) the sample evidence spans. */
export const SAMPLE_SCHOOL_DAYS = 20;

type SampleStudent = {
  given: string;
  family: string;
  preferred?: string;
  notes?: string;
  /** latent ability in points around the class mean: below -0.9 is clearly off track, above 0.9 exceeds */
  ability: number;
  /** the school day (0-based) the student joined; no evidence before it */
  joinedDay?: number;
};

const ROSTER: SampleStudent[] = [
  { given: 'Zoë', family: 'Lindqvist', ability: 0.4 },
  {
    given: 'José',
    family: 'Ramírez',
    preferred: 'Pepe',
    ability: -0.3,
    notes: 'ELL (Spanish): the bilingual glossary helps with word problems.',
  },
  { given: 'Anaïs', family: 'Dubois', ability: 1.3 },
  { given: 'Mary-Kate', family: 'Sullivan', ability: 0.1 },
  {
    given: 'Liam',
    family: 'Smith-Jones',
    ability: -1.3,
    notes: 'IEP: extended time on quizzes; read problems aloud.',
  },
  { given: 'Aoife', family: "O'Connor", ability: 0.7 },
  { given: 'Marco', family: "D'Angelo", ability: -0.5 },
  {
    given: 'Mai',
    family: 'Nguyễn',
    ability: 1.5,
    notes: 'Finishes early: offer the 7th-grade extension tasks.',
  },
  { given: 'Oluwaseun', family: 'Adebayo', preferred: 'Seun', ability: 0.2 },
  { given: 'Priya', family: 'Raghunathan', ability: 0.9 },
  { given: 'Mateo', family: 'Hernández-López', ability: -1.0 },
  { given: 'Chloé', family: 'Martin', ability: 0.0 },
  { given: 'Kai', family: 'Nakamura', ability: 0.5 },
  { given: 'Fatima', family: 'Al-Sayed', ability: -0.2, notes: '504: preferential seating near the board.' },
  { given: 'Björn', family: 'Eriksson', ability: 0.3 },
  { given: 'Aaliyah', family: 'Washington', ability: 1.2 },
  { given: 'Dmitri', family: 'Volkov', ability: -0.6 },
  { given: 'Siobhán', family: 'Kelly', ability: 0.6 },
  {
    given: 'Christopher',
    family: 'Johnson',
    preferred: 'CJ',
    ability: -1.4,
    notes: 'Frequently absent: check the make-up folder.',
  },
  { given: 'Isabella', family: 'Rossi', preferred: 'Bella', ability: 0.2 },
  { given: 'Jamal', family: 'Carter', ability: 1.0 },
  { given: 'Ximena', family: 'Flores', ability: -0.4 },
  { given: 'Noah', family: 'Goldberg', ability: -0.1 },
  { given: 'Hana', family: 'Kim', ability: 0.8 },
  { given: 'Tevita', family: 'Fifita', ability: -0.7, joinedDay: 5, notes: 'Joined the class in week 2.' },
  { given: 'Élodie', family: 'Moreau', ability: 0.0 },
  { given: 'Alexander', family: 'Petrov', preferred: 'Sasha', ability: -0.8 },
  { given: 'Amara', family: 'Okafor', ability: 0.3 },
];

type SampleSkill = {
  code: string;
  statement: string;
  parent: string | null;
  difficulty: number;
  introDay: number | null;
  extension?: boolean;
};

// Paraphrased from the Common Core State Standards for Mathematics, Ratios & Proportional
// Relationships, grades 6 and 7. `introDay` is the school day (0-based) the class met the skill;
// null: not taught yet. Extension skills are only assessed for students who exceed.
const SKILLS: SampleSkill[] = [
  {
    code: '6.RP.A.1',
    parent: null,
    difficulty: -0.3,
    introDay: 0,
    statement:
      'Understand the concept of a ratio and use ratio language to describe a ratio relationship between two quantities.',
  },
  {
    code: '6.RP.A.2',
    parent: null,
    difficulty: 0,
    introDay: 2,
    statement:
      'Understand the concept of a unit rate a/b associated with a ratio a:b with b ≠ 0, and use rate language in the context of a ratio relationship.',
  },
  {
    code: '6.RP.A.3',
    parent: null,
    difficulty: 0.2,
    introDay: 14,
    statement:
      'Use ratio and rate reasoning to solve real-world and mathematical problems, e.g., by reasoning about tables of equivalent ratios, tape diagrams, double number line diagrams, or equations.',
  },
  {
    code: '6.RP.A.3a',
    parent: '6.RP.A.3',
    difficulty: -0.1,
    introDay: 5,
    statement:
      'Make tables of equivalent ratios relating quantities with whole-number measurements, find missing values in the tables, and plot the pairs of values on the coordinate plane. Use tables to compare ratios.',
  },
  {
    code: '6.RP.A.3b',
    parent: '6.RP.A.3',
    difficulty: 0.1,
    introDay: 7,
    statement: 'Solve unit rate problems, including those involving unit pricing and constant speed.',
  },
  {
    code: '6.RP.A.3c',
    parent: '6.RP.A.3',
    difficulty: 0.3,
    introDay: 10,
    statement:
      'Find a percent of a quantity as a rate per 100; solve problems involving finding the whole, given a part and the percent.',
  },
  {
    code: '6.RP.A.3d',
    parent: '6.RP.A.3',
    difficulty: 0.4,
    introDay: 12,
    statement:
      'Use ratio reasoning to convert measurement units; manipulate and transform units appropriately when multiplying or dividing quantities.',
  },
  {
    code: '7.RP.A.1',
    parent: null,
    difficulty: 0.6,
    introDay: 15,
    extension: true,
    statement:
      'Compute unit rates associated with ratios of fractions, including ratios of lengths, areas and other quantities measured in like or different units.',
  },
  {
    code: '7.RP.A.2',
    parent: null,
    difficulty: 0.6,
    introDay: null,
    statement: 'Recognize and represent proportional relationships between quantities.',
  },
  {
    code: '7.RP.A.2a',
    parent: '7.RP.A.2',
    difficulty: 0.7,
    introDay: 16,
    extension: true,
    statement:
      'Decide whether two quantities are in a proportional relationship, e.g., by testing for equivalent ratios in a table or graphing on a coordinate plane and observing whether the graph is a straight line through the origin.',
  },
  {
    code: '7.RP.A.2b',
    parent: '7.RP.A.2',
    difficulty: 0.8,
    introDay: null,
    statement:
      'Identify the constant of proportionality (unit rate) in tables, graphs, equations, diagrams, and verbal descriptions of proportional relationships.',
  },
  {
    code: '7.RP.A.3',
    parent: null,
    difficulty: 0.9,
    introDay: null,
    statement:
      'Use proportional relationships to solve multistep ratio and percent problems, such as simple interest, tax, markups and markdowns, gratuities and commissions, fees, percent increase and decrease, and percent error.',
  },
];

type EventKind = 'exit' | 'ixl' | 'obs' | 'quiz';
type AssessmentEvent = { day: number; kind: EventKind; source: string };

const QUIZ_DAYS = [9, 18];
const NOTES_LOW = [
  'Mixed up part-to-part and part-to-whole.',
  'Needed a ratio table to get started.',
  'Set up the rate upside down (miles per hour vs hours per mile).',
  'Added instead of multiplying to scale the ratio.',
];
const NOTES_HIGH = [
  'Explained the unit rate to a partner clearly.',
  'Used a double number line without a prompt.',
  'Checked the answer with a second strategy.',
];

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence everywhere. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const DAY_MS = 86_400_000;

function parseDay(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Expected a date as YYYY-MM-DD, got "${date}".`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The `count` weekdays before `today` (not including it), oldest first. */
export function schoolDaysBefore(today: string, count: number): string[] {
  const days: string[] = [];
  let t = parseDay(today);
  while (days.length < count) {
    t -= DAY_MS;
    const dow = new Date(t).getUTCDay();
    if (dow !== 0 && dow !== 6) days.push(formatDay(t));
  }
  return days.reverse();
}

function termFor(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const span = (y: number) => `${y}–${String((y + 1) % 100).padStart(2, '0')}`;
  if (month >= 8) return `${span(year)} Fall`;
  if (month === 1) return `${span(year - 1)} Fall`;
  return `${span(year - 1)} Spring`;
}

function emailFor(s: SampleStudent): string {
  const clean = (x: string) =>
    x
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '');
  return `${clean(s.preferred ?? s.given)}.${clean(s.family)}@students.maplewood.example`;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function percentToScore(pct: number): number {
  if (pct >= 90) return 4;
  if (pct >= 75) return 3;
  if (pct >= 60) return 2;
  return 1;
}

/** The assessments the class did on one skill: ids of exit tickets are numbered by date later. */
function eventsFor(skill: SampleSkill, lastDay: number): { day: number; kind: EventKind }[] {
  if (skill.introDay === null) return [];
  const d = skill.introDay;
  const planned: { day: number; kind: EventKind }[] = [
    { day: d, kind: 'exit' },
    { day: d + 1, kind: 'ixl' },
    { day: d + 3, kind: 'obs' },
    { day: d + 4, kind: 'exit' },
    { day: d + 7, kind: 'ixl' },
  ];
  // A quiz covers every class-wide skill met before it and after the previous quiz.
  if (!skill.extension) {
    const quiz = QUIZ_DAYS.find((q) => q > d + 1);
    if (quiz !== undefined) planned.push({ day: quiz, kind: 'quiz' });
  }
  const seen = new Set<number>();
  return planned
    .filter((e) => e.day <= lastDay && !(e.kind !== 'quiz' && QUIZ_DAYS.includes(e.day)))
    .filter((e) => (seen.has(e.day) ? false : (seen.add(e.day), true)))
    .sort((a, b) => a.day - b.day);
}

export function buildSampleClass(today: string, makeId: () => string): SampleData {
  const rand = mulberry32(hashString(`blendwise-sample|${today}`));
  const gauss = () => {
    // Irwin–Hall approximation: mean 0, sd 1, bounded; plenty for sample noise.
    let s = 0;
    for (let i = 0; i < 6; i++) s += rand();
    return (s - 3) * Math.SQRT2;
  };
  const days = schoolDaysBefore(today, SAMPLE_SCHOOL_DAYS);
  const firstDay = days[0] ?? today;
  const setupAt = `${formatDay(parseDay(firstDay) - 3 * DAY_MS)}T14:05:00.000Z`;

  const classRecord: ClassRecord = {
    id: makeId(),
    name: 'Grade 6 Math — Period 2',
    subject: 'Math',
    grade: '6',
    term: termFor(today),
    archived: 0,
    createdAt: setupAt,
    sample: 1,
  };

  const students: Student[] = ROSTER.map((s, i) => ({
    id: makeId(),
    givenName: s.given,
    familyName: s.family,
    preferredName: s.preferred ?? '',
    studentNumber: String(4512 + i * 37).padStart(6, '0'),
    email: emailFor(s),
    notes: s.notes ?? '',
    archived: 0,
    createdAt: setupAt,
    sample: 1,
  }));

  const enrollments: Enrollment[] = students.map((s) => ({
    id: makeId(),
    classId: classRecord.id,
    studentId: s.id,
    section: 'Period 2',
    archived: 0,
  }));

  const framework: Framework = {
    id: makeId(),
    title: 'Ratios & Proportional Relationships (CCSS)',
    creator: 'Common Core State Standards',
    identifier: '',
    sample: 1,
  };

  const idByCode = new Map<string, string>();
  for (const s of SKILLS) idByCode.set(s.code, makeId());
  const siblingCount = new Map<string | null, number>();
  const skills: Skill[] = SKILLS.map((s) => {
    const order = siblingCount.get(s.parent) ?? 0;
    siblingCount.set(s.parent, order + 1);
    return {
      id: idByCode.get(s.code) as string,
      frameworkId: framework.id,
      code: s.code,
      statement: s.statement,
      parentId: s.parent === null ? null : (idByCode.get(s.parent) as string),
      order,
    };
  });

  const classSkills: ClassSkill[] = skills.map((sk, order) => ({
    id: makeId(),
    classId: classRecord.id,
    skillId: sk.id,
    order,
  }));

  // Every student's own ability and pace, drawn once so they hold across skills.
  const growth = ROSTER.map(() => 0.3 + rand() * 0.6);

  const lastDay = days.length - 1;
  const skillEvents = SKILLS.map((s) => eventsFor(s, lastDay));
  // Exit tickets are numbered in date order across all skills; one ticket a day at most.
  const exitDays = [
    ...new Set(
      skillEvents
        .flat()
        .filter((e) => e.kind === 'exit')
        .map((e) => e.day),
    ),
  ].sort((a, b) => a - b);
  const sourceFor = (skill: SampleSkill, e: { day: number; kind: EventKind }): AssessmentEvent => {
    switch (e.kind) {
      case 'exit':
        return { ...e, source: `Exit ticket ${exitDays.indexOf(e.day) + 1}` };
      case 'ixl':
        return { ...e, source: `IXL ${skill.code.slice(0, 4)}` };
      case 'obs':
        return { ...e, source: 'Observation' };
      case 'quiz':
        return { ...e, source: `Quiz ${QUIZ_DAYS.indexOf(e.day) + 1}` };
    }
  };

  const evidence: Evidence[] = [];
  SKILLS.forEach((skill, si) => {
    const events = (skillEvents[si] ?? []).map((e) => sourceFor(skill, e));
    if (events.length === 0 || skill.introDay === null) return;
    const intro = skill.introDay;
    ROSTER.forEach((student, pi) => {
      if (skill.extension && student.ability < 0.9) return;
      // 2–5 of the class's assessments on this skill (absences and optional work miss the rest).
      const open = events.filter((e) => e.day >= (student.joinedDay ?? 0));
      const want = Math.min(open.length, 2 + Math.floor(rand() * 4));
      const picked = open
        .map((e) => ({ e, r: rand() }))
        .sort((a, b) => a.r - b.r)
        .slice(0, want)
        .map((x) => x.e)
        .sort((a, b) => a.day - b.day);
      for (const e of picked) {
        const progress = clamp((e.day - intro) / 8, 0, 1);
        const latent =
          2.4 + student.ability - skill.difficulty + (growth[pi] ?? 0.5) * progress + gauss() * 0.45;
        let score: number;
        let raw: string | undefined;
        if (e.kind === 'ixl') {
          const pct = Math.round(clamp(45 + (latent - 1) * 18 + gauss() * 4, 20, 100));
          score = percentToScore(pct);
          raw = `${pct}%`;
        } else if (e.kind === 'quiz') {
          const points = Math.round(clamp((45 + (latent - 1) * 18 + gauss() * 4) / 5, 3, 20));
          score = percentToScore(points * 5);
          raw = `${points}/20`;
        } else {
          score = clamp(Math.round(latent), 1, 4);
        }
        let note = '';
        if (rand() < 0.05) {
          const pool = score <= 2 ? NOTES_LOW : NOTES_HIGH;
          note = pool[Math.floor(rand() * pool.length)] ?? '';
        }
        const date = days[e.day] ?? firstDay;
        const minutes = 15 * 60 + Math.floor(rand() * 6 * 60);
        const createdAt = `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000Z`;
        const row: Evidence = {
          id: makeId(),
          classId: classRecord.id,
          studentId: students[pi]?.id ?? '',
          skillId: idByCode.get(skill.code) as string,
          score,
          date,
          source: e.source,
          note,
          createdAt,
        };
        if (raw !== undefined) row.raw = raw;
        evidence.push(row);
      }
    });
  });
  evidence.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return { classRecord, students, enrollments, framework, skills, classSkills, evidence };
}
