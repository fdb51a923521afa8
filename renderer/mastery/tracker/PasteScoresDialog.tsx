import { displayName, type Student, plural } from '../../../shared';
import type { TrackedSkill } from '../../db/mastery';
import { Dialog } from '../../ui/Dialog';
import { formatScore } from '../format';
import type { PastedBlock } from './pasteBlock';

export type PasteRequest = { block: PastedBlock; students: Student[]; skills: TrackedSkill[]; dayLabel: string };

type Props = {
  request: PasteRequest | null;
  onAdd: (request: PasteRequest) => void;
  onClose: () => void;
};

const SHOWN = 60;

/** What a pasted block will add, cell by cell, before anything is written. */
export function PasteScoresDialog({ request, onAdd, onClose }: Props) {
  if (!request) return null;
  const { block, students, skills, dayLabel } = request;
  const where = (row: number, col: number) => `${displayName(students[row]!)} · ${skills[col]!.skill.code}`;
  const n = block.scores.length;
  return (
    <Dialog title="Add the pasted scores?" open onClose={onClose}>
      <p>
        The block is {plural(block.rows, 'row')} by {plural(block.cols, 'column')}. Each filled cell adds a
        score dated {dayLabel}; the scores already there stay.
      </p>
      {block.problems.length > 0 && (
        // Focusable, so a long list in its scrolling box can be scrolled from the keyboard.
        <div className="problems" role="group" aria-label="Cells that are not scores" tabIndex={0}>
          <p>
            <strong>
              {plural(block.problems.length, 'cell is', 'cells are')} not a score and will be left out:
            </strong>
          </p>
          <ul>
            {block.problems.slice(0, SHOWN).map((p) => (
              <li key={`${p.row}:${p.col}`}>
                {where(p.row, p.col)}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {block.outside > 0 && (
        <p>
          {block.outside} filled {block.outside === 1 ? 'cell falls' : 'cells fall'} past the last student or skill and will be left out.
        </p>
      )}
      {n > 0 ? (
        <table className="paste-preview">
          <caption>
            {plural(n, 'score')} to add
          </caption>
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">Skill</th>
              <th scope="col">Pasted</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {block.scores.slice(0, SHOWN).map((s) => (
              <tr key={`${s.row}:${s.col}`}>
                <td>{displayName(students[s.row]!)}</td>
                <td className="mono">{skills[s.col]!.skill.code}</td>
                <td>{s.text}</td>
                <td>{formatScore(s.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Nothing in the block is a score, so nothing would be added.</p>
      )}
      {n > SHOWN && <p className="muted">and {n - SHOWN} more.</p>}
      <div className="actions">
        <button type="button" disabled={n === 0} onClick={() => onAdd(request)}>
          Add {plural(n, 'score')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
