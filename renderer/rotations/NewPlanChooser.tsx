import { useLive } from '../db/live';
import { Link } from 'react-router';
import { BUILT_IN_PLAYS } from '../../shared';
import { deletePlay, listPlays, restorePlay } from '../db/plans';
import { errorMessage, toast } from '../ui/toasts';
import { MODEL_LABELS } from './planDraft';

/** Where a new plan starts: a built-in play, one of the teacher's own plays, or a blank plan. */
export function NewPlanChooser({ classId, onChosen }: { classId: string; onChosen: () => void }) {
  const plays = useLive(() => listPlays(), []);
  const to = (play: string) => `/classes/${classId}/plans/new?play=${encodeURIComponent(play)}`;

  const remove = async (id: string, name: string) => {
    try {
      const gone = await deletePlay(id);
      if (gone) toast.undoable(`Deleted the play “${name}”.`, () => restorePlay(gone));
    } catch (e) {
      toast.error(`The play was not deleted: ${errorMessage(e)}`);
    }
  };

  return (
    <div className="pe-chooser">
      <section aria-labelledby="pe-builtin">
        <h3 id="pe-builtin">Start from a play</h3>
        <ul className="pe-play-list" aria-label="Built-in plays">
          {BUILT_IN_PLAYS.map((play) => (
            <li key={play.id}>
              <div>
                <strong>{play.name}</strong>
                <span className="muted small-text">
                  {' '}
                  · {play.stations.length} stations · {play.minutesPerStation} min · {play.suggestedGroups} groups
                </span>
                <p className="small-text">{play.description}</p>
              </div>
              <Link className="button small" to={to(play.id)} onClick={onChosen} aria-label={`Use ${play.name}`}>
                Use
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pe-own">
        <h3 id="pe-own">Your plays</h3>
        {plays === undefined ? null : plays.length === 0 ? (
          <p className="muted">
            None yet. When a plan works well, open it and choose “Save as play” to reuse its stations and timing.
          </p>
        ) : (
          <ul className="pe-play-list" aria-label="Your plays">
            {plays.map((play) => (
              <li key={play.id}>
                <div>
                  <strong>{play.name}</strong>
                  <span className="muted small-text">
                    {' '}
                    · {MODEL_LABELS[play.model]} · {play.stations.length} stations · {play.minutesPerStation} min
                  </span>
                  {play.description && <p className="small-text">{play.description}</p>}
                </div>
                <div className="actions">
                  <Link className="button small" to={to(play.id)} onClick={onChosen} aria-label={`Use ${play.name}`}>
                    Use
                  </Link>
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={`Delete ${play.name}`}
                    onClick={() => void remove(play.id, play.name)}
                  >
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link to={to('blank')} onClick={onChosen}>
          Start a blank plan
        </Link>{' '}
        <span className="muted">and add the stations yourself.</span>
      </p>
    </div>
  );
}
