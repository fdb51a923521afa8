import type { ClassPlan, FieldChange, RosterSyncPlan, StudentPlan } from '../../../shared/import/oneRoster/resync';
import { shownChanges } from '../../../shared/import/oneRoster/resync';
import { plural } from '../../../shared';

// The words the roster-export preview uses for a plan: what is new, what changes, who leaves.


/** At most this many names in one line of the preview; the rest are counted. */
const NAMES_SHOWN = 12;

/** The first names of the list and how many more; only those shown are named (a district's list is 100,000 long). */
export function someNames<T>(items: readonly T[], name: (item: T) => string): string {
  const shown = items.slice(0, NAMES_SHOWN).map(name).join(', ');
  return items.length > NAMES_SHOWN ? `${shown} and ${plural(items.length - NAMES_SHOWN, 'more', 'more')}` : shown;
}

export const studentName = (s: StudentPlan) => [s.fields.givenName, s.fields.familyName].filter(Boolean).join(' ') || s.key;

export function describeChange(c: FieldChange): string {
  return c.from ? `${c.field} "${c.from}" → "${c.to}"` : `${c.field} "${c.to}"`;
}

/** "Already here: term, name changes" and the like, for a class's row. */
export function classStatus(c: Pick<ClassPlan, 'status' | 'matchedBy' | 'changes'>): string {
  if (c.status === 'deleted') return 'To be deleted';
  if (c.status === 'new') return 'New class';
  const how = c.matchedBy === 'name' ? 'Already here (same name)' : 'Already here';
  const changes = shownChanges(c.changes);
  return changes.length ? `${how}: ${changes.map(describeChange).join('; ')}` : how;
}

export type ChangeLine = { label: string; detail: string };

/** What importing the picked classes of a roster export changes, in the preview's words. */
export type PickedView = {
  /** the classes the import writes (picked, not marked to be deleted) */
  classCount: number;
  lines: ChangeLine[];
  byName: { count: number; first: { key: string; name: string; studentNumber: string }[] };
};

/** The preview's list of what the import changes, one line per kind, in a teacher's words. */
export function changeLines(plan: RosterSyncPlan): ChangeLine[] {
  const lines: ChangeLine[] = [];
  if (plan.classes.length === 0) {
    return [{ label: 'No classes picked', detail: 'tick a class to import it (a class this export marks to be deleted is never imported).' }];
  }
  const newClasses = plan.classes.filter((c) => c.status === 'new');
  const known = plan.classes.filter((c) => c.status === 'update' || c.status === 'same');
  const updatedClasses = plan.classes.filter((c) => c.status === 'update');
  if (newClasses.length) lines.push({ label: plural(newClasses.length, 'new class', 'new classes'), detail: someNames(newClasses, (c) => c.fields.name) });
  if (known.length) {
    lines.push({
      label: `${plural(known.length, 'class is', 'classes are')} already in Blendwise`,
      detail: `updated, not added again${updatedClasses.length ? `: ${someNames(updatedClasses, (c) => `${c.fields.name} (${shownChanges(c.changes).map(describeChange).join('; ')})`)}` : ''}`,
    });
  }
  const newStudents = plan.students.filter((s) => s.status === 'new');
  if (newStudents.length) lines.push({ label: plural(newStudents.length, 'new student', 'new students'), detail: someNames(newStudents, studentName) });
  const updated = plan.students.filter((s) => s.status === 'update');
  if (updated.length) {
    lines.push({
      label: `${plural(updated.length, 'student', 'students')} updated`,
      detail: someNames(updated, (s) => `${studentName(s)} (${shownChanges(s.changes).map(describeChange).join('; ')})`),
    });
  }
  const joining = plan.enroll.length;
  const newClassKeys = new Set(newClasses.map((c) => c.key));
  const joiningKnown = plan.enroll.filter((e) => !newClassKeys.has(e.classKey));
  if (joiningKnown.length) {
    const byKey = new Map(plan.students.map((s) => [s.key, s]));
    const classOf = new Map(plan.classes.map((c) => [c.key, c.fields.name]));
    lines.push({
      label: `${plural(joiningKnown.length, 'student joins', 'students join')} a class already here`,
      detail: someNames(joiningKnown, (e) => `${byKey.get(e.studentKey) ? studentName(byKey.get(e.studentKey)!) : e.studentKey} → ${classOf.get(e.classKey) ?? e.classKey}`),
    });
  }
  const leaving = plan.classes.flatMap((c) => c.leaving.map((w) => ({ ...w, className: c.fields.name })));
  if (leaving.length) {
    lines.push({
      label: `${plural(leaving.length, 'student leaves', 'students leave')} a class`,
      detail: `${someNames(leaving, (w) => `${w.name} leaves ${w.className} (${w.why === 'gone' ? 'not in this export' : 'marked to be deleted'})`)}. They come off the roster; they and their work stay in Blendwise, in the class's history.`,
    });
  }
  if (joining + leaving.length + newClasses.length + newStudents.length + updated.length + updatedClasses.length === 0) {
    lines.push({ label: 'Nothing changes', detail: 'the classes you picked are already in Blendwise just as this export has them.' });
  }
  return lines;
}
