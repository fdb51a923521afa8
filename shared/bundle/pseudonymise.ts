// Pseudonyms for a plan shared outside the class: "Student 01", "Student 02"... The numbering
// follows a hash of the seed and the id, so it gives away neither the alphabetical order nor the
// order of the roster, and the same ids with the same seed always get the same pseudonyms.

import { sha256Hex } from './sha256';

export type Pseudonym = {
  /** the opaque id that replaces the real one, e.g. 'student-01' */
  key: string;
  /** the name that replaces the real one, e.g. 'Student 01' */
  name: string;
};

/** Real id -> pseudonym, for every distinct id (duplicates and order of the input do not matter). */
export function pseudonymise(studentIds: readonly string[], seed: string): Map<string, Pseudonym> {
  const unique = [...new Set(studentIds)];
  const ranked = unique
    .map((id) => ({ id, rank: sha256Hex(`${seed}\u0000${id}`) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const width = Math.max(2, String(ranked.length).length);
  const out = new Map<string, Pseudonym>();
  ranked.forEach(({ id }, i) => {
    const number = String(i + 1).padStart(width, '0');
    out.set(id, { key: `student-${number}`, name: `Student ${number}` });
  });
  return out;
}
