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

function escapeRegExp(text: string): string {
  // Only the syntax characters: in a 'u' pattern, escaping anything else is an error.
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A function that replaces every whole-word occurrence of a real name (any case) in free text with
 * its pseudonym, in one pass, so a teacher's note such as "Ana Lee reads aloud" cannot leak a name.
 * Names shorter than 2 characters are left alone: they would match ordinary words.
 */
export function nameScrubber(names: readonly { name: string; pseudonym: string }[]): (text: string) => string {
  const byName = new Map<string, string>();
  for (const { name, pseudonym } of names) {
    const trimmed = name.trim();
    if (trimmed.length < 2) continue;
    const key = trimmed.toLowerCase();
    if (!byName.has(key)) byName.set(key, pseudonym);
  }
  if (byName.size === 0) return (text) => text;
  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(pattern, (match) => byName.get(match.toLowerCase()) ?? 'a student');
}
