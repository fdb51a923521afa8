import { boardWarnings, type GroupingRules } from '../../shared';
import type { Board } from './boardStore';
import { listNames, unmetText } from './boardView';

type Props = {
  board: Board;
  /** the board's groups without the students who left the class */
  groups: Board['groups'];
  unplaced: string[];
  scores: Record<string, number | null>;
  names: Record<string, string>;
  rules: GroupingRules;
  /** the largest size the teacher asked for, to say which limit a group broke */
  maxSize: string;
  skillCodes: string[];
};

/**
 * What the teacher should know about the board: the rules the last grouping could not keep, who had
 * no evidence, and (live, as students move) what the board now breaks.
 */
export function BoardNotes({ board, groups, unplaced, scores, names, rules, maxSize, skillCodes }: Props) {
  const warnings = [
    ...boardWarnings(groups, board.strategy, rules, names),
    ...(unplaced.length ? [`Not in a group yet: ${listNames(unplaced, names)}.`] : []),
  ];
  const unscored = groups.flatMap((g) => g.studentIds).filter((id) => (scores[id] ?? null) === null);
  const unmet = unmetText(board.unmet, names, maxSize);

  return (
    <>
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
    </>
  );
}
