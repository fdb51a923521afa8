import { useEffect, useId, useState } from 'react';
import { displayName, parseScoreEntry, type CutScores, type Evidence, type MasteryScale, type Student } from '../../../shared';
import { cellEvidence, deleteEvidence, restoreEvidence, updateEvidence, type TrackedSkill } from '../../db/mastery';
import { Dialog } from '../../ui/Dialog';
import { errorMessage, toast, useToasts } from '../../ui/toasts';
import { formatScore } from '../format';
import { scoreDayLabel } from './scoreDate';

export type CellRef = { classId: string; student: Student; skill: TrackedSkill };

type Props = {
  cell: CellRef | null;
  scale: MasteryScale;
  cutScores: CutScores;
  today: string;
  onClose: () => void;
};

/**
 * The scores behind one tracker cell, oldest first as they roll up: each can be fixed or removed
 * (with Undo), so an old mistake takes one dialog, not a trip through the student's profile.
 */
export function CellScoresDialog({ cell, scale, cutScores, today, onClose }: Props) {
  // The rows read for which cell and which reading: shown only for the cell asked about now.
  const [loaded, setLoaded] = useState<{ cell: CellRef; version: number; rows: Evidence[] } | null>(null);
  const [editing, setEditing] = useState<{ id: string; text: string; error: string | null } | null>(null);
  const [version, setVersion] = useState(0);
  const registerUndo = useToasts((s) => s.register);
  const inputId = useId();

  useEffect(() => {
    if (!cell) return;
    let live = true;
    void cellEvidence(cell.classId, cell.student.id, cell.skill.skill.id).then((found) => {
      if (live) setLoaded({ cell, version, rows: found });
    });
    return () => {
      live = false;
    };
  }, [cell, version]);

  if (!cell) return null;
  const rows = loaded && loaded.cell === cell && loaded.version === version ? loaded.rows : null;
  const who = `${displayName(cell.student)} on ${cell.skill.skill.code}`;
  const reload = () => setVersion((v) => v + 1);

  const remove = async (row: Evidence) => {
    try {
      const [gone] = await deleteEvidence([row.id]);
      reload();
      if (!gone) return;
      registerUndo(
        `Removed the score ${formatScore(row.score ?? 0)} for ${who}`,
        async () => {
          await restoreEvidence([gone]);
          reload();
        },
        async () => {
          await deleteEvidence([gone.id]);
          reload();
        },
      );
    } catch (error) {
      toast.error(`The score was not removed: ${errorMessage(error)}`);
    }
  };

  const save = async () => {
    if (!editing) return;
    const row = rows?.find((r) => r.id === editing.id);
    if (!row) return;
    const parsed = parseScoreEntry(editing.text, scale, cutScores);
    if (!parsed.ok) {
      setEditing({ ...editing, error: parsed.message });
      return;
    }
    try {
      const before = { score: row.score, raw: row.raw };
      await updateEvidence(row.id, { score: parsed.score, raw: parsed.raw ?? row.raw });
      setEditing(null);
      reload();
      const after = { score: parsed.score, raw: parsed.raw ?? row.raw };
      registerUndo(
        `Changed a score for ${who} to ${formatScore(parsed.score)}`,
        async () => {
          await updateEvidence(row.id, before);
          reload();
        },
        async () => {
          await updateEvidence(row.id, after);
          reload();
        },
      );
    } catch (error) {
      setEditing({ ...editing, error: `Not saved: ${errorMessage(error)}` });
    }
  };

  return (
    <Dialog title={`Scores for ${who}`} open onClose={onClose} dirty={!!editing}>
      {rows === null ? (
        <p role="status">Loading the scores…</p>
      ) : rows.length === 0 ? (
        <p>No scores yet. Type one in the cell to add the first.</p>
      ) : (
        <table className="cell-scores">
          <caption className="visually-hidden">Oldest first; the last one is the newest.</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Score</th>
              <th scope="col">From</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const day = row.date ? scoreDayLabel(row.date, today) : 'No date';
              const isEditing = editing?.id === row.id;
              return (
                <tr key={row.id}>
                  <td>{day}</td>
                  <td>
                    {isEditing ? (
                      <form
                        className="inline-form"
                        onSubmit={(e) => {
                          e.preventDefault();
                          void save();
                        }}
                      >
                        <label className="visually-hidden" htmlFor={inputId}>
                          Score of {day}
                        </label>
                        <input
                          id={inputId}
                          autoFocus
                          className="narrow-input"
                          value={editing.text}
                          aria-invalid={!!editing.error}
                          aria-describedby={editing.error ? `${inputId}-error` : undefined}
                          onChange={(e) => setEditing({ ...editing, text: e.target.value, error: null })}
                          onKeyDown={(e) => {
                            if (e.key === 'Escape') {
                              e.preventDefault();
                              e.stopPropagation();
                              setEditing(null);
                            }
                          }}
                        />
                        <button type="submit" className="small">
                          Save
                        </button>
                        {editing.error && (
                          <span id={`${inputId}-error`} className="field-error" role="alert">
                            {editing.error}
                          </span>
                        )}
                      </form>
                    ) : row.score === null ? (
                      'No score'
                    ) : (
                      <>
                        {formatScore(row.score)}
                        {row.raw && row.raw !== formatScore(row.score) ? <span className="muted"> (typed {row.raw})</span> : null}
                      </>
                    )}
                  </td>
                  <td>{row.source || '—'}</td>
                  <td className="row-actions">
                    {!isEditing && (
                      <button
                        type="button"
                        className="secondary small"
                        aria-label={`Change the score of ${day}`}
                        onClick={() => setEditing({ id: row.id, text: row.score === null ? '' : formatScore(row.score), error: null })}
                      >
                        Change
                      </button>
                    )}
                    <button type="button" className="secondary small danger-text" aria-label={`Remove the score of ${day}`} onClick={() => void remove(row)}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
