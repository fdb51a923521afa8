// Finding the student a results row is about: by the school's student id, else by name.
import { displayName } from '../model';

export type RosterStudent = {
  id: string;
  studentNumber: string;
  givenName: string;
  familyName: string;
  preferredName: string;
};

/** Names compared without case, accents, apostrophes or punctuation: "O'Connor, Zoe" meets "Zoë OConnor". */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "Last, First" turned round to "First Last"; anything else as it is. */
function firstLast(name: string): string {
  const comma = name.indexOf(',');
  return comma < 0 ? name : `${name.slice(comma + 1)} ${name.slice(0, comma)}`;
}

export type StudentMatch =
  { kind: 'found'; student: RosterStudent } | { kind: 'error'; message: string } | { kind: 'none' };

const described = (s: RosterStudent) =>
  `${displayName(s)}${s.studentNumber ? ` (ID ${s.studentNumber})` : ''}`;

export function studentMatcher(students: RosterStudent[]) {
  const byNumber = new Map<string, RosterStudent>();
  const sharedNumbers = new Map<string, RosterStudent[]>();
  const byName = new Map<string, Set<RosterStudent>>();
  const addName = (name: string, s: RosterStudent) => {
    const key = nameKey(name);
    if (!key) return;
    const set = byName.get(key) ?? new Set();
    set.add(s);
    byName.set(key, set);
  };
  for (const s of students) {
    if (s.studentNumber) {
      const first = byNumber.get(s.studentNumber);
      if (!first) byNumber.set(s.studentNumber, s);
      else sharedNumbers.set(s.studentNumber, [...(sharedNumbers.get(s.studentNumber) ?? [first]), s]);
    }
    addName(`${s.givenName} ${s.familyName}`, s);
    addName(`${s.familyName} ${s.givenName}`, s);
    if (s.preferredName.trim()) addName(`${s.preferredName} ${s.familyName}`, s);
  }

  const byFullName = (name: string): StudentMatch => {
    if (!nameKey(name)) return { kind: 'none' };
    const found = [...(byName.get(nameKey(firstLast(name))) ?? [])];
    if (found.length === 1) return { kind: 'found', student: found[0]! };
    if (found.length > 1) {
      return {
        kind: 'error',
        message: `"${name}" could be ${found.map(described).join(' or ')}: add a Student ID column to tell them apart.`,
      };
    }
    return {
      kind: 'error',
      message: `"${name}" is not on this class's roster: check the spelling, or add the student to the roster first.`,
    };
  };

  /** `name` is the row's name, "First Last" or "Last, First"; `id` its student id. */
  return (id: string, name: string): StudentMatch => {
    if (!id) return byFullName(name);
    // Two students under one id: picking either would merge two children's results.
    const sharing = sharedNumbers.get(id);
    if (sharing) {
      return {
        kind: 'error',
        message: `${sharing.length} students in this class have the ID ${id} (${sharing.map(displayName).join(', ')}): give each their own ID in the roster, then import again.`,
      };
    }
    const student = byNumber.get(id);
    if (!student) {
      // Spreadsheets drop leading zeros from numbers: say so when that is what happened.
      const unpadded = /^\d+$/.test(id)
        ? students.find(
            (s) =>
              /^0+\d/.test(s.studentNumber) && s.studentNumber.replace(/^0+/, '') === id.replace(/^0+/, ''),
          )
        : undefined;
      return {
        kind: 'error',
        message: unpadded
          ? `No student has the ID ${id}; ${described(unpadded)} is the closest. The spreadsheet probably dropped the leading zeros: format the ID column as text, or fix the ID.`
          : `No student in this class has the ID ${id}: check the ID, or add the student to the roster first.`,
      };
    }
    // A name that clearly belongs to someone else means the row is mixed up: never guess.
    const named = nameKey(name) ? byFullName(name) : { kind: 'none' as const };
    if (named.kind === 'found' && named.student !== student) {
      return {
        kind: 'error',
        message: `The ID ${id} belongs to ${displayName(student)}, but the name on this row is ${displayName(named.student)}: fix the ID or the name.`,
      };
    }
    return { kind: 'found', student };
  };
}
