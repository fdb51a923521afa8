import { useState } from 'react';
import {
  describePlan,
  levelFor,
  reverseChanges,
  type AssessmentProfile,
  type MasteryScale,
  type RelevelPlan,
  plural,
} from '../../../shared';
import { planProfileRelevel, saveProfilesAndRelevel } from '../../db/relevel';
import { errorMessage, toast } from '../../ui/toasts';
import { draftOf, fieldsOf, type LevelTablesDraft } from './levelTables';
import { LevelTablesEditor } from './LevelTablesEditor';

type Props = {
  profile: AssessmentProfile;
  /** every saved profile: what is saved, and what Undo puts back */
  profiles: AssessmentProfile[];
  scale: MasteryScale;
  /** names for the open class's students and skills; scores of other classes say so */
  studentName: (id: string) => string | undefined;
  skillCode: (id: string) => string | undefined;
  onClose: () => void;
};

const SHOWN = 50;

/**
 * Changing a saved profile's cut scores or placement table: what changes is shown first (which
 * stored scores move to another level), then the table is saved and those scores levelled again
 * from the values they were imported with, in one step that Undo takes back.
 */
export function ProfileLevelsForm({ profile, profiles, scale, studentName, skillCode, onClose }: Props) {
  const [tables, setTables] = useState<LevelTablesDraft>(() => draftOf(profile, scale));
  const [checked, setChecked] = useState<{ plan: RelevelPlan; next: AssessmentProfile } | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const check = async () => {
    const read = fieldsOf(tables, profile.valueKind);
    if (!read.ok) return setError(read.error);
    setError('');
    setBusy(true);
    try {
      const next = { ...profile, ...read.fields };
      setChecked({ plan: await planProfileRelevel(next), next });
    } catch (e) {
      setError(`The scores could not be checked: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const save = async (relevel: boolean) => {
    if (!checked) return;
    const { plan, next } = checked;
    const changes = relevel ? plan.changes : [];
    setBusy(true);
    try {
      const list = profiles.map((p) => (p.id === profile.id ? next : p));
      const moved = await saveProfilesAndRelevel(list, changes);
      const message = relevel
        ? `Re-levelled ${plural(moved, 'score')} with the new table of '${profile.name}'.`
        : `Saved the new table of '${profile.name}'; stored scores keep their levels.`;
      toast.undoable(message, async () => {
        await saveProfilesAndRelevel(profiles, reverseChanges(changes));
      });
      onClose();
    } catch (e) {
      setError(`Nothing was changed: ${errorMessage(e)}`);
      setBusy(false);
    }
  };

  const shownChanges = (checked?.plan.changes ?? [])
    .map((c) => ({ ...c, student: studentName(c.studentId) ?? 'A student of another class', code: skillCode(c.skillId) ?? '' }))
    .sort((a, b) => a.student.localeCompare(b.student) || a.code.localeCompare(b.code, undefined, { numeric: true }))
    .slice(0, SHOWN);
  const label = (points: number | null) =>
    points === null ? 'no level' : `${points} · ${levelFor(points, scale)?.label ?? ''}`;

  return (
    <form
      className="save-profile"
      aria-label={`Levels of ${profile.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void check();
      }}
    >
      <h3>Levels of {profile.name}</h3>
      <p className="muted">
        Scores imported through this profile keep the value the file gave them, so changing the table below can level
        them again. You see what changes before anything is saved.
      </p>
      {!checked ? (
        <>
          <LevelTablesEditor kind={profile.valueKind} draft={tables} onChange={setTables} scale={scale} />
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {busy ? 'Checking…' : 'Check what changes'}
            </button>
            <button type="button" className="secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <>
          <p role="status">{describePlan(checked.plan)}</p>
          {checked.plan.changes.length > 0 && (
            <table aria-label="Scores that change level" className="levels-changes">
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Skill</th>
                  <th scope="col">Original</th>
                  <th scope="col">Was</th>
                  <th scope="col">Now</th>
                </tr>
              </thead>
              <tbody>
                {shownChanges.map((c) => (
                  <tr key={c.id}>
                    <td>{c.student}</td>
                    <td className="mono">{c.code}</td>
                    <td className="mono">{c.raw}</td>
                    <td>{label(c.from)}</td>
                    <td>{label(c.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {checked.plan.changes.length > SHOWN && (
            <p className="muted">and {checked.plan.changes.length - SHOWN} more.</p>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            {checked.plan.changes.length > 0 ? (
              <>
                <button type="button" disabled={busy} onClick={() => void save(true)}>
                  Save and re-level {plural(checked.plan.changes.length, 'score')}
                </button>
                <button type="button" className="secondary" disabled={busy} onClick={() => void save(false)}>
                  Save without re-levelling
                </button>
              </>
            ) : (
              <button type="button" disabled={busy} onClick={() => void save(false)}>
                Save the table
              </button>
            )}
            <button type="button" className="secondary" disabled={busy} onClick={() => setChecked(null)}>
              Back to the table
            </button>
          </div>
        </>
      )}
    </form>
  );
}
