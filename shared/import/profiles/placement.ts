// i-Ready placements, read against the student's grade. Real exports write an absolute placement
// ("Level K", "Mid 7", "Early 3", "Below K", "Max Score"), older reports a relative one ("Early On
// Grade Level", "2 Grade Levels Below"); both come down to one band, which the profile turns into
// points on the class scale. Pure.
import { scaleRange, type MasteryScale } from '../../mastery/scale';
import { tidy } from '../headers';

export type PlacementBand = 'above' | 'late' | 'mid' | 'early' | 'below1' | 'below2' | 'below3';

export const PLACEMENT_BANDS: { band: PlacementBand; label: string }[] = [
  { band: 'above', label: 'Above grade level' },
  { band: 'late', label: 'Late on grade level' },
  { band: 'mid', label: 'Mid on grade level' },
  { band: 'early', label: 'Early on grade level' },
  { band: 'below1', label: '1 grade level below' },
  { band: 'below2', label: '2 grade levels below' },
  { band: 'below3', label: '3 or more grade levels below' },
];

export const bandLabel = (band: PlacementBand): string =>
  PLACEMENT_BANDS.find((b) => b.band === band)?.label ?? band;

const isBand = (key: string): key is PlacementBand => PLACEMENT_BANDS.some((b) => b.band === key);

/**
 * The default table on a class scale: placed above the grade is its highest level, on grade (early,
 * mid or late) its mastery level, 1 grade below the level under mastery, 2 or more below its lowest.
 * On the default 4-level scale: Exceeds, Meets, Approaching, Beginning.
 */
export function defaultPlacementPoints(scale: MasteryScale): Record<PlacementBand, number> {
  const points = [...new Set(scale.levels.map((l) => l.points))].sort((a, b) => b - a);
  const { min, max } = scaleRange(scale);
  const meets = points.find((p) => p <= scale.masteryPoints) ?? min;
  const approaching = points.find((p) => p < meets) ?? meets;
  return { above: max, late: meets, mid: meets, early: meets, below1: approaching, below2: min, below3: min };
}

/** The profile's table (what it sets) over the scale's defaults (what it does not). */
export function placementTable(
  points: Record<string, number> | undefined,
  scale: MasteryScale,
): Record<PlacementBand, number> {
  const table = defaultPlacementPoints(scale);
  for (const [k, v] of Object.entries(points ?? {})) if (isBand(k) && Number.isFinite(v)) table[k] = v;
  return table;
}

/** A grade as rosters and exports write it: K, KG, Kindergarten, 00, 3, 03, 3rd, Grade 3; PK is -1. */
export function parseGrade(text: string | undefined): number | null {
  const t = fold(text ?? '').replace(/^grade\s*/, '');
  if (/^(k|kg|kn|kdg|kindergarten|0+)$/.test(t)) return 0;
  if (/^(pk|pre-?k|prek|pre-?kindergarten|tk|-1)$/.test(t)) return -1;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t);
  if (m && Number(m[1]) <= 12) return Number(m[1]);
  return null;
}

export type PlacementRead =
  | { ok: true; band: PlacementBand; /** in a teacher's words: "Mid 7 in grade 7: mid on grade level" */ explain: string }
  | { ok: false; message: string };

function fold(s: string): string {
  return tidy(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ');
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const PHASES = { early: 'early', mid: 'mid', late: 'late' } as const;

const below = (n: number): PlacementBand => (n <= 0 ? 'mid' : n === 1 ? 'below1' : n === 2 ? 'below2' : 'below3');
const gradeName = (g: number) => (g === 0 ? 'K' : g < 0 ? 'pre-K' : String(g));

/** The band a relative wording names, without needing the grade; null if it is not one. */
function relative(t: string): PlacementBand | null {
  if (/^(tested out|max(imum)? score|above grade( level)?|(\d+|one|two|three) grade levels? above)$/.test(t)) return 'above';
  if (/^mid or above( grade( level)?)?$/.test(t)) return 'mid';
  const on = /^(early|mid|late)?\s*on grade( level)?$/.exec(t);
  if (on) return on[1] ? PHASES[on[1] as keyof typeof PHASES] : 'mid';
  if (/^below grade( level)?$/.test(t)) return 'below1';
  const n = /^(\d+|one|two|three|four|five)( or more)? grade levels? below$/.exec(t);
  if (n) {
    const count = WORD_NUMBERS[n[1]!] ?? Number(n[1]);
    return count >= 1 ? below(count) : null;
  }
  return null;
}

/**
 * The band of a placement for a student in `gradeText`. Relative wordings need no grade; an
 * absolute placement ("Level 5", "Mid 7", "Late" alone for the student's own grade) does.
 */
export function readPlacement(text: string, gradeText: string | undefined): PlacementRead {
  const shown = tidy(text);
  const t = fold(text);
  const rel = relative(t);
  if (rel) return { ok: true, band: rel, explain: `${shown}: ${bandLabel(rel).toLowerCase()}` };

  let phase: PlacementBand | null = null;
  let placed: number | null = null;
  const own = /^(early|mid|late)$/.exec(t);
  const abs = /^(early|mid|late|level|grade)?\s*(k|kg|\d{1,2})$/.exec(t);
  if (own) phase = PHASES[own[1] as keyof typeof PHASES];
  else if (t === 'below k' || t === 'below kindergarten') placed = -1;
  else if (abs) {
    placed = parseGrade(abs[2]);
    if (abs[1] && abs[1] in PHASES) phase = PHASES[abs[1] as keyof typeof PHASES];
    if (placed === null || placed > 12) {
      return { ok: false, message: `"${shown}" is not a placement: i-Ready places from Level K to Level 12.` };
    }
  } else {
    return {
      ok: false,
      message: `"${shown}" is not a placement Blendwise can read: it reads placements like "Mid 7", "Level K", "Early 3" or "1 Grade Level Below"; add this one to the profile's own wordings.`,
    };
  }

  const grade = parseGrade(gradeText);
  if (grade === null) {
    return {
      ok: false,
      message: tidy(gradeText)
        ? `The student's grade "${tidy(gradeText)}" cannot be read, and "${shown}" is read against it: write the grade as K or a number from 1 to 12.`
        : `"${shown}" is read against the student's grade, and this row has none: choose the "Student grade" column, or fill in the grade.`,
    };
  }
  const diff = placed === null ? 0 : placed - grade;
  const band: PlacementBand = diff > 0 ? 'above' : diff === 0 ? (phase ?? 'mid') : below(-diff);
  return { ok: true, band, explain: `${shown} in grade ${gradeName(grade)}: ${bandLabel(band).toLowerCase()}` };
}

/** The defaults in plain words, for the screen that edits the table. */
export function placementDefaultsText(scale: MasteryScale): string {
  const d = defaultPlacementPoints(scale);
  const name = (points: number) => scale.levels.find((l) => l.points === points)?.label ?? String(points);
  return (
    `Unless you change it: placed above the student's grade is ${name(d.above)}; on grade level (early, mid or late) is ${name(d.mid)}; ` +
    `1 grade level below is ${name(d.below1)}; 2 or more grade levels below is ${name(d.below2)}.`
  );
}
