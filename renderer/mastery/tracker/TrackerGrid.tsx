import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { Link } from 'react-router';
import { displayName, levelDistribution, levelFor, type CellSummary, type MasteryMatrix, type MasteryScale, type Skill, type Student } from '../../../shared';
import type { TrackedSkill } from '../../db/mastery';
import { readableInk } from '../../ui/color';
import { useToasts } from '../../ui/toasts';
import { formatScore } from '../format';
import { offsetShowing } from './trackerView';
import { CellEditor, type CellEditorHandle, type GridCell } from './CellEditor';

const NAME_WIDTH = 220;
const COL_WIDTH = 92;
const ROW_HEIGHT = 38;
const SHORT_ROW_HEIGHT = 34;
/** the column heads' height; shorter in a short window, where each row of students counts */
const HEADER_HEIGHT = 76;
const SHORT_HEADER_HEIGHT = 56;
const SHORT_WINDOW = '(max-height: 820px)';
/** the corner messages' usual height, kept free under the last row */
const TOAST_ROOM = 72;

/**
 * How far up from the grid's bottom the corner messages reach, so a cell moved to is not left
 * under one. Read only while a message shows: most keystrokes never lay the page out for it.
 */
function toastCover(grid: HTMLElement): number {
  if (useToasts.getState().toasts.length === 0) return 0;
  const toaster = document.querySelector('.toaster');
  if (!toaster) return 0;
  const t = toaster.getBoundingClientRect();
  const g = grid.getBoundingClientRect();
  if (t.left >= g.right || t.top >= g.bottom) return 0;
  return Math.max(0, Math.min(g.bottom, t.bottom) - t.top);
}

/**
 * Rows and columns rendered beyond the visible ones, so a scroll of a row or two finds them made.
 * None until the grid has first shown and the browser is idle: the first paint makes only the
 * cells that show (about half of those it would make with them), and lays them out once.
 */
function useOverscanOnceShown(): { rows: number; cols: number } {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const id = requestIdleCallback(() => setShown(true), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, []);
  return shown ? { rows: 6, cols: 3 } : { rows: 0, cols: 0 };
}

function useShortWindow(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(SHORT_WINDOW);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => window.matchMedia(SHORT_WINDOW).matches,
  );
}
const STATEMENT_ID = 'tracker-statement';

type Props = {
  classId: string;
  /** opens a student's profile (Enter on a name) */
  openStudent: (student: Student) => void;
  /** Delete on a cell: the cell's newest score goes (with Undo) */
  onDeleteNewest: (student: Student, skill: TrackedSkill) => void;
  /** the scores behind a cell, to fix or remove one */
  onShowScores: (student: Student, skill: TrackedSkill) => void;
  /** text pasted on a cell (a block copied from a spreadsheet), from that cell on */
  onPaste: (from: { row: number; col: number }, text: string, students: Student[]) => void;
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
  scores: (row: number, col: number) => void;
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
  /** the active column when the active cell is in this row (-1: the name), else null */
  activeCol: number | null;
  /** what the active cell is described by (the skill's statement) */
  describedBy: string;
  actions: RowActions;
};

// One student's row. Memoized: a saved score re-renders the row typed in and the rows the active
// cell leaves and enters, not every row on screen; typing it re-renders no row at all.
const GridRow = memo(function GridRow({ classId, student, index, top, height, width, colItems, skills, cells, scale, below, attentionMin, activeCol, describedBy, actions }: RowProps) {
  const name = displayName(student);
  return (
    <div role="row" aria-rowindex={index + 2} className="tracker-row" style={{ top, height, width }}>
      <div
        role="rowheader"
        aria-colindex={1}
        className={`tracker-name${activeCol === -1 ? ' active' : ''}`}
        style={{ width: NAME_WIDTH }}
        data-cell={`${index}:-1`}
        tabIndex={activeCol === -1 ? 0 : -1}
        onClick={() => actions.click(index, -1)}
      >
        <StudentLink classId={classId} student={student} />
        {below >= attentionMin && below > 0 && (
          <span className="attention" title={`${name} is below mastery on ${below} skills`} aria-label={`below mastery on ${below} skills`}>
            ⚑ {below}
          </span>
        )}
      </div>
      {colItems.map((vc, i) => {
        const tracked = skills[vc.index]!;
        const cell = cells?.get(tracked.skill.id);
        const value = cell?.value ?? null;
        const level = levelFor(value, scale);
        const isActive = vc.index === activeCol;
        const belowMastery = level && value !== null && value < scale.masteryPoints;
        // Scores, but no level yet (under "Mastery n times"): not the same as never assessed.
        const notYet = value === null && !!cell?.count;
        // The name holds the words shown ("not yet 2/5"), then says them in full.
        const notYetWords = cell?.atMastery ? `not yet ${cell.atMastery.have}/${cell.atMastery.need} (${cell.atMastery.have} of ${cell.atMastery.need} at mastery)` : 'no level yet';
        return (
          <div
            key={tracked.skill.id}
            role="gridcell"
            aria-colindex={vc.index + 2}
            data-cell={`${index}:${vc.index}`}
            tabIndex={isActive ? 0 : -1}
            aria-describedby={isActive ? describedBy : undefined}
            aria-label={`${name}, ${tracked.skill.code}: ${value === null ? (notYet ? notYetWords : 'no evidence') : `${formatScore(value)} ${level?.label ?? ''}`}${cell?.count ? `, ${cell.count} ${cell.count === 1 ? 'score' : 'scores'}` : ''}`}
            className={`tracker-cell${isActive ? ' active' : ''}${belowMastery ? ' below' : ''}${notYet ? ' not-yet' : ''}`}
            // The level's first letter, drawn by the stylesheet: a mark for the eye, its word already in the name.
            data-level={level ? level.label.slice(0, 1) : undefined}
            style={{
              // In the row's flow after the name: the first rendered column starts where it lies.
              marginLeft: i === 0 ? vc.start - NAME_WIDTH : undefined,
              width: vc.size,
              background: level?.color,
              color: level ? readableInk(level.color) : undefined,
            }}
            onClick={() => actions.click(index, vc.index)}
            onDoubleClick={() => actions.edit(index, vc.index)}
            onContextMenu={(e) => {
              e.preventDefault();
              actions.scores(index, vc.index);
            }}
          >
            <span className="cell-value">
              {value !== null ? formatScore(value) : notYet && cell?.atMastery ? `not yet ${cell.atMastery.have}/${cell.atMastery.need}` : notYet ? '…' : ''}
            </span>
          </div>
        );
      })}
    </div>
  );
});

export function TrackerGrid({ classId, openStudent, onDeleteNewest, onShowScores, onPaste, students, skills, matrix, scale, attentionMin, belowCounts, validate, entryDate, onEnter }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const short = useShortWindow();
  const header = short ? SHORT_HEADER_HEIGHT : HEADER_HEIGHT;
  const rowHeight = short ? SHORT_ROW_HEIGHT : ROW_HEIGHT;
  const overscan = useOverscanOnceShown();
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
    estimateSize: () => rowHeight,
    overscan: overscan.rows,
    // A scroll re-renders the rows in the next task, not inside the frame that paints it: the
    // overscan already covers a scroll of a row or two, and an entry's frame stays short.
    useFlushSync: false,
    paddingStart: header,
    scrollPaddingStart: header,
    // Room under the last row, so it can be scrolled clear of a message in the corner.
    paddingEnd: TOAST_ROOM,
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: skills.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COL_WIDTH,
    overscan: overscan.cols,
    useFlushSync: false,
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
    focusActive();
    if (!focusPending.current) return;
    const frame = requestAnimationFrame(focusActive);
    return () => cancelAnimationFrame(frame);
  }, [focusActive, focusTick]);
  // The rows a scroll brings in are rendered a task after the scroll: the cell waiting for focus
  // takes it on the render that makes it.
  useLayoutEffect(() => {
    if (focusPending.current) focusActive();
  });

  // Column -1 is the names: reachable by keyboard, Enter opens the student's profile.
  const clampCell = (c: Cell): Cell => ({
    row: Math.max(0, Math.min(students.length - 1, c.row)),
    col: Math.max(-1, Math.min(skills.length - 1, c.col)),
  });
  /**
   * Scrolls a cell wholly into view. Called as a key or click is handled, before anything on the
   * page changes: the page is laid out then, so reading and writing the scroll offset costs
   * nothing (after the change it would lay out again on the spot). Every row and column has a
   * fixed size, so where a cell lies is known without asking the page.
   */
  const reveal = (c: Cell) => {
    const el = scrollRef.current;
    if (!el) return;
    const top = offsetShowing(el.scrollTop, el.clientHeight - toastCover(el), header, header + c.row * rowHeight, rowHeight);
    // The names stay in view (sticky); a cell is scrolled clear of them.
    const left = c.col < 0 ? el.scrollLeft : offsetShowing(el.scrollLeft, el.clientWidth, NAME_WIDTH, NAME_WIDTH + c.col * COL_WIDTH, COL_WIDTH);
    if (top !== el.scrollTop) el.scrollTop = top;
    if (left !== el.scrollLeft) el.scrollLeft = left;
  };

  const move = (r: number, c: number) => {
    const to = clampCell({ row: r, col: c });
    reveal(to);
    focusPending.current = true;
    setFocusTick((t) => t + 1);
    setActive(to);
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
    // The grid scrolls and focus goes to the next cell now, before the entry changes anything on
    // the page: after that, each would make the browser restyle and lay out the page on the spot.
    reveal(clampCell(next));
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
    if (editor.current?.keyWhileTyping(e)) return;
    const student = students[row];
    const skill = col >= 0 ? skills[col] : undefined;
    if ((e.key === 'ArrowDown' && e.altKey) || e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
      e.preventDefault();
      if (student && skill) onShowScores(student, skill);
      return;
    }
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      // Tab and Shift+Tab move along the row, as in a spreadsheet; past either end they leave the grid.
      const to = col + (e.shiftKey ? -1 : 1);
      if (to >= -1 && to < skills.length) {
        e.preventDefault();
        move(row, to);
      }
      return;
    }
    if (col < 0) {
      if (e.key === 'Enter' && student) {
        e.preventDefault();
        openStudent(student);
        return;
      }
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      if (student && skill && matrix.get(student.id)?.get(skill.skill.id)?.count) onDeleteNewest(student, skill);
      return;
    }
    const keys: Record<string, () => void> = {
      ArrowUp: () => move(row - 1, col),
      ArrowDown: () => move(row + 1, col),
      ArrowLeft: () => move(row, col - 1),
      ArrowRight: () => move(row, col + 1),
      Home: () => move(e.ctrlKey ? 0 : row, 0),
      End: () => move(e.ctrlKey ? students.length - 1 : row, skills.length - 1),
      PageUp: () => move(row - 10, col),
      PageDown: () => move(row + 10, col),
      Enter: () => col >= 0 && editor.current?.open({ row, col }),
      F2: () => col >= 0 && editor.current?.open({ row, col }),
    };
    const action = keys[e.key];
    if (action && !e.altKey && !e.metaKey) {
      e.preventDefault();
      action();
      return;
    }
    if (col >= 0 && /^[0-9.]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey && e.target instanceof HTMLElement) {
      e.preventDefault();
      editor.current?.typeOver({ row, col }, e.target, e.key);
    }
  };

  // The rows' handlers, stable across renders, calling this render's functions.
  const showScoresAt = (r: number, c: number) => {
    const student = students[r];
    const skill = skills[c];
    if (student && skill) onShowScores(student, skill);
  };
  const latest = useRef({ move, showScoresAt });
  useLayoutEffect(() => {
    latest.current = { move, showScoresAt };
  });
  const actions = useMemo<RowActions>(
    () => ({
      click: (r, c) => latest.current.move(r, c),
      edit: (r, c) => {
        latest.current.move(r, c);
        editor.current?.open({ row: r, col: c });
      },
      scores: (r, c) => {
        latest.current.move(r, c);
        latest.current.showScoresAt(r, c);
      },
    }),
    [],
  );

  const placeOf = (c: Cell) => ({ left: NAME_WIDTH + c.col * COL_WIDTH, top: header + c.row * rowHeight, width: COL_WIDTH, height: rowHeight });
  // A refused score's message sits under its cell, outside the grid (a grid holds only rows).
  const [errorHost, setErrorHost] = useState<HTMLDivElement | null>(null);
  const errorPlaceOf = (c: Cell) => {
    const el = scrollRef.current;
    const place = placeOf(c);
    return { top: place.top + place.height - (el?.scrollTop ?? 0), left: Math.max(0, place.left - (el?.scrollLeft ?? 0)) };
  };
  // Typing adds a score: the box says so, and how many the cell holds already.
  const hintOf = (c: Cell) => {
    const student = students[c.row];
    const tracked = skills[c.col];
    const count = (student && tracked && matrix.get(student.id)?.get(tracked.skill.id)?.count) || 0;
    return `${count ? `Adds a score to the ${count} there` : 'Adds the first score'} · Enter saves · Esc drops`;
  };
  const labelOf = (c: Cell) => {
    const student = students[c.row];
    const tracked = skills[c.col];
    if (!student || !tracked) return 'New score';
    return `New score for ${displayName(student)} on ${tracked.skill.code}${entryDate ? `, dated ${entryDate}` : ''}`;
  };

  const width = cols.getTotalSize();
  const colItems = cols.getVirtualItems();
  const activeSkill = col >= 0 ? skills[col]?.skill : undefined;
  const activeStudent = students[row];
  return (
    <div className="tracker-wrap">
    <div
      ref={scrollRef}
      className="tracker-scroll"
      onKeyDown={onGridKey}
      onPaste={(e) => {
        if (e.target instanceof HTMLInputElement || col < 0) return;
        const text = e.clipboardData.getData('text/plain');
        if (!text.trim()) return;
        e.preventDefault();
        onPaste({ row, col }, text, students);
      }}
    >
      <div
        id="tracker-grid"
        className="tracker-inner"
        role="grid"
        aria-label="Mastery tracker"
        aria-rowcount={students.length + 1}
        aria-colcount={skills.length + 1}
        style={{ width, height: rows.getTotalSize() }}
      >
        <div className="tracker-header" role="row" aria-rowindex={1} style={{ width, height: header }}>
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
              activeCol={vr.index === row ? col : null}
              describedBy={STATEMENT_ID}
              actions={actions}
            />
          );
        })}
      </div>
      {/* Over the active cell, scrolled with the rows, but outside the grid: a grid holds only rows. */}
      <CellEditor
        ref={editor}
        active={{ row, col }}
        placeOf={placeOf}
        labelOf={labelOf}
        hintOf={hintOf}
        errorHost={errorHost}
        errorPlaceOf={errorPlaceOf}
        onCommit={commit}
        onCancel={cancel}
      />
    </div>
      <div ref={setErrorHost} className="tracker-error-host" />
      <div className="tracker-foot">
        <p id={STATEMENT_ID} className="tracker-statement">
          {activeSkill ? (
            <>
              <strong className="mono">{activeSkill.code}</strong> {activeSkill.statement}
            </>
          ) : activeStudent ? (
            <>Enter opens {displayName(activeStudent)}&apos;s profile.</>
          ) : null}
        </p>
        <button type="button" className="secondary small" aria-keyshortcuts="Alt+ArrowDown" disabled={!activeSkill} onClick={() => showScoresAt(row, col)}>
          Scores behind this cell
        </button>
      </div>
    </div>
  );
}
