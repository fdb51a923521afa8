import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import { Link } from 'react-router';
import { displayName, levelDistribution, levelFor, type CellSummary, type MasteryMatrix, type MasteryScale, type Skill, type Student } from '../../../shared';
import type { TrackedSkill } from '../../db/mastery';
import { readableInk } from '../../ui/color';
import { formatScore } from '../format';
import { CellEditor, type CellEditorHandle, type GridCell } from './CellEditor';

const NAME_WIDTH = 220;
const COL_WIDTH = 92;
const ROW_HEIGHT = 38;
const HEADER_HEIGHT = 76;

type Props = {
  classId: string;
  students: Student[];
  skills: TrackedSkill[];
  matrix: MasteryMatrix;
  scale: MasteryScale;
  attentionMin: number;
  belowCounts: Map<string, number>;
  /** what is wrong with a typed score, or null when it can be saved */
  validate: (text: string) => string | null;
  /** the day new scores are dated, when it is not today: said on every entry so it is never missed */
  entryDate?: string | undefined;
  /** saves a valid score; the grid has already moved on, so a fast typist loses no keystroke */
  onEnter: (student: Student, skill: TrackedSkill, text: string) => Promise<void>;
};

type Cell = GridCell;

/**
 * Whether item `index` is wholly in view, clear of the sticky header or name column. From the
 * virtualizer's own record of the scroll position and size: asking the page would lay it out.
 */
function inView(v: Virtualizer<HTMLDivElement, Element>, index: number): boolean {
  const item = v.measurementsCache[index];
  const rect = v.scrollRect;
  if (!item || !rect) return false;
  const offset = v.scrollOffset ?? 0;
  const size = v.options.horizontal ? rect.width : rect.height;
  return item.start >= offset + v.options.scrollPaddingStart && item.end <= offset + size - v.options.scrollPaddingEnd;
}

function DistributionBar({ counts, none, scale }: { counts: number[]; none: number; scale: MasteryScale }) {
  const total = counts.reduce((a, b) => a + b, 0) + none;
  const words = scale.levels.map((l, i) => `${l.label} ${counts[i]}`).join(', ') + (none ? `, no evidence ${none}` : '');
  return (
    <div className="dist" title={words}>
      <div className="dist-bar" aria-hidden="true">
        {scale.levels.map((l, i) =>
          counts[i] ? <span key={l.points} style={{ flexGrow: counts[i], background: l.color }} /> : null,
        )}
        {none > 0 && <span className="dist-none" style={{ flexGrow: none }} />}
      </div>
      <span className="dist-text">{total ? scale.levels.map((_, i) => counts[i]).join('·') : ''}</span>
      <span className="visually-hidden">{words}</span>
    </div>
  );
}

// A column header re-renders only when its place or its column's distribution changes (`dist` is
// the counts joined), not on every entry elsewhere in the grid.
const ColumnHead = memo(function ColumnHead({ skill, index, left, width, dist, scale }: { skill: Skill; index: number; left: number; width: number; dist: string; scale: MasteryScale }) {
  const parts = dist.split(',').map(Number);
  const none = parts.pop()!;
  return (
    <div role="columnheader" aria-colindex={index + 2} className="tracker-colhead" style={{ left, width }} title={skill.statement}>
      <span className="mono skill-head-code">{skill.code}</span>
      <DistributionBar counts={parts} none={none} scale={scale} />
    </div>
  );
});

// A router link works out its address on every render: a row re-rendered for a new score keeps
// its name link as it was.
const StudentLink = memo(function StudentLink({ classId, student }: { classId: string; student: Student }) {
  return (
    <Link to={`/classes/${classId}/students/${student.id}`} tabIndex={-1}>
      {student.familyName}
      {student.familyName ? ', ' : ''}
      {student.preferredName || student.givenName}
    </Link>
  );
});

/** What a row asks the grid to do; one stable object, so rows can be memoized. */
type RowActions = {
  click: (row: number, col: number) => void;
  edit: (row: number, col: number) => void;
};

type RowProps = {
  classId: string;
  student: Student;
  index: number;
  top: number;
  height: number;
  width: number;
  colItems: VirtualItem[];
  skills: TrackedSkill[];
  /** this student's cells (the matrix row: a new map only when one of them changed) */
  cells: ReadonlyMap<string, CellSummary> | undefined;
  scale: MasteryScale;
  below: number;
  attentionMin: number;
  /** the active column when the active cell is in this row, else -1 */
  activeCol: number;
  actions: RowActions;
};

// One student's row. Memoized: a saved score re-renders the row typed in and the rows the active
// cell leaves and enters, not every row on screen; typing it re-renders no row at all.
const GridRow = memo(function GridRow({ classId, student, index, top, height, width, colItems, skills, cells, scale, below, attentionMin, activeCol, actions }: RowProps) {
  const name = displayName(student);
  return (
    <div role="row" aria-rowindex={index + 2} className="tracker-row" style={{ top, height, width }}>
      <div role="rowheader" aria-colindex={1} className="tracker-name" style={{ width: NAME_WIDTH }}>
        <StudentLink classId={classId} student={student} />
        {below >= attentionMin && below > 0 && (
          <span className="attention" title={`${name} is below mastery on ${below} skills`} aria-label={`below mastery on ${below} skills`}>
            ⚑ {below}
          </span>
        )}
      </div>
      {colItems.map((vc) => {
        const tracked = skills[vc.index]!;
        const cell = cells?.get(tracked.skill.id);
        const value = cell?.value ?? null;
        const level = levelFor(value, scale);
        const isActive = vc.index === activeCol;
        const belowMastery = level && value !== null && value < scale.masteryPoints;
        return (
          <div
            key={tracked.skill.id}
            role="gridcell"
            aria-colindex={vc.index + 2}
            data-cell={`${index}:${vc.index}`}
            tabIndex={isActive ? 0 : -1}
            aria-label={`${name}, ${tracked.skill.code}: ${value === null ? 'no evidence' : `${formatScore(value)} ${level?.label ?? ''}`}${cell?.count ? `, ${cell.count} ${cell.count === 1 ? 'score' : 'scores'}` : ''}`}
            className={`tracker-cell${isActive ? ' active' : ''}${belowMastery ? ' below' : ''}`}
            style={{
              left: vc.start,
              width: vc.size,
              background: level?.color,
              color: level ? readableInk(level.color) : undefined,
            }}
            onClick={() => actions.click(index, vc.index)}
            onDoubleClick={() => actions.edit(index, vc.index)}
          >
            <span className="cell-value">{value === null ? '' : formatScore(value)}</span>
            {level && <span className="cell-level" aria-hidden="true">{level.label.slice(0, 1)}</span>}
          </div>
        );
      })}
    </div>
  );
});

export function TrackerGrid({ classId, students, skills, matrix, scale, attentionMin, belowCounts, validate, entryDate, onEnter }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const focusPending = useRef(false);
  // Bumped on every move, so focus returns to the cell even when the move stays in place
  // (Enter on the last row), after the score box had it.
  const [focusTick, setFocusTick] = useState(0);

  // The sticky header and name column take the first pixels of each axis: the items start after
  // them, and scrolling keeps a cell out from under them.
  const rows = useVirtualizer({
    count: students.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: skills.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COL_WIDTH,
    overscan: 3,
    paddingStart: NAME_WIDTH,
    scrollPaddingStart: NAME_WIDTH,
  });

  const row = Math.min(active.row, Math.max(0, students.length - 1));
  const col = Math.min(active.col, Math.max(0, skills.length - 1));

  const focusActive = useCallback(() => {
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
    if (el) {
      if (el !== document.activeElement) el.focus({ preventScroll: true });
      focusPending.current = false;
    }
  }, [row, col]);

  // A layout effect, so focus is on the new cell before the browser handles the next keystroke;
  // a cell scrolled in from far away is only rendered on the next frame, hence the fallback.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    // Scrolling writes scrollTop, which lays the page out at once: only when the cell is not in view.
    if (!inView(rows, row)) rows.scrollToIndex(row, { align: 'auto' });
    if (!inView(cols, col)) cols.scrollToIndex(col, { align: 'auto' });
    focusActive();
    if (!focusPending.current) return;
    const frame = requestAnimationFrame(focusActive);
    return () => cancelAnimationFrame(frame);
  }, [row, col, rows, cols, focusActive, focusTick]);

  const clampCell = (c: Cell): Cell => ({
    row: Math.max(0, Math.min(students.length - 1, c.row)),
    col: Math.max(0, Math.min(skills.length - 1, c.col)),
  });
  const move = (r: number, c: number) => {
    focusPending.current = true;
    setFocusTick((t) => t + 1);
    setActive(clampCell({ row: r, col: c }));
  };

  const editor = useRef<CellEditorHandle>(null);
  const cellElement = (c: Cell) => scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${c.row}:${c.col}"]`) ?? null;

  /** A typed score: saved and the keyboard moved on, or the reason it is refused. */
  const commit = (cell: Cell, text: string, then: 'down' | 'right' | 'stay'): string | null => {
    const student = students[cell.row];
    const skill = skills[cell.col];
    if (!student || !skill) return null;
    if (text.trim() !== '') {
      const error = validate(text);
      if (error) return error;
      void onEnter(student, skill, text);
    }
    editor.current?.close();
    if (then === 'stay') return null;
    const next = then === 'down' ? { row: cell.row + 1, col: cell.col } : { row: cell.row, col: cell.col + 1 };
    // Focus goes to the next cell now, before the entry changes anything on the page: focusing
    // after that would make the browser restyle and lay out the page on the spot.
    cellElement(clampCell(next))?.focus({ preventScroll: true });
    move(next.row, next.col);
    return null;
  };

  const cancel = (cell: Cell) => {
    cellElement(cell)?.focus({ preventScroll: true });
    move(cell.row, cell.col);
  };

  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLAnchorElement) return;
    const keys: Record<string, () => void> = {
      ArrowUp: () => move(row - 1, col),
      ArrowDown: () => move(row + 1, col),
      ArrowLeft: () => move(row, col - 1),
      ArrowRight: () => move(row, col + 1),
      Home: () => move(e.ctrlKey ? 0 : row, 0),
      End: () => move(e.ctrlKey ? students.length - 1 : row, skills.length - 1),
      PageUp: () => move(row - 10, col),
      PageDown: () => move(row + 10, col),
      Enter: () => editor.current?.open({ row, col }),
      F2: () => editor.current?.open({ row, col }),
    };
    const action = keys[e.key];
    if (action && !e.altKey && !e.metaKey) {
      e.preventDefault();
      action();
      return;
    }
    if (/^[0-9.]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      editor.current?.open({ row, col }, e.key);
    }
  };

  // The rows' handlers, stable across renders, calling this render's functions.
  const latest = useRef({ move });
  useLayoutEffect(() => {
    latest.current = { move };
  });
  const actions = useMemo<RowActions>(
    () => ({
      click: (r, c) => latest.current.move(r, c),
      edit: (r, c) => {
        latest.current.move(r, c);
        editor.current?.open({ row: r, col: c });
      },
    }),
    [],
  );

  const placeOf = (c: Cell) => ({ left: NAME_WIDTH + c.col * COL_WIDTH, top: HEADER_HEIGHT + c.row * ROW_HEIGHT, width: COL_WIDTH, height: ROW_HEIGHT });
  const labelOf = (c: Cell) => {
    const student = students[c.row];
    const tracked = skills[c.col];
    if (!student || !tracked) return 'New score';
    return `New score for ${displayName(student)} on ${tracked.skill.code}${entryDate ? `, dated ${entryDate}` : ''}`;
  };

  const width = cols.getTotalSize();
  const colItems = cols.getVirtualItems();
  return (
    <div
      ref={scrollRef}
      className="tracker-scroll"
      role="grid"
      aria-label="Mastery tracker"
      aria-rowcount={students.length + 1}
      aria-colcount={skills.length + 1}
      onKeyDown={onGridKey}
    >
      <div className="tracker-inner" style={{ width, height: rows.getTotalSize() }}>
        <div className="tracker-header" role="row" aria-rowindex={1} style={{ width, height: HEADER_HEIGHT }}>
          <div className="tracker-corner" role="columnheader" aria-colindex={1} style={{ width: NAME_WIDTH }}>
            Student&nbsp;<span className="muted">({students.length})</span>
          </div>
          {colItems.map((vc) => {
            const { skill } = skills[vc.index]!;
            const { counts, none } = levelDistribution(matrix, skill.id, scale);
            return (
              <ColumnHead
                key={skill.id}
                skill={skill}
                index={vc.index}
                left={vc.start}
                width={vc.size}
                dist={`${counts.join(',')},${none}`}
                scale={scale}
              />
            );
          })}
        </div>
        {rows.getVirtualItems().map((vr) => {
          const student = students[vr.index]!;
          return (
            <GridRow
              key={student.id}
              classId={classId}
              student={student}
              index={vr.index}
              top={vr.start}
              height={vr.size}
              width={width}
              colItems={colItems}
              skills={skills}
              cells={matrix.get(student.id)}
              scale={scale}
              below={belowCounts.get(student.id) ?? 0}
              attentionMin={attentionMin}
              activeCol={vr.index === row ? col : -1}
              actions={actions}
            />
          );
        })}
        <CellEditor ref={editor} active={{ row, col }} placeOf={placeOf} labelOf={labelOf} onCommit={commit} onCancel={cancel} />
      </div>
    </div>
  );
}
