/**
 * What a teacher asks for. Names and meanings are fixed by DESIGN.md ("Domain contracts ->
 * Grouping"); the edge behaviour is spelled out on makeGroups().
 */
export type GroupingRequest = {
  students: { id: string; score: number | null }[];
  strategy: 'similar' | 'mixed';
  groupCount?: number;
  minSize?: number;
  maxSize?: number;
  keepApart?: [string, string][];
  keepTogether?: [string, string][];
  /** student id -> group index */
  pinned?: Record<string, number>;
  absent?: string[];
  /** earlier groupings: 'mixed' avoids repeating pairs */
  pastGroups?: string[][][];
  /** same request and seed -> same result */
  seed?: number;
};

export type GroupingResult = {
  groups: string[][];
  /** present students with a null score */
  unscored: string[];
  /** hard rules that could not all hold */
  unmet: { rule: string; students: string[] }[];
};

/** The names `unmet[].rule` takes, in the order unmet rules are listed. */
export const GROUPING_RULES = ['pinned', 'keepApart', 'keepTogether', 'minSize', 'maxSize'] as const;
export type GroupingRule = (typeof GROUPING_RULES)[number];

/** Groups when neither `groupCount` nor `maxSize` says how many. */
export const DEFAULT_GROUP_COUNT = 4;
