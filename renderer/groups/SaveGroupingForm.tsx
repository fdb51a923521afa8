import { useEffect, useId, useState, type FormEvent, type RefObject } from 'react';
import { saveGrouping, updateGrouping, type GroupingDraft } from '../db/groupings';
import { errorMessage, toast } from '../ui/toasts';
import type { Board } from './boardStore';
import { defaultGroupingName } from './boardView';

type Props = {
  classId: string;
  board: Board;
  /** the board's groups without the students who left the class */
  groups: Board['groups'];
  scores: Record<string, number | null>;
  absent: string[];
  onUpdate: (change: (b: Board) => Partial<Board>, dirty?: boolean) => void;
  /** the save Ctrl+S runs (the form's own "Save grouping") */
  saveRef?: RefObject<(() => Promise<void>) | null>;
};

/** Name and date the board, then save it: over the grouping it was opened from, or as a new one. */
export function SaveGroupingForm({ classId, board, groups, scores, absent, onUpdate, saveRef }: Props) {
  const [saving, setSaving] = useState(false);
  const [dateError, setDateError] = useState('');
  const ids = { name: useId(), date: useId() };
  const name = board.nameEdited ? board.name : defaultGroupingName(board.date);

  const save = async (asNew: boolean) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(board.date)) return setDateError('Pick the date these groups are for.');
    setDateError('');
    const inGroups = new Set(groups.flatMap((g) => g.studentIds));
    const draft: GroupingDraft = {
      classId,
      date: board.date,
      name: name.trim() || defaultGroupingName(board.date),
      skillIds: board.skillIds,
      strategy: board.strategy,
      groups: groups.map((g, i) => ({
        name: g.name.trim() || `Group ${i + 1}`,
        color: g.color,
        studentIds: g.studentIds,
      })),
      absent,
      scores: Object.fromEntries([...inGroups].map((id) => [id, scores[id] ?? null])),
      locked: board.locked.filter((id) => inGroups.has(id)),
    };
    setSaving(true);
    try {
      const update = board.savedId && !asNew;
      const id = update ? board.savedId! : await saveGrouping(draft);
      if (update) await updateGrouping(id, draft);
      onUpdate(() => ({ savedId: id, dirty: false }), false);
      toast.success(
        `${update ? 'Updated' : 'Saved'} “${draft.name}”: ${draft.groups.length} groups, ${inGroups.size} students.`,
      );
    } catch (e) {
      toast.error(`The grouping was not saved: ${errorMessage(e)}`);
    } finally {
      setSaving(false);
    }
  };
  useEffect(() => {
    if (!saveRef) return;
    saveRef.current = () => save(false);
    return () => {
      saveRef.current = null;
    };
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };

  return (
    <form className="gb-save" onSubmit={submit} aria-label="Save grouping">
      <div className="field inline">
        <label htmlFor={ids.name}>Grouping name</label>
        <input
          id={ids.name}
          value={name}
          maxLength={80}
          onChange={(e) => onUpdate(() => ({ name: e.target.value, nameEdited: true }))}
        />
      </div>
      <div className="field inline">
        <label htmlFor={ids.date}>Grouping date</label>
        <input
          id={ids.date}
          type="date"
          value={board.date}
          aria-invalid={!!dateError}
          onChange={(e) => onUpdate(() => ({ date: e.target.value }))}
        />
      </div>
      <button type="submit" disabled={saving}>
        Save grouping
      </button>
      {board.savedId && (
        <button type="button" className="secondary" disabled={saving} onClick={() => void save(true)}>
          Save as new
        </button>
      )}
      {dateError && <p className="field-error gb-save-error">{dateError}</p>}
    </form>
  );
}
