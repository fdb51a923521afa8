import type { GroupingRecord, GroupingRules } from '../../shared';
import { Board, type ChipInfo } from './Board';
import { BoardNotes } from './BoardNotes';
import type { Board as BoardState } from './boardStore';
import { GroupingChanges } from './GroupingChanges';
import { SaveGroupingForm } from './SaveGroupingForm';

const STRATEGY_LABEL = { similar: 'Similar levels', mixed: 'Mixed levels' } as const;

type Props = {
  classId: string;
  board: BoardState;
  /** the board's groups without the students who left the class */
  groups: BoardState['groups'];
  unplaced: string[];
  scores: Record<string, number | null>;
  names: Record<string, string>;
  rules: GroupingRules;
  previous: GroupingRecord | undefined;
  /** the largest size the teacher asked for, to say which limit a group broke */
  maxSize: string;
  skillCodes: string[];
  absent: string[];
  info: (id: string) => ChipInfo;
  locked: Set<string>;
  onMove: (studentId: string, to: string) => void;
  onUpdate: (change: (b: BoardState) => Partial<BoardState>, dirty?: boolean) => void;
};

/** The groups on the board: what they are, saving them, what to watch for, and what changed. */
export function BoardSection({
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
  onMove,
  onUpdate,
}: Props) {
  const placedCount = groups.reduce((n, g) => n + g.studentIds.length, 0);

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
        <SaveGroupingForm
          classId={classId}
          board={board}
          groups={groups}
          scores={scores}
          absent={absent}
          onUpdate={onUpdate}
        />
      </div>

      <BoardNotes
        board={board}
        groups={groups}
        unplaced={unplaced}
        scores={scores}
        names={names}
        rules={rules}
        maxSize={maxSize}
        skillCodes={skillCodes}
      />

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

      {previous && <GroupingChanges previous={previous} groups={groups} scores={scores} names={names} />}
    </section>
  );
}
