// Assessment profiles: a column mapping saved per source (i-Ready, NWEA MAP, a Canvas report), with
// how its values become levels, so next week's file from the same source imports in one click. Pure.
import { scaleRange, type CutScores, type MasteryScale } from '../../mastery/scale';
import type { CsvTable } from '../csvTable';
import { headerKey, tidy } from '../headers';
import type { ImportProblem } from '../problems';
import { previewResults, type ResultsContext, type ResultsPreview } from '../resultsCsv';
import type { ResultsField, ResultsMapping } from '../resultsMapping';
import { parseNumber, readScore } from '../resultsValues';
import { placementTable, readPlacement } from './placement';

export type AssessmentValueKind = 'level' | 'percent' | 'points' | 'scale_score' | 'placement';

export const VALUE_KINDS: { kind: AssessmentValueKind; label: string }[] = [
  { kind: 'level', label: 'Levels on the class scale' },
  { kind: 'percent', label: 'Percents (through the class cut scores)' },
  { kind: 'points', label: 'Points like 18/20 (through the class cut scores)' },
  { kind: 'scale_score', label: 'Scale scores (through this profile’s cut scores)' },
  { kind: 'placement', label: 'Placements (through this profile’s placement table)' },
];

export type ScaleScoreCut = { min: number; points: number };

export type AssessmentProfile = {
  id: string;
  /** e.g. "i-Ready Math diagnostic" */
  name: string;
  /** the headers of the file the profile was made from, to recognise the next one */
  headersSignature: string[];
  /** column indices into `headersSignature` (re-found by header name in a new file) */
  mapping: ResultsMapping;
  valueKind: AssessmentValueKind;
  /** scale score -> points: the first cut (from the highest `min` down) at or below the score */
  scaleScoreCuts?: ScaleScoreCut[];
  /** true while the cuts are a starting point the teacher has not checked against the school's norms */
  cutsDraft?: boolean;
  /**
   * Placement band (read against the student's grade, see placement.ts) -> points; a band not set
   * here takes the class scale's default.
   */
  placementPoints?: Record<string, number>;
  /** the teacher's own placement wordings -> points, compared without case or extra spaces; before the bands */
  placementLevels?: Record<string, number>;
  /** a source's domain/strand/outcome name -> a tracked skill code */
  skillCodeMap?: Record<string, string>;
  /**
   * Files with one row per test and the strand names in cells (NWEA MAP's Goal1Name/Goal1RitScore):
   * each pair is the column naming the strand and the column holding its value.
   */
  strandColumns?: { name: number; value: number }[];
  defaultSource: string;
};

const foldKey = (s: string) =>
  tidy(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/** Share of headers two lists have in common (case, spaces and punctuation ignored), 0 to 1. */
export function headersOverlap(a: string[], b: string[]): number {
  const ka = new Set(a.map(headerKey).filter(Boolean));
  const kb = new Set(b.map(headerKey).filter(Boolean));
  if (ka.size === 0 || kb.size === 0) return 0;
  let common = 0;
  for (const k of ka) if (kb.has(k)) common++;
  return common / Math.max(ka.size, kb.size);
}

/** The profile whose signature best matches the headers, when at least 80% of them agree. */
export function matchProfile<P extends AssessmentProfile>(headers: string[], profiles: P[]): P | null {
  let best: P | null = null;
  let bestScore = 0;
  for (const p of profiles) {
    const score = headersOverlap(headers, p.headersSignature);
    if (score >= 0.8 && score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The profile's mapping with its column numbers moved to where the same headers sit in `headers`
 * (a column the new file lacks is dropped).
 */
export function profileForHeaders(profile: AssessmentProfile, headers: string[]): AssessmentProfile {
  const keys = headers.map(headerKey);
  const move = (i: number): number | undefined => {
    const key = headerKey(profile.headersSignature[i] ?? '');
    if (key && keys[i] === key) return i;
    const at = key ? keys.indexOf(key) : -1;
    return at >= 0 ? at : undefined;
  };
  const mapping: ResultsMapping = {};
  for (const [field, index] of Object.entries(profile.mapping)) {
    if (typeof index !== 'number') continue;
    const moved = move(index);
    if (moved !== undefined) mapping[field as ResultsField] = moved;
  }
  if (profile.mapping.skillColumns) {
    mapping.skillColumns = profile.mapping.skillColumns.flatMap((i) => {
      const m = move(i);
      return m === undefined ? [] : [m];
    });
  }
  if (profile.mapping.wideValues) mapping.wideValues = profile.mapping.wideValues;
  const strandColumns = profile.strandColumns?.flatMap(({ name, value }) => {
    const n = move(name);
    const v = move(value);
    return n === undefined || v === undefined ? [] : [{ name: n, value: v }];
  });
  return {
    ...profile,
    headersSignature: headers,
    mapping,
    ...(strandColumns ? { strandColumns } : {}),
  };
}

export type ProfileValue =
  | { ok: true; points: number; raw: string; /** how it was read, in a teacher's words */ reading?: string }
  | { ok: false; blank: boolean; message: string };

const fmt = (x: number) => String(Math.round(x * 1e6) / 1e6);

export type LevellingProfile = Pick<
  AssessmentProfile,
  'valueKind' | 'scaleScoreCuts' | 'placementLevels' | 'placementPoints' | 'name'
>;

/**
 * One cell of the file turned into points on the class scale, as the profile says; never throws.
 * `grade` is the student's grade on the file: placements like "Mid 7" are read against it.
 */
export function applyProfileValue(
  raw: string,
  profile: LevellingProfile,
  scale: MasteryScale,
  cuts: CutScores,
  grade?: string,
): ProfileValue {
  const t = tidy(raw);
  if (t === '') return { ok: false, blank: true, message: 'No score on this row: fill it in, or leave the row out.' };
  try {
    if (profile.valueKind === 'scale_score') {
      const value = parseNumber(t);
      if (Number.isNaN(value)) {
        return { ok: false, blank: false, message: `"${t}" is not a scale score: the profile '${profile.name}' expects a number here.` };
      }
      const list = [...(profile.scaleScoreCuts ?? [])]
        .filter((c) => Number.isFinite(c.min) && Number.isFinite(c.points))
        .sort((a, b) => b.min - a.min);
      if (list.length === 0) {
        return {
          ok: false,
          blank: false,
          message: `The profile '${profile.name}' has no cut scores to turn scale scores into levels: add them to the profile.`,
        };
      }
      const cut = list.find((c) => c.min <= value);
      const reading = cut ? `${t}: at or above the cut ${fmt(cut.min)}` : `${t}: below the lowest cut ${fmt(list[list.length - 1]!.min)}`;
      return inScale((cut ?? list[list.length - 1]!).points, t, scale, reading);
    }
    if (profile.valueKind === 'placement') {
      const key = foldKey(t);
      const own = Object.entries(profile.placementLevels ?? {}).find(([k]) => foldKey(k) === key);
      if (own && Number.isFinite(own[1])) return inScale(own[1], t, scale, `${t}: your own wording`);
      const read = readPlacement(t, grade);
      if (!read.ok) return { ok: false, blank: false, message: read.message };
      return inScale(placementTable(profile.placementPoints, scale)[read.band], t, scale, read.explain);
    }
    const as = profile.valueKind === 'level' ? 'score' : profile.valueKind;
    const read = readScore(t, as, { scale, cutScores: cuts });
    if (read.kind === 'score') return { ok: true, points: read.score, raw: read.raw };
    if (read.kind === 'error') return { ok: false, blank: false, message: read.message };
    if (read.kind === 'not-scored') {
      return { ok: false, blank: true, message: `The score is "${read.text}", so there is nothing to record.` };
    }
    return { ok: false, blank: true, message: 'No score on this row: fill it in, or leave the row out.' };
  } catch {
    return { ok: false, blank: false, message: `"${t}" could not be read as a score.` };
  }
}

function inScale(points: number, raw: string, scale: MasteryScale, reading: string): ProfileValue {
  const { min, max } = scaleRange(scale);
  if (!(points >= min && points <= max)) {
    return {
      ok: false,
      blank: false,
      message: `${raw} becomes ${fmt(points)} points, outside the class scale (${fmt(min)} to ${fmt(max)}): fix the profile's table.`,
    };
  }
  return { ok: true, points, raw, reading };
}

const SUFFIXES = /\s*(scale score|placement|rit score|ritscore|score|result|level|mastery points)\s*$/i;

/** A source's name for a skill (a header or a cell) turned into a tracked code by the profile. */
export function mapSkillCode(name: string, map: Record<string, string> | undefined): string {
  const t = tidy(name);
  const entries = Object.entries(map ?? {}).filter(([, code]) => tidy(code) !== '');
  const key = foldKey(t);
  const bare = foldKey(t.replace(SUFFIXES, ''));
  const hit =
    entries.find(([k]) => foldKey(k) === key) ?? entries.find(([k]) => foldKey(k.replace(SUFFIXES, '')) === bare);
  return hit ? tidy(hit[1]) : t;
}

/** The names of the skills a file holds under a profile: wide headers, strand names, or long codes. */
export function profileSkillNames(table: CsvTable, profile: AssessmentProfile): string[] {
  const names = new Set<string>();
  const p = profileForHeaders(profile, table.headers);
  for (const i of p.mapping.skillColumns ?? []) names.add(tidy(table.headers[i]).replace(SUFFIXES, ''));
  for (const { name } of p.strandColumns ?? []) for (const r of table.rows) if (tidy(r.cells[name])) names.add(tidy(r.cells[name]));
  if (!p.mapping.skillColumns?.length && !p.strandColumns?.length && p.mapping.skillCode !== undefined) {
    for (const r of table.rows) if (tidy(r.cells[p.mapping.skillCode])) names.add(tidy(r.cells[p.mapping.skillCode]));
  }
  return [...names];
}

const CANON: { field: ResultsField; header: string }[] = [
  { field: 'studentId', header: 'Student ID' },
  { field: 'studentName', header: 'Student name' },
  { field: 'givenName', header: 'First name' },
  { field: 'familyName', header: 'Last name' },
  { field: 'date', header: 'Date' },
  { field: 'source', header: 'Source' },
  { field: 'note', header: 'Note' },
  { field: 'grade', header: 'Student grade' },
  { field: 'ref', header: 'Test ID' },
];

/**
 * What importing the file through the profile would record: each wide column or strand becomes
 * one score row with the profile's skill code and converted value, then read as a long file.
 * Never throws.
 */
export function previewWithProfile(
  table: CsvTable,
  profile: AssessmentProfile,
  ctx: ResultsContext,
): ResultsPreview {
  try {
    return build(table, profileForHeaders(profile, table.headers), ctx);
  } catch {
    return previewResults({ ...table, headers: [], rows: [] }, {}, ctx);
  }
}

function build(table: CsvTable, profile: AssessmentProfile, ctx: ResultsContext): ResultsPreview {
  const { mapping } = profile;
  const kept = CANON.filter((c) => mapping[c.field] !== undefined);
  const headers = [...kept.map((c) => c.header), 'Skill code', 'Score', 'Original'];
  const longMapping: ResultsMapping = {
    skillCode: kept.length,
    score: kept.length + 1,
    rawColumn: kept.length + 2,
    skillColumns: [],
  };
  kept.forEach((c, i) => (longMapping[c.field] = i));
  // Scale scores and placements are kept as the file wrote them, to be levelled again later.
  const keepsRaw = profile.valueKind === 'scale_score' || profile.valueKind === 'placement';

  const conversion: (string | null)[] = [];
  const readings: (string | undefined)[] = [];
  /** a domain or strand the profile gives no code, by its bare name ("Geometry") */
  const unmapped: (string | null)[] = [];
  const rows: CsvTable['rows'] = [];
  const push = (line: number, cells: string[], name: string, raw: string, skipBlank: boolean) => {
    const grade = mapping.grade === undefined ? undefined : cells[mapping.grade];
    const value = applyProfileValue(raw, profile, ctx.scale, ctx.cutScores, grade);
    if (!value.ok && value.blank && skipBlank) return;
    const base = kept.map((c) => tidy(cells[mapping[c.field]!]));
    const original = keepsRaw ? tidy(raw) : value.ok ? value.raw : '';
    const code = mapSkillCode(name, profile.skillCodeMap);
    rows.push({ line, cells: [...base, code, value.ok ? fmt(value.points) : '', original] });
    conversion.push(value.ok ? null : value.message);
    readings.push(value.ok ? value.reading : undefined);
    // In a long file the cell may already be a code; only a wide column or a strand is the profile's to name.
    unmapped.push(skipBlank && code === tidy(name) ? tidy(name).replace(SUFFIXES, '') : null);
  };
  const wide = (mapping.skillColumns ?? []).filter((i) => i >= 0 && i < table.headers.length);
  const strands = profile.strandColumns ?? [];
  for (const { line, cells } of table.rows) {
    if (cells.every((c) => tidy(c) === '')) continue;
    if (strands.length) {
      for (const s of strands) {
        const name = tidy(cells[s.name]);
        if (name) push(line, cells, name, cells[s.value] ?? '', true);
      }
    } else if (wide.length) {
      for (const i of wide) push(line, cells, table.headers[i] ?? '', cells[i] ?? '', true);
    } else {
      const code = mapping.skillCode === undefined ? '' : (cells[mapping.skillCode] ?? '');
      const scoreAt = mapping.score ?? mapping.percent ?? mapping.points;
      let raw = scoreAt === undefined ? '' : (cells[scoreAt] ?? '');
      if (profile.valueKind === 'points' && mapping.pointsPossible !== undefined && tidy(raw) && !raw.includes('/')) {
        raw = `${raw}/${cells[mapping.pointsPossible] ?? ''}`;
      }
      push(line, cells, code, raw, false);
    }
  }
  const long: CsvTable = { file: table.file, headers, rows, problems: table.problems };
  const preview = previewResults(long, longMapping, {
    ...ctx,
    defaultSource: tidy(ctx.defaultSource) || profile.defaultSource,
  });
  // In a long table every row gives exactly one preview row, in order.
  if (preview.rows.length !== rows.length) return preview;
  const replaced = new Map<ImportProblem, ImportProblem>();
  preview.rows.forEach((row, i) => {
    if (keepsRaw) row.profileId = profile.id;
    const reading = readings[i];
    if (reading) row.reading = reading;
    const message = conversion[i];
    const bare = row.skillId === null ? unmapped[i] : null;
    if (!message && !bare) return;
    row.problems = row.problems.map((p) => {
      let text: string | null = null;
      if (message && p.message.startsWith('No score on this row')) text = message;
      else if (bare && p.message.endsWith('is not a skill this class tracks: add it under Tracked skills, or fix the code.')) {
        text = `"${bare}" has no skill code in the profile '${profile.name}': give it one of this class's skill codes in the profile, or leave it out.`;
      }
      if (text === null) return p;
      const np = { ...p, message: text };
      replaced.set(p, np);
      return np;
    });
  });
  return {
    ...preview,
    problems: preview.problems.map((p) => replaced.get(p) ?? p),
    layout: wide.length || strands.length ? 'wide' : 'long',
    skillColumns: wide,
  };
}
