import type { RefObject } from 'react';
import { Link } from 'react-router';
import type { GroupingRecord, GroupingRules } from '../../shared';
import { Board, type ChipInfo } from './Board';
import type { boardActions } from './boardActions';
import { BoardNotes } from './BoardNotes';
import type { Board as BoardState } from './boardStore';
import { GroupingChanges } from './GroupingChanges';
import { SaveGroupingForm } from './SaveGroupingForm';
import { kindText } from './boardView';

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
  /** the last saved grouping made the same way (strategy and skills), to compare with */
  previous: GroupingRecord | undefined;
  /** whether any grouping is saved (to say why there is nothing to compare with) */
  hasHistory: boolean;
  /** the largest size the teacher asked for, to say which limit a group broke */
  maxSize: string;
  skillCodes: string[];
  absent: string[];
  info: (id: string) => ChipInfo;
  locked: Set<string>;
  lockedGroups: Set<string>;
  /** the board's undoable changes */
  actions: ReturnType<typeof boardActions>;
  onUpdate: (change: (b: BoardState) => Partial<BoardState>, dirty?: boolean) => void;
  /** where the save form puts its save, for Ctrl+S */
  saveRef: RefObject<(() => Promise<void>) | null>;
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
  hasHistory,
  maxSize,
  skillCodes,
  absent,
  info,
  locked,
  lockedGroups,
  actions,
  onUpdate,
  saveRef,
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
          <Link className="button secondary small" to={`/classes/${classId}/groups/print`}>
            Print group list
          </Link>
        </div>
        <SaveGroupingForm
          saveRef={saveRef}
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
        lockedGroups={lockedGroups}
        onMove={actions.move}
        onToggleLock={actions.toggleLock}
        onToggleGroupLock={actions.toggleGroupLock}
        onMoveGroup={actions.moveGroup}
        onRename={(groupId, value) =>
          onUpdate((b) => ({ groups: b.groups.map((g) => (g.id === groupId ? { ...g, name: value } : g)) }))
        }
        onRecolor={(groupId, color) =>
          onUpdate((b) => ({ groups: b.groups.map((g) => (g.id === groupId ? { ...g, color } : g)) }))
        }
      />

      {previous ? (
        <GroupingChanges
          previous={previous}
          groups={groups}
          scores={scores}
          names={names}
          kind={kindText(board.strategy, skillCodes)}
        />
      ) : (
        hasHistory && (
          <section className="card gb-changes" aria-label="What changed">
            <p>
              Nothing to compare with: no saved grouping was made by {kindText(board.strategy, skillCodes)}. Changes are
              shown against the last grouping made the same way.
            </p>
          </section>
        )
      )}
    </section>
  );
}
