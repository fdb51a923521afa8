// How the wall chart, station cards and live board name students: the first name a student goes
// by, with the family name's initial only where two students of the class share that first name.
// Short on purpose: a board read from the back of the room, and no more of a name than needed.

export type DisplayStudent = { id: string; givenName: string; familyName: string; preferredName?: string };

/** Student id -> the name shown on the classroom displays. */
export function boardNames(students: readonly DisplayStudent[]): Record<string, string> {
  const first = (s: DisplayStudent) =>
    (s.preferredName ?? '').trim() || s.givenName.trim() || s.familyName.trim();
  const count = new Map<string, number>();
  for (const s of students) count.set(first(s).toLowerCase(), (count.get(first(s).toLowerCase()) ?? 0) + 1);
  const out: Record<string, string> = {};
  for (const s of students) {
    const name = first(s);
    const family = s.familyName.trim();
    const shared = (count.get(name.toLowerCase()) ?? 0) > 1;
    out[s.id] = shared && family && family !== name ? `${name} ${[...family][0]!.toUpperCase()}.` : name;
  }
  // Two students with the same first name and family initial: the whole family name tells them apart.
  const seen = new Map<string, string[]>();
  for (const s of students) seen.set(out[s.id]!, [...(seen.get(out[s.id]!) ?? []), s.id]);
  for (const [label, ids] of seen)
    if (ids.length > 1 && label.endsWith('.'))
      for (const id of ids) {
        const s = students.find((x) => x.id === id)!;
        out[id] = `${first(s)} ${s.familyName.trim()}`;
      }
  return out;
}

/** A group's students by their display names, in alphabetical order; students no longer known are left out. */
export function groupNames(studentIds: readonly string[], names: Record<string, string>): string[] {
  return studentIds
    .map((id) => names[id])
    .filter((n): n is string => !!n)
    .sort((a, b) => a.localeCompare(b));
}
