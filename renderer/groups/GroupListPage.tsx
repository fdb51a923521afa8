import type { CSSProperties } from 'react';
import { Link, useParams } from 'react-router';
import { displayName, formatDate } from '../../shared';
import { readyWorkspace, useClassWorkspace } from '../db/workspace';
import { ClassLoading, ClassMissing } from '../ui/ClassLoading';
import { safeFileName } from '../ui/fileName';
import { savePageAsPdf } from '../ui/savePdf';
import { useClassBoard } from './boardStore';
import './groupList.css';

/**
 * The groups on the board as a list to put up or hand out: names only (never scores or levels), in
 * big type, one block per group, so students can find their names from across the room.
 */
export function GroupListPage() {
  const { classId = '' } = useParams();
  const state = useClassWorkspace(classId);
  const ws = readyWorkspace(state);
  const { board } = useClassBoard(classId);
  const boardUrl = `/classes/${classId}/groups`;

  if (ws === undefined) return <ClassLoading />;
  if (ws === null) return <ClassMissing />;

  const names = new Map(ws.students.map((s) => [s.id, displayName(s)]));
  // Students who left the class since drop out; within a group, names in alphabetical order.
  const groups = (board?.groups ?? []).map((g, i) => ({
    id: g.id,
    name: g.name.trim() || `Group ${i + 1}`,
    color: g.color,
    names: g.studentIds.flatMap((id) => names.get(id) ?? []).sort((a, b) => a.localeCompare(b)),
  }));
  const title = board ? (board.nameEdited && board.name.trim()) || 'Groups' : 'Groups';
  const day = board && /^\d{4}-\d{2}-\d{2}$/.test(board.date) ? formatDate(board.date, 'long') : null;
  const print = () => savePageAsPdf('the group list', `${safeFileName(`${ws.cls.name} ${title}`, 'Groups')}.pdf`);

  return (
    <section className="page group-list-page" aria-labelledby="group-list-title">
      <div className="sheet-toolbar gl-toolbar" role="toolbar" aria-label="Group list">
        <button type="button" onClick={() => void print()} disabled={groups.length === 0}>
          Print
        </button>
        <Link className="button secondary" to={boardUrl}>
          Back to the board
        </Link>
        <span className="muted">Names only, in big type: one block per group. Scores stay on your screen.</span>
      </div>

      <article className="gl-sheet">
        <header className="gl-header">
          <p className="gl-kicker">{ws.cls.name}</p>
          <h1 id="group-list-title">{title}</h1>
          {day && <p className="gl-day">{day}</p>}
        </header>
        {groups.length === 0 ? (
          <div className="gl-empty">
            <p>There are no groups on the board to print.</p>
            <p className="gl-screen-only">
              <Link to={boardUrl}>Make groups on the board</Link> (or open a saved grouping there), then come back.
            </p>
          </div>
        ) : (
          <div className="gl-groups">
            {groups.map((g) => (
              <section key={g.id} className="gl-group" aria-label={g.name} style={{ '--group-color': g.color } as CSSProperties}>
                <h2 className="gl-group-name">{g.name}</h2>
                {g.names.length === 0 ? (
                  <p className="gl-none">Nobody yet</p>
                ) : (
                  <ul className="gl-names">
                    {g.names.map((n, i) => (
                      <li key={`${n}-${i}`}>{n}</li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        )}
      </article>
    </section>
  );
}
