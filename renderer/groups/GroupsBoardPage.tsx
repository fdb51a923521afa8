import { useMemo, useRef, useState } from 'react';
import { useLive } from '../db/live';
import { Link, useParams, useSearchParams } from 'react-router';
import { readyWorkspace, useClassWorkspace } from '../db/workspace';
import { ClassLoading, ClassMissing } from '../ui/ClassLoading';
import {
  plural,
  displayName,
  groupingScores,
  levelFor,
  makeGroupsAround,
  teacherMinutes,
  type GroupingRecord,
} from '../../shared';
import {
  deleteGrouping,
  loadGroupingExtras,
  NO_RULES,
  restoreGrouping,
  type GroupingData,
} from '../db/groupings';
import { readableInk } from '../ui/color';
import { errorMessage, toast } from '../ui/toasts';
import { todayIso } from '../mastery/format';
import type { ChipInfo } from './Board';
import { BoardSection } from './BoardSection';
import { useBoardStore, useClassBoard, type Board as BoardState, type BoardSettings } from './boardStore';
import { groupingRequest, madeBoard, openedGrouping, previousGrouping } from './boardView';
import { GroupingHistory } from './GroupingHistory';
import { MakeGroupsPanel } from './MakeGroupsPanel';
import { newId } from '../db/ids';
import { useScreenUndo } from '../ui/undo';
import { NothingToSave, useSaveShortcut } from '../ui/saveShortcut';
import { boardActions } from './boardActions';
import { lockedGroupsOf } from './boardMoves';

export function GroupsBoardPage() {
  const { classId = '' } = useParams();
  const [params] = useSearchParams();
  // Came from a plan ("make groups now"): offer the way back once the groups are saved.
  const forPlan = params.get('forPlan');
  const planPath = forPlan && forPlan.startsWith(`/classes/${classId}/plans/`) ? forPlan : null;
  const today = todayIso();
  // The class from its one workspace (loading until this class is read, never the one before);
  // its groupings and recent plans beside it, used only once they are this class's.
  const ws = readyWorkspace(useClassWorkspace(classId));
  const extras = useLive(() => loadGroupingExtras(classId, today), [classId, today]);
  const data = useMemo((): GroupingData | null | undefined => {
    if (ws === null) return null;
    if (!ws || extras?.classId !== classId) return undefined;
    return { ...extras, settings: ws.settings, students: ws.students, skills: ws.skills, rules: ws.cls.groupingRules ?? NO_RULES };
  }, [ws, extras, classId]);
  const { settings, board } = useClassBoard(classId);
  const setSettingsFor = useBoardStore((s) => s.setSettings);
  const setBoardFor = useBoardStore((s) => s.setBoard);
  const updateBoardFor = useBoardStore((s) => s.updateBoard);
  const restoreFor = useBoardStore((s) => s.restore);
  const [announcement, setAnnouncement] = useState('');
  const { push } = useScreenUndo();
  // Ctrl+S does what the board's "Save grouping" does (the form hands its save up).
  const saveRef = useRef<(() => Promise<void>) | null>(null);
  useSaveShortcut(() => {
    const b = useBoardStore.getState().byClass[classId]?.board;
    if (!b || !saveRef.current) {
      toast.info('Nothing to save yet: make groups first.');
      return;
    }
    if (b.savedId && !b.dirty) throw new NothingToSave();
    return saveRef.current();
  });

  const names = useMemo(
    () => Object.fromEntries((data?.students ?? []).map((s) => [s.id, displayName(s)])),
    [data],
  );
  const matrix = ws?.matrix ?? null;
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

  if (data === undefined) return <ClassLoading />;
  if (data === null) return <ClassMissing />;

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

  const actions = boardActions(classId, push, (id) => names[id] ?? 'a student who left');

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
    const before = board ? { board, groups } : null;
    const held = board ? lockedGroupsOf(board, groups) : [];
    const result = makeGroupsAround(request, held);
    const next = madeBoard({ result, request, settings, before, today }, newId);
    setSettings({ seed: settings.seed + 1 });
    const sizes = next.groups.map((g) => g.studentIds.length);
    const made = `Made ${sizes.length} groups of ${Math.min(...sizes)}${Math.max(...sizes) > Math.min(...sizes) ? ` to ${Math.max(...sizes)}` : ''} students`;
    const kept = held.length ? `, ${plural(held.length, 'locked group')} kept as they were` : '';
    actions.replace(held.length || (board?.locked.length ?? 0) ? 'Regrouped the rest' : 'Made groups', next);
    setAnnouncement(`${made}${kept}.`);
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

  const open = (record: GroupingRecord) => {
    const before = useBoardStore.getState().byClass[classId];
    const tracked = new Set(data.skills.map((s) => s.skill.id));
    const opened = openedGrouping(record, { onRoster, tracked }, newId);
    const show = () => {
      setBoardFor(classId, opened.board);
      setSettings(opened.settings);
    };
    show();
    if (before?.board?.dirty)
      toast.undoable(
        `Opened “${record.name}”. The board you had not saved is one Undo away.`,
        async () => restoreFor(classId, before),
        async () => show(),
      );
    setAnnouncement(`Opened “${record.name}” on the board.`);
  };

  const remove = async (record: GroupingRecord) => {
    try {
      const removed = await deleteGrouping(record.id);
      if (board?.savedId === record.id) updateBoard(() => ({ savedId: null }), false);
      if (removed)
        toast.undoable(
          `Deleted “${record.name}”.`,
          () => restoreGrouping(removed),
          async () => void (await deleteGrouping(removed.id)),
        );
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
            lockedGroupNames={board ? lockedGroupsOf(board, groups).map(({ at }) => groups[at]!.name.trim() || `Group ${at + 1}`) : []}
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
              hasHistory={data.groupings.some((g) => g.id !== board.savedId)}
              maxSize={settings.maxSize}
              skillCodes={board.skillIds.map((id) => skillById.get(id)?.code ?? 'a skill no longer tracked')}
              absent={settings.absent.filter((id) => onRoster.has(id))}
              info={info}
              locked={locked}
              lockedGroups={new Set(board.lockedGroups ?? [])}
              actions={actions}
              onUpdate={updateBoard}
              saveRef={saveRef}
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
