import { classMatrix } from '../mastery/classMatrix';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  boardWarnings,
  displayName,
  groupingChanges,
  groupingScores,
  levelFor,
  makeGroups,
  teacherMinutes,
  type GroupingRecord,
} from '../../shared';
import { newId } from '../db/db';
import {
  deleteGrouping,
  loadGroupingData,
  restoreGrouping,
  saveGrouping,
  updateGrouping,
  type GroupingDraft,
} from '../db/groupings';
import { readableInk } from '../ui/color';
import { errorMessage, toast } from '../ui/toasts';
import { todayIso } from '../mastery/format';
import { Board, UNPLACED, type ChipInfo } from './Board';
import { useBoardStore, useClassBoard, type Board as BoardState, type BoardSettings } from './boardStore';
import {
  boardGroups,
  defaultGroupingName,
  formatDay,
  groupingRequest,
  listNames,
  summarizeChanges,
  unmetText,
} from './boardView';
import { GroupingHistory } from './GroupingHistory';
import { MakeGroupsPanel } from './MakeGroupsPanel';

const STRATEGY_LABEL = { similar: 'Similar levels', mixed: 'Mixed levels' } as const;

export function GroupsBoardPage() {
  const { classId = '' } = useParams();
  const [params] = useSearchParams();
  // Came from a plan ("make groups now"): offer the way back once the groups are saved.
  const forPlan = params.get('forPlan');
  const planPath = forPlan && forPlan.startsWith(`/classes/${classId}/plans/`) ? forPlan : null;
  const today = todayIso();
  const data = useLiveQuery(() => loadGroupingData(classId, today), [classId, today]);
  const { settings, board } = useClassBoard(classId);
  const setSettingsFor = useBoardStore((s) => s.setSettings);
  const setBoardFor = useBoardStore((s) => s.setBoard);
  const updateBoardFor = useBoardStore((s) => s.updateBoard);
  const restoreFor = useBoardStore((s) => s.restore);
  const [announcement, setAnnouncement] = useState('');
  const ids = { name: useId(), date: useId(), changes: useId() };

  const names = useMemo(
    () => Object.fromEntries((data?.students ?? []).map((s) => [s.id, displayName(s)])),
    [data],
  );
  const matrix = useMemo(
    () =>
      data
        ? classMatrix(
            data,
            data.students.map((s) => s.id),
            data.skills,
          )
        : null,
    [data],
  );
  const minutes = useMemo(
    () =>
      data ? teacherMinutes(data.recentPlans, data.recentFrom, data.recentTo) : new Map<string, number>(),
    [data],
  );
  // The board's scores: the snapshot taken when the groups were made (the data behind them), and
  // today's for anyone who joined the board since (back from absence, new to the class).
  const scores = useMemo(() => {
    if (!data || !matrix || !board) return {};
    return {
      ...groupingScores(
        matrix,
        data.students.map((s) => s.id),
        board.skillIds,
      ),
      ...board.scores,
    };
  }, [data, matrix, board]);

  if (data === undefined) return <section className="page" aria-busy="true" />;
  if (data === null)
    return (
      <section className="page">
        <h1>Class not found</h1>
        <Link to="/classes">Back to classes</Link>
      </section>
    );

  const setSettings = (change: Partial<BoardSettings>) => setSettingsFor(classId, change);
  const updateBoard = (change: (b: BoardState) => Partial<BoardState>, dirty?: boolean) =>
    updateBoardFor(classId, change, dirty);
  const rosterIds = data.students.map((s) => s.id);
  const onRoster = new Set(rosterIds);
  const absent = new Set(settings.absent);
  const skillById = new Map(data.skills.map((s) => [s.skill.id, s.skill]));
  const { scale } = data.settings;

  // Students who left the class since the board was made drop out of it.
  const groups = board
    ? board.groups.map((g) => ({ ...g, studentIds: g.studentIds.filter((id) => onRoster.has(id)) }))
    : [];
  const placed = new Set(groups.flatMap((g) => g.studentIds));
  const unplaced = board ? rosterIds.filter((id) => !placed.has(id) && !absent.has(id)) : [];
  const locked = new Set(board?.locked ?? []);

  const info = (id: string): ChipInfo => ({
    name: names[id] ?? 'A student who left',
    score: scores[id] ?? null,
    minutes: minutes.get(id) ?? 0,
    levels: (board?.skillIds ?? []).flatMap((skillId) => {
      const skill = skillById.get(skillId);
      if (!skill) return [];
      const value = matrix?.get(id)?.get(skillId)?.value ?? null;
      const level = levelFor(value, scale);
      const color = level?.color ?? '#eceff3';
      return [
        {
          skillId,
          code: skill.code,
          value,
          label: level?.label ?? 'no evidence',
          color,
          ink: readableInk(color),
        },
      ];
    }),
  });

  const make = () => {
    const liveScores = matrix ? groupingScores(matrix, rosterIds, settings.skillIds) : {};
    const request = groupingRequest({
      studentIds: rosterIds,
      scores: liveScores,
      settings,
      rules: data.rules,
      board: board ? groups : null,
      locked: board?.locked ?? [],
      pastGroups: data.groupings
        .filter((g) => g.id !== board?.savedId)
        .slice(0, 3)
        .map((g) => g.groups.map((x) => x.studentIds)),
    });
    const result = makeGroups(request);
    const present = new Set(request.students.map((s) => s.id));
    const draftOnly = !!board && !board.savedId;
    const next: BoardState = {
      groups: boardGroups(result, board ? groups : null, newId),
      skillIds: settings.skillIds,
      strategy: settings.strategy,
      scores: Object.fromEntries(request.students.map((s) => [s.id, s.score])),
      locked: (board?.locked ?? []).filter((id) => present.has(id)),
      unmet: result.unmet,
      unscored: result.unscored,
      // New groups are a new grouping: saving them never overwrites the one they were made from.
      // A name and date typed for a board not saved yet stay.
      savedId: null,
      name: draftOnly ? board.name : '',
      nameEdited: draftOnly ? board.nameEdited : false,
      date: draftOnly ? board.date : today,
      dirty: true,
    };
    setBoardFor(classId, next);
    setSettings({ seed: settings.seed + 1 });
    const sizes = next.groups.map((g) => g.studentIds.length);
    setAnnouncement(
      `Made ${sizes.length} groups of ${Math.min(...sizes)}${Math.max(...sizes) > Math.min(...sizes) ? ` to ${Math.max(...sizes)}` : ''} students.`,
    );
  };

  const setAbsent = (studentId: string, isAbsent: boolean) => {
    setSettings({
      absent: isAbsent ? [...settings.absent, studentId] : settings.absent.filter((id) => id !== studentId),
    });
    // An absent student leaves the board; one back from absence waits under "Not in a group".
    if (isAbsent && board)
      updateBoard((b) => ({
        groups: b.groups.map((g) => ({ ...g, studentIds: g.studentIds.filter((id) => id !== studentId) })),
        locked: b.locked.filter((id) => id !== studentId),
      }));
  };

  const move = (studentId: string, to: string) =>
    updateBoard((b) => ({
      groups: b.groups.map((g) => {
        const rest = g.studentIds.filter((id) => id !== studentId);
        return { ...g, studentIds: g.id === to && to !== UNPLACED ? [...rest, studentId] : rest };
      }),
      // the engine's report was about the groups it made; the live warnings cover the board now
      unmet: [],
    }));

  const open = (record: GroupingRecord) => {
    const before = useBoardStore.getState().byClass[classId];
    const tracked = new Set(data.skills.map((s) => s.skill.id));
    setBoardFor(classId, {
      groups: record.groups.map((g) => ({
        id: newId(),
        name: g.name,
        color: g.color,
        studentIds: g.studentIds.filter((id) => onRoster.has(id)),
      })),
      skillIds: record.skillIds,
      strategy: record.strategy,
      scores: record.scores ?? {},
      locked: (record.locked ?? []).filter((id) => onRoster.has(id)),
      unmet: [],
      unscored: [],
      savedId: record.id,
      name: record.name,
      nameEdited: true,
      date: record.date,
      dirty: false,
    });
    setSettings({
      skillIds: record.skillIds.filter((id) => tracked.has(id)),
      strategy: record.strategy,
      groupCount: String(record.groups.length),
      maxSize: '',
      absent: (record.absent ?? []).filter((id) => onRoster.has(id)),
    });
    if (before?.board?.dirty)
      toast.undoable(`Opened “${record.name}”. The board you had not saved is one Undo away.`, async () =>
        restoreFor(classId, before),
      );
    setAnnouncement(`Opened “${record.name}” on the board.`);
  };

  const remove = async (record: GroupingRecord) => {
    try {
      const removed = await deleteGrouping(record.id);
      if (board?.savedId === record.id) updateBoard(() => ({ savedId: null }), false);
      if (removed) toast.undoable(`Deleted “${record.name}”.`, () => restoreGrouping(removed));
    } catch (e) {
      toast.error(`The grouping was not deleted: ${errorMessage(e)}`);
    }
  };

  return (
    <section className="page groups-page" aria-labelledby="groups-title">
      <header className="page-header">
        <div>
          <h1 id="groups-title">Groups</h1>
          <p className="muted">
            {data.students.length} students{absent.size > 0 ? ` · ${absent.size} absent today` : ''} ·{' '}
            {data.groupings.length} saved {data.groupings.length === 1 ? 'grouping' : 'groupings'}
          </p>
        </div>
        {planPath && (
          <div className="actions">
            {board?.savedId && !board.dirty ? (
              <Link className="button" to={`${planPath}?grouping=${board.savedId}`}>
                Use these groups in the plan
              </Link>
            ) : (
              <Link className="button secondary" to={planPath}>
                Back to the plan
              </Link>
            )}
          </div>
        )}
      </header>

      {data.students.length === 0 || data.skills.length === 0 ? (
        <div className="empty">
          <h2>
            {data.students.length === 0 ? 'No students in this class yet' : 'This class tracks no skills yet'}
          </h2>
          <p>
            Groups come from each student&apos;s level on the skills the class tracks.{' '}
            {data.students.length === 0 ? (
              <Link to={`/classes/${classId}`}>Add students to the roster</Link>
            ) : (
              <Link to={`/classes/${classId}/skills`}>Choose the skills this class tracks</Link>
            )}
            .
          </p>
        </div>
      ) : (
        <>
          <MakeGroupsPanel
            classId={classId}
            data={data}
            settings={settings}
            names={names}
            onSettings={setSettings}
            onAbsent={setAbsent}
            onMake={make}
            lockedCount={board ? board.locked.filter((id) => placed.has(id)).length : 0}
          />
          {board ? (
            <BoardSection
              classId={classId}
              board={board}
              groups={groups}
              unplaced={unplaced}
              scores={scores}
              names={names}
              rules={data.rules}
              previous={previousGrouping(data.groupings, board)}
              maxSize={settings.maxSize}
              skillCodes={board.skillIds.map((id) => skillById.get(id)?.code ?? 'a skill no longer tracked')}
              absent={settings.absent.filter((id) => onRoster.has(id))}
              info={info}
              locked={locked}
              ids={ids}
              onMove={move}
              onUpdate={updateBoard}
            />
          ) : (
            <div className="empty gb-start">
              <h2>No groups on the board yet</h2>
              <p>
                Tick the skills to group by, choose a strategy and press <strong>Make groups</strong>. Each
                student&apos;s grouping score is their mean level on those skills; you can then move students
                between groups, lock some and regroup the rest, and save the result.
              </p>
            </div>
          )}
        </>
      )}

      <GroupingHistory
        groupings={data.groupings}
        openId={board?.savedId ?? null}
        onOpen={open}
        onDelete={(g) => void remove(g)}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

/** The saved grouping the board is compared with: the one before the open one, else the newest. */
function previousGrouping(groupings: GroupingRecord[], board: BoardState): GroupingRecord | undefined {
  const at = board.savedId ? groupings.findIndex((g) => g.id === board.savedId) : -1;
  return at >= 0 ? groupings[at + 1] : groupings[0];
}

type SectionProps = {
  classId: string;
  board: BoardState;
  groups: BoardState['groups'];
  unplaced: string[];
  scores: Record<string, number | null>;
  names: Record<string, string>;
  rules: { keepApart: [string, string][]; keepTogether: [string, string][] };
  previous: GroupingRecord | undefined;
  /** the largest size the teacher asked for, to say which limit a group broke */
  maxSize: string;
  skillCodes: string[];
  absent: string[];
  info: (id: string) => ChipInfo;
  locked: Set<string>;
  ids: { name: string; date: string; changes: string };
  onMove: (studentId: string, to: string) => void;
  onUpdate: (change: (b: BoardState) => Partial<BoardState>, dirty?: boolean) => void;
};

function BoardSection({
  classId,
  board,
  groups,
  unplaced,
  scores,
  names,
  rules,
  previous,
  maxSize,
  skillCodes,
  absent,
  info,
  locked,
  ids,
  onMove,
  onUpdate,
}: SectionProps) {
  const [saving, setSaving] = useState(false);
  const [dateError, setDateError] = useState('');
  const placedCount = groups.reduce((n, g) => n + g.studentIds.length, 0);
  const name = board.nameEdited ? board.name : defaultGroupingName(board.date);

  const warnings = [
    ...boardWarnings(groups, board.strategy, rules, names),
    ...(unplaced.length ? [`Not in a group yet: ${listNames(unplaced, names)}.`] : []),
  ];
  const unscored = groups.flatMap((g) => g.studentIds).filter((id) => (scores[id] ?? null) === null);
  const unmet = unmetText(board.unmet, names, maxSize);
  const changes = previous ? summarizeChanges(groupingChanges(previous, { groups, scores }), names) : null;

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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };

  return (
    <section className="gb-board-section" aria-labelledby="gb-board-title">
      <div className="gb-toolbar">
        <div className="gb-toolbar-summary">
          <h2 id="gb-board-title">Board</h2>
          <span className="muted">
            {placedCount} students in {groups.length} groups · {skillCodes.join(', ') || 'no skills'} ·{' '}
            {STRATEGY_LABEL[board.strategy]}
          </span>
          {board.dirty ? (
            <span className="badge gb-unsaved">not saved</span>
          ) : board.savedId ? (
            <span className="badge gb-saved">saved</span>
          ) : null}
        </div>
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
      </div>

      {(unscored.length > 0 || unmet.length > 0) && (
        <div className="gb-notes">
          {unmet.length > 0 && (
            <div className="banner warning gb-unmet">
              <p>Not every rule could hold:</p>
              <ul>
                {unmet.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </div>
          )}
          {unscored.length > 0 && (
            <p className="gb-unscored">
              <strong>
                {unscored.length === 1 ? '1 student has' : `${unscored.length} students have`} no evidence
              </strong>{' '}
              on {skillCodes.length === 1 ? skillCodes[0] : 'the chosen skills'} and{' '}
              {unscored.length === 1 ? 'was' : 'were'} placed where there was room:{' '}
              {listNames(unscored, names)}.
            </p>
          )}
        </div>
      )}
      <div className="gb-warnings" role="status" aria-live="polite" aria-label="Board warnings">
        {warnings.length > 0 && (
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
      </div>

      <Board
        groups={groups}
        unplaced={unplaced}
        info={info}
        scores={scores}
        locked={locked}
        onMove={onMove}
        onToggleLock={(id) =>
          onUpdate((b) => ({
            locked: b.locked.includes(id) ? b.locked.filter((x) => x !== id) : [...b.locked, id],
          }))
        }
        onRename={(groupId, value) =>
          onUpdate((b) => ({ groups: b.groups.map((g) => (g.id === groupId ? { ...g, name: value } : g)) }))
        }
        onRecolor={(groupId, color) =>
          onUpdate((b) => ({ groups: b.groups.map((g) => (g.id === groupId ? { ...g, color } : g)) }))
        }
      />

      {previous && changes && (
        <section className="card gb-changes" aria-labelledby={ids.changes}>
          <h3 id={ids.changes}>
            What changed since {formatDay(previous.date)} <span className="muted">({previous.name})</span>
          </h3>
          {changes.up.length + changes.down.length + changes.new.length === 0 ? (
            <p>Nobody moved up or down.</p>
          ) : (
            <ul>
              {changes.up.length > 0 && (
                <li>
                  <strong>Moved up:</strong> {changes.up.join(', ')}
                </li>
              )}
              {changes.down.length > 0 && (
                <li>
                  <strong>Moved down:</strong> {changes.down.join(', ')}
                </li>
              )}
              {changes.new.length > 0 && (
                <li>
                  <strong>New:</strong> {changes.new.join(', ')}
                </li>
              )}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}
