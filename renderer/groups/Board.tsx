import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { formatMean, groupStats, plural } from '../../shared';
import { formatScore } from '../mastery/format';
import type { BoardGroup } from './boardStore';
import { levelText, PALETTE, statsText } from './boardView';
import { focusTaken, requestChipFocus, useBoardFocus } from './boardFocus';
import { UNPLACED } from './boardMoves';
import { GripIcon, LockIcon } from './icons';
import './board.css';

export { UNPLACED };

export type ChipInfo = {
  name: string;
  score: number | null;
  levels: { skillId: string; code: string; value: number | null; label: string; color: string; ink: string }[];
  /** minutes at the teacher's table over the last two weeks */
  minutes: number;
};

type Props = {
  groups: BoardGroup[];
  unplaced: string[];
  info: (id: string) => ChipInfo;
  scores: Record<string, number | null>;
  locked: ReadonlySet<string>;
  /** whole groups locked (board ids) */
  lockedGroups: ReadonlySet<string>;
  onMove: (studentId: string, toGroupId: string) => void;
  onToggleLock: (studentId: string) => void;
  onToggleGroupLock: (groupId: string) => void;
  onMoveGroup: (groupId: string, step: -1 | 1) => void;
  onRename: (groupId: string, name: string) => void;
  onRecolor: (groupId: string, color: string) => void;
};

const groupLabel = (g: BoardGroup, i: number) => g.name.trim() || `Group ${i + 1}`;

// The pointer decides where a mouse drop lands; a keyboard drag has no pointer, so the chip's
// overlap with the cards decides instead.
const collisions: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

/** Arrow keys jump a lifted chip from card to card in reading order, not 25 pixels at a time. */
const jumpBetweenCards: KeyboardCoordinateGetter = (event, { context }) => {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.code];
  if (!step) return undefined;
  event.preventDefault();
  const { droppableRects, droppableContainers, collisionRect, over, active } = context;
  if (!collisionRect) return undefined;
  const cards = droppableContainers
    .getEnabled()
    .flatMap((c) => {
      const rect = droppableRects.get(c.id);
      return rect ? [{ id: c.id, rect }] : [];
    })
    .sort((a, b) => Math.round(a.rect.top / 40) - Math.round(b.rect.top / 40) || a.rect.left - b.rect.left);
  if (cards.length === 0) return undefined;
  const home = (active?.data.current as { groupId?: string } | undefined)?.groupId;
  const at = cards.findIndex((c) => c.id === (over?.id ?? home));
  const next = cards[Math.min(cards.length - 1, Math.max(0, (at < 0 ? 0 : at) + step))]!;
  return {
    x: next.rect.left + Math.max(8, (next.rect.width - collisionRect.width) / 2),
    y: next.rect.top + Math.min(64, Math.max(8, (next.rect.height - collisionRect.height) / 2)),
  };
};

export function Board({
  groups,
  unplaced,
  info,
  scores,
  locked,
  lockedGroups,
  onMove,
  onToggleLock,
  onToggleGroupLock,
  onMoveGroup,
  onRename,
  onRecolor,
}: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenCards }),
  );
  const [active, setActive] = useState<string | null>(null);
  const [moved, setMoved] = useState<string>('');

  const nameOfTarget = (id: UniqueIdentifier | undefined) => {
    if (id === UNPLACED) return 'Not in a group';
    const i = groups.findIndex((g) => g.id === id);
    return i < 0 ? null : groupLabel(groups[i]!, i);
  };
  const groupOf = (studentId: string) => groups.find((g) => g.studentIds.includes(studentId))?.id ?? UNPLACED;
  const student = (id: UniqueIdentifier) => info(String(id)).name;

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => `Picked up ${student(a.id)} from ${nameOfTarget(groupOf(String(a.id)))}.`,
    onDragOver: ({ active: a, over }) => (over ? `${student(a.id)} is over ${nameOfTarget(over.id)}.` : `${student(a.id)} is over no group.`),
    onDragEnd: ({ active: a, over }) =>
      over ? `${student(a.id)} was dropped in ${nameOfTarget(over.id)}.` : `${student(a.id)} was dropped outside the groups and stays where it was.`,
    onDragCancel: ({ active: a }) => `Moving ${student(a.id)} was cancelled; they stay in ${nameOfTarget(groupOf(String(a.id)))}.`,
  };

  // `by`: what the teacher moved with, so focus stays on it in the chip's new card (a mouse drop
  // leaves focus alone).
  const move = (studentId: string, to: string, by: 'handle' | 'move' | null) => {
    if (groupOf(studentId) === to) return;
    onMove(studentId, to);
    if (by) requestChipFocus(studentId, by);
    setMoved(`${info(studentId).name} moved to ${nameOfTarget(to)}.`);
  };
  const onDragStart = (e: DragStartEvent) => setActive(String(e.active.id));
  const onDragEnd = (e: DragEndEvent) => {
    setActive(null);
    const byKeyboard = typeof KeyboardEvent !== 'undefined' && e.activatorEvent instanceof KeyboardEvent;
    if (e.over) move(String(e.active.id), String(e.over.id), byKeyboard ? 'handle' : null);
  };

  const chip = (id: string, groupId: string, groupName: string) => (
    <StudentChip
      key={id}
      id={id}
      groupId={groupId}
      groupName={groupName}
      info={info(id)}
      locked={locked.has(id)}
      targets={groups.flatMap((g, i) => (g.id === groupId ? [] : [{ id: g.id, name: groupLabel(g, i) }]))}
      onMove={(to) => move(id, to, 'move')}
      onToggleLock={() => onToggleLock(id)}
    />
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move this student, press Space or Enter, use the arrow keys to go from group to group, and press Space or Enter again to drop, or Escape to cancel. The Move to list beside does the same without dragging.',
        },
      }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
    >
      <div className="gb-board">
        {groups.map((g, i) => (
          <GroupCard
            key={g.id}
            group={g}
            index={i}
            count={groups.length}
            scores={scores}
            locked={lockedGroups.has(g.id)}
            onToggleLock={() => onToggleGroupLock(g.id)}
            onMoveGroup={(step) => onMoveGroup(g.id, step)}
            onRename={(name) => onRename(g.id, name)}
            onRecolor={(color) => onRecolor(g.id, color)}
          >
            {g.studentIds.map((id) => chip(id, g.id, groupLabel(g, i)))}
          </GroupCard>
        ))}
      </div>
      {unplaced.length > 0 && <UnplacedTray>{unplaced.map((id) => chip(id, UNPLACED, 'no group'))}</UnplacedTray>}
      <DragOverlay dropAnimation={null}>{active ? <ChipFace info={info(active)} locked={locked.has(active)} /> : null}</DragOverlay>
      <p className="visually-hidden" role="status" aria-live="polite">
        {moved}
      </p>
    </DndContext>
  );
}

function GroupCard({
  group,
  index,
  count,
  scores,
  locked,
  onToggleLock,
  onMoveGroup,
  onRename,
  onRecolor,
  children,
}: {
  group: BoardGroup;
  index: number;
  count: number;
  scores: Record<string, number | null>;
  locked: boolean;
  onToggleLock: () => void;
  onMoveGroup: (step: -1 | 1) => void;
  onRename: (name: string) => void;
  onRecolor: (color: string) => void;
  children: ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: group.id });
  const stats = groupStats(group.studentIds, scores);
  const label = groupLabel(group, index);
  const colorName = PALETTE.find((p) => p.color === group.color)?.name;
  return (
    <section
      ref={setNodeRef}
      className={`gb-card${isOver ? ' gb-over' : ''}${locked ? ' gb-card-locked' : ''}`}
      aria-label={label}
      style={{ '--group-color': group.color } as CSSProperties}
    >
      <header className="gb-card-head">
        <div className="gb-card-title">
          <input
            className="gb-card-name"
            aria-label={`Name of Group ${index + 1}`}
            value={group.name}
            placeholder={`Group ${index + 1}`}
            maxLength={40}
            onChange={(e) => onRename(e.target.value)}
          />
          <span className="gb-swatch" aria-hidden="true" />
          <select className="gb-color" aria-label={`Color of Group ${index + 1}`} value={group.color} onChange={(e) => onRecolor(e.target.value)}>
            {!colorName && <option value={group.color}>Own color</option>}
            {PALETTE.map((p) => (
              <option key={p.color} value={p.color}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="gb-card-tools">
          {/* The name stays "Lock Group 2" whether pressed or not: aria-pressed says which. */}
          <button
            type="button"
            className="gb-group-lock"
            aria-pressed={locked}
            title={locked ? 'Locked: regrouping keeps this group exactly as it is' : 'Keep this whole group as it is when regrouping the rest'}
            onClick={onToggleLock}
          >
            <LockIcon locked={locked} /> Lock<span className="visually-hidden"> {label}</span>
          </button>
          <button type="button" className="gb-order" aria-label={`Move ${label} earlier`} title="Earlier: group 1 meets the teacher first" disabled={index === 0} onClick={() => onMoveGroup(-1)}>
            ←
          </button>
          <button type="button" className="gb-order" aria-label={`Move ${label} later`} title="Later" disabled={index === count - 1} onClick={() => onMoveGroup(1)}>
            →
          </button>
        </div>
        <p className="gb-card-stats">
          <span className="gb-count">
            {plural(stats.size, 'student')}
          </span>
          <span>{statsText(stats)}</span>
          {stats.unscored > 0 && stats.unscored < stats.size && <span>{stats.unscored} without evidence</span>}
          {locked && <span className="gb-locked-note">locked: kept as it is</span>}
        </p>
      </header>
      {group.studentIds.length > 0 ? <ul className="gb-chips">{children}</ul> : <p className="gb-drop-hint">Drop students here.</p>}
    </section>
  );
}

function UnplacedTray({ children }: { children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: UNPLACED });
  return (
    <section ref={setNodeRef} className={`gb-card gb-unplaced${isOver ? ' gb-over' : ''}`} aria-label="Not in a group">
      <header className="gb-card-head">
        <h3 className="gb-unplaced-title">Not in a group</h3>
        <p className="gb-card-stats">Back from absence, or new to the class: move them into a group.</p>
      </header>
      <ul className="gb-chips">{children}</ul>
    </section>
  );
}

type ChipProps = {
  id: string;
  groupId: string;
  groupName: string;
  info: ChipInfo;
  locked: boolean;
  targets: { id: string; name: string }[];
  onMove: (toGroupId: string) => void;
  onToggleLock: () => void;
};

function StudentChip({ id, groupId, groupName, info, locked, targets, onMove, onToggleLock }: ChipProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id, data: { groupId } });
  const moveRef = useRef<HTMLSelectElement>(null);
  const handleRef = useRef<HTMLButtonElement | null>(null);
  // This student was just moved (or moved back by undo): focus follows them to their new card.
  const focusWanted = useBoardFocus((s) => (s.request?.studentId === id ? s.request : null));
  useEffect(() => {
    if (!focusWanted) return;
    // After dnd-kit has put focus back where the drag started (the next frame), not before.
    const frame = requestAnimationFrame(() => {
      (focusWanted.target === 'move' ? moveRef.current : handleRef.current)?.focus();
      focusTaken(focusWanted);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusWanted]);
  return (
    <li ref={setNodeRef} aria-label={info.name} className={`gb-chip${locked ? ' gb-locked' : ''}${isDragging ? ' gb-dragging' : ''}`}>
      <div className="gb-chip-top">
        <button
          type="button"
          ref={(el) => {
            setActivatorNodeRef(el);
            handleRef.current = el;
          }}
          className="gb-handle" {...attributes} {...listeners} aria-label={`Drag ${info.name}`}>
          <GripIcon />
        </button>
        <span className="gb-name" title={info.name}>
          {info.name}
        </span>
        <Score value={info.score} />
        {groupId !== UNPLACED && (
          <button
            type="button"
            className="gb-lock"
            aria-pressed={locked}
            aria-label={`Lock ${info.name} in ${groupName}`}
            title={locked ? 'Locked: regrouping keeps them here' : 'Lock here before regrouping the rest'}
            onClick={onToggleLock}
          >
            <LockIcon locked={locked} />
          </button>
        )}
      </div>
      <div className="gb-chip-bottom">
        <Levels info={info} />
        <span className="gb-minutes" title="Minutes at the teacher's table in the last two weeks">
          {info.minutes} min<span className="visually-hidden"> at the teacher&apos;s table in two weeks</span>
        </span>
        <select ref={moveRef} className="gb-move" aria-label={`Move ${info.name} to`} value="" onChange={(e) => e.target.value && onMove(e.target.value)}>
          <option value="">Move…</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}

/** What the dragged chip looks like under the pointer. */
function ChipFace({ info, locked }: { info: ChipInfo; locked: boolean }) {
  return (
    <div className={`gb-chip gb-chip-face${locked ? ' gb-locked' : ''}`} aria-hidden="true">
      <div className="gb-chip-top">
        <span className="gb-handle">
          <GripIcon />
        </span>
        <span className="gb-name">{info.name}</span>
        <Score value={info.score} />
      </div>
      <div className="gb-chip-bottom">
        <Levels info={info} />
      </div>
    </div>
  );
}

function Score({ value }: { value: number | null }) {
  return value === null ? null : (
    <span className="gb-score" title="Grouping score: the mean level on the chosen skills">
      <span className="visually-hidden">score </span>
      {formatMean(value)}
    </span>
  );
}

/** The student's level on each chosen skill; one "no evidence" mark when there is none on any. */
function Levels({ info }: { info: ChipInfo }) {
  if (info.score === null && info.levels.every((l) => l.value === null)) return <span className="gb-no-evidence">no evidence</span>;
  return (
    <>
      {info.levels.map((l) => (
        <span
          key={l.skillId}
          className={`gb-level${l.value === null ? ' gb-level-none' : ''}`}
          style={l.value === null ? undefined : { background: l.color, color: l.ink }}
          title={`${l.code}: ${l.value === null ? 'no evidence' : `${l.label} (${formatScore(l.value)})`}`}
        >
          {l.code} {levelText(l.value)}
        </span>
      ))}
    </>
  );
}
