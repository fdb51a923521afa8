import type { PlanBody } from '../../../shared';
import { PlaylistActivitiesTable } from '../PlaylistActivitiesTable';
import { groupMayDoWords, mayDosByGroup, playlistRows } from '../playlistSummary';
import { GroupTag } from '../print/RotationChart';
import { plural } from '../../../shared';

/** The most lines (activities, groups and their extra lines) kept on one page together. */
const SHORT = 24;

type Props = { body: PlanBody; studentNames: Record<string, string> };

/**
 * An individual rotation's playlist on paper: the activities in order, in words, and per group who
 * may pick which may-dos. Renders nothing for other models or an empty playlist.
 */
export function PlanPdfPlaylist({ body, studentNames }: Props) {
  const playlist = body.playlist ?? [];
  if (body.model !== 'individual' || playlist.length === 0) return null;
  const rows = playlistRows(playlist, body.groups, studentNames, body.minutesPerStation);
  const must = rows.filter((r) => r.item.mustDo).length;
  const may = rows.length - must;
  const byGroup = mayDosByGroup(playlist, body.groups, studentNames).map((g) => ({
    ...g,
    words: groupMayDoWords(g),
  }));
  const size = rows.length + byGroup.reduce((n, g) => n + 1 + g.words.lines.length, 0);

  return (
    // A short playlist stays on one page; a long one runs on, a whole row or group at a time.
    <section
      className={`pp-section${size <= SHORT ? ' pp-block-whole' : ''}`}
      aria-labelledby="pp-playlist-title"
    >
      <h2 id="pp-playlist-title">Playlist</h2>
      <p className="pp-hint">
        Each student works down their must-dos in this order, then picks from their may-dos. {must}{' '}
        {must === 1 ? 'must-do' : 'must-dos'}, {plural(may, 'may-do')}. A must-do without its
        own time takes one station&apos;s time ({body.minutesPerStation} min).
      </p>
      <PlaylistActivitiesTable rows={rows} variant="paper" />

      {may > 0 && byGroup.length > 0 && (
        <div className="pp-block">
          <h3>May-dos by group</h3>
          <p className="pp-hint">
            What every student of the group may pick from, and which students have others.
          </p>
          <ul className="pp-pl-groups" aria-label="May-dos by group">
            {byGroup.map((g) => {
              const { lead, lines } = g.words;
              return (
                <li key={g.group.id} className="pp-pl-group">
                  <GroupTag group={g.group} small /> <span className="pp-pl-lead">{lead}</span>
                  {lines.length > 0 && (
                    <ul className="pp-pl-shares">
                      {lines.map((line) => (
                        <li key={line.who}>
                          <strong>{line.who}:</strong> {line.what}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
