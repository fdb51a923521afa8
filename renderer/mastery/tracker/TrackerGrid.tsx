import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Link } from 'react-router';
import { displayName, levelDistribution, levelFor, type MasteryMatrix, type MasteryScale, type Student } from '../../../shared';
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

function DistributionBar({ matrix, skillId, scale }: { matrix: MasteryMatrix; skillId: string; scale: MasteryScale }) {
  const { counts, none } = levelDistribution(matrix, skillId, scale);
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

export function TrackerGrid({ classId, students, skills, matrix, scale, attentionMin, belowCounts, validate, entryDate, onEnter }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [draft, setDraft] = useState<{ cell: Cell; text: string; error: string | null } | null>(null);
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

  const width = NAME_WIDTH + cols.getTotalSize();
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
          {cols.getVirtualItems().map((vc) => {
            const { skill } = skills[vc.index]!;
            return (
              <div
                key={skill.id}
                role="columnheader"
                aria-colindex={vc.index + 2}
                className="tracker-colhead"
                style={{ left: NAME_WIDTH + vc.start, width: vc.size }}
                title={skill.statement}
              >
                <span className="mono skill-head-code">{skill.code}</span>
                <DistributionBar matrix={matrix} skillId={skill.id} scale={scale} />
              </div>
            );
          })}
        </div>
        {rows.getVirtualItems().map((vr) => {
          const student = students[vr.index]!;
          const below = belowCounts.get(student.id) ?? 0;
          const name = displayName(student);
          return (
            <div key={student.id} role="row" aria-rowindex={vr.index + 2} className="tracker-row" style={{ top: HEADER_HEIGHT + vr.start, height: vr.size, width }}>
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
              {cols.getVirtualItems().map((vc) => {
                const tracked = skills[vc.index]!;
                const cell = matrix.get(student.id)?.get(tracked.skill.id);
                const value = cell?.value ?? null;
                const level = levelFor(value, scale);
                const isActive = vr.index === row && vc.index === col;
                const editing = draft && draft.cell.row === vr.index && draft.cell.col === vc.index;
                const below = level && value !== null && value < scale.masteryPoints;
                return (
                  <div
                    key={tracked.skill.id}
                    role="gridcell"
                    aria-colindex={vc.index + 2}
                    data-cell={`${vr.index}:${vc.index}`}
                    tabIndex={isActive ? 0 : -1}
                    aria-label={`${name}, ${tracked.skill.code}: ${value === null ? 'no evidence' : `${formatScore(value)} ${level?.label ?? ''}`}${cell?.count ? `, ${cell.count} ${cell.count === 1 ? 'score' : 'scores'}` : ''}`}
                    className={`tracker-cell${isActive ? ' active' : ''}${below ? ' below' : ''}`}
                    style={{
                      left: NAME_WIDTH + vc.start,
                      width: vc.size,
                      background: level?.color,
                      color: level ? readableInk(level.color) : undefined,
                    }}
                    onClick={() => move(vr.index, vc.index)}
                    onDoubleClick={() => setDraft({ cell: { row: vr.index, col: vc.index }, text: '', error: null })}
                  >
                    {editing ? (
                      <input
                        className="cell-input"
                        autoFocus
                        onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
                        aria-label={`New score for ${name} on ${tracked.skill.code}${entryDate ? `, dated ${entryDate}` : ''}`}
                        aria-invalid={!!draft.error}
                        value={draft.text}
                        onChange={(e) => setDraft({ ...draft, text: e.target.value, error: null })}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') {
                            e.preventDefault();
                            confirm('down');
                          } else if (e.key === 'Tab') {
                            e.preventDefault();
                            confirm('right');
                          } else if (e.key === 'Escape') {
                            e.preventDefault();
                            e.stopPropagation();
                            setDraft(null);
                            move(vr.index, vc.index);
                          }
                        }}
                        onBlur={() => {
                          if (draft && !draft.error) setDraft(null);
                        }}
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
