import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { Link } from 'react-router';
import { displayName, levelDistribution, levelFor, type CellSummary, type MasteryMatrix, type MasteryScale, type Skill, type Student } from '../../../shared';
import type { TrackedSkill } from '../../db/mastery';
import { readableInk } from '../../ui/color';
import { formatScore } from '../format';

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

type Cell = { row: number; col: number };

type Draft = { cell: Cell; text: string; error: string | null };

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

/** What a row asks the grid to do; one stable object, so rows can be memoized. */
type RowActions = {
  click: (row: number, col: number) => void;
  edit: (row: number, col: number) => void;
  change: (text: string) => void;
  inputKey: (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => void;
  blur: () => void;
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
  /** the entry being typed when it is in this row, else null */
  draft: Draft | null;
  entryDate: string | undefined;
  actions: RowActions;
};

// One student's row. Memoized: typing a score re-renders the row typed in and the rows the active
// cell leaves and enters, not every row on screen.
const GridRow = memo(function GridRow({ classId, student, index, top, height, width, colItems, skills, cells, scale, below, attentionMin, activeCol, draft, entryDate, actions }: RowProps) {
  const name = displayName(student);
  return (
    <div role="row" aria-rowindex={index + 2} className="tracker-row" style={{ top, height, width }}>
      <div role="rowheader" aria-colindex={1} className="tracker-name" style={{ width: NAME_WIDTH }}>
        <Link to={`/classes/${classId}/students/${student.id}`} tabIndex={-1}>
          {student.familyName}
          {student.familyName ? ', ' : ''}
          {student.preferredName || student.givenName}
        </Link>
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
        const editing = draft && draft.cell.col === vc.index ? draft : null;
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
              left: NAME_WIDTH + vc.start,
              width: vc.size,
              background: level?.color,
              color: level ? readableInk(level.color) : undefined,
            }}
            onClick={() => actions.click(index, vc.index)}
            onDoubleClick={() => actions.edit(index, vc.index)}
          >
            {editing ? (
              <input
                className="cell-input"
                autoFocus
                onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
                aria-label={`New score for ${name} on ${tracked.skill.code}${entryDate ? `, dated ${entryDate}` : ''}`}
                aria-invalid={!!editing.error}
                value={editing.text}
                onChange={(e) => actions.change(e.target.value)}
                onKeyDown={(e) => actions.inputKey(e, index, vc.index)}
                onBlur={actions.blur}
              />
            ) : (
              <>
                <span className="cell-value">{value === null ? '' : formatScore(value)}</span>
                {level && <span className="cell-level" aria-hidden="true">{level.label.slice(0, 1)}</span>}
              </>
            )}
          </div>
        );
      })}
    </div>
  );
});

export function TrackerGrid({ classId, students, skills, matrix, scale, attentionMin, belowCounts, validate, entryDate, onEnter }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [draft, setDraft] = useState<Draft | null>(null);
  const focusPending = useRef(false);
  // Bumped on every move, so focus returns to the cell even when the move stays in place
  // (Enter on the last row), after the entry input it held went away.
  const [focusTick, setFocusTick] = useState(0);

  const rows = useVirtualizer({ count: students.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });
  const cols = useVirtualizer({
    horizontal: true,
    count: skills.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COL_WIDTH,
    overscan: 3,
    // The sticky name column covers the first pixels: scroll so a cell is never hidden under it.
    scrollPaddingStart: NAME_WIDTH,
  });

  const row = Math.min(active.row, Math.max(0, students.length - 1));
  const col = Math.min(active.col, Math.max(0, skills.length - 1));

  const focusActive = useCallback(() => {
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      focusPending.current = false;
    }
  }, [row, col]);

  // A layout effect, so focus is on the new cell before the browser handles the next keystroke;
  // a cell scrolled in from far away is only rendered on the next frame, hence the fallback.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    rows.scrollToIndex(row, { align: 'auto' });
    cols.scrollToIndex(col, { align: 'auto' });
    focusActive();
    if (!focusPending.current) return;
    const frame = requestAnimationFrame(focusActive);
    return () => cancelAnimationFrame(frame);
  }, [row, col, rows, cols, focusActive, focusTick]);

  const move = (r: number, c: number) => {
    focusPending.current = true;
    setFocusTick((t) => t + 1);
    setActive({ row: Math.max(0, Math.min(students.length - 1, r)), col: Math.max(0, Math.min(skills.length - 1, c)) });
  };

  const confirm = (then: 'down' | 'right') => {
    if (!draft) return;
    const student = students[draft.cell.row];
    const skill = skills[draft.cell.col];
    if (!student || !skill) return;
    if (draft.text.trim() !== '') {
      const error = validate(draft.text);
      if (error) {
        setDraft({ ...draft, error });
        return;
      }
      void onEnter(student, skill, draft.text);
    }
    setDraft(null);
    if (then === 'down') move(draft.cell.row + 1, draft.cell.col);
    else move(draft.cell.row, draft.cell.col + 1);
  };

  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (draft || e.target instanceof HTMLInputElement || e.target instanceof HTMLAnchorElement) return;
    const keys: Record<string, () => void> = {
      ArrowUp: () => move(row - 1, col),
      ArrowDown: () => move(row + 1, col),
      ArrowLeft: () => move(row, col - 1),
      ArrowRight: () => move(row, col + 1),
      Home: () => move(e.ctrlKey ? 0 : row, 0),
      End: () => move(e.ctrlKey ? students.length - 1 : row, skills.length - 1),
      PageUp: () => move(row - 10, col),
      PageDown: () => move(row + 10, col),
      Enter: () => setDraft({ cell: { row, col }, text: '', error: null }),
      F2: () => setDraft({ cell: { row, col }, text: '', error: null }),
    };
    const action = keys[e.key];
    if (action && !e.altKey && !e.metaKey) {
      e.preventDefault();
      action();
      return;
    }
    if (/^[0-9.]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setDraft({ cell: { row, col }, text: e.key, error: null });
    }
  };

  // The rows' handlers, stable across renders, calling this render's functions.
  const latest = useRef({ move, confirm });
  useLayoutEffect(() => {
    latest.current = { move, confirm };
  });
  const actions = useMemo<RowActions>(
    () => ({
      click: (r, c) => latest.current.move(r, c),
      edit: (r, c) => setDraft({ cell: { row: r, col: c }, text: '', error: null }),
      change: (text) => setDraft((d) => (d ? { ...d, text, error: null } : d)),
      inputKey: (e, r, c) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          latest.current.confirm('down');
        } else if (e.key === 'Tab') {
          e.preventDefault();
          latest.current.confirm('right');
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          setDraft(null);
          latest.current.move(r, c);
        }
      },
      blur: () => setDraft((d) => (d && !d.error ? null : d)),
    }),
    [],
  );

  const width = NAME_WIDTH + cols.getTotalSize();
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
      <div className="tracker-inner" style={{ width, height: HEADER_HEIGHT + rows.getTotalSize() }}>
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
                left={NAME_WIDTH + vc.start}
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
              top={HEADER_HEIGHT + vr.start}
              height={vr.size}
              width={width}
              colItems={colItems}
              skills={skills}
              cells={matrix.get(student.id)}
              scale={scale}
              below={belowCounts.get(student.id) ?? 0}
              attentionMin={attentionMin}
              activeCol={vr.index === row ? col : -1}
              draft={draft && draft.cell.row === vr.index ? draft : null}
              entryDate={entryDate}
              actions={actions}
            />
          );
        })}
      </div>
      {draft?.error && (
        <p className="cell-error" role="alert">
          {draft.error}
        </p>
      )}
    </div>
  );
}
