import type { PlanBundleContent } from '../../shared';
import { PlaylistActivitiesTable } from '../rotations/PlaylistActivitiesTable';
import { groupMayDoWords, mayDosByGroup, playlistRows } from '../rotations/playlistSummary';

/**
 * An individual rotation's playlist, read-only, for the coach: the activities in order and who each
 * is for, and per group who may pick which may-dos. Names are the bundle's own (pseudonyms when
 * the teacher chose them). Renders nothing for other models or an empty playlist.
 */
export function ReviewPlaylist({ content }: { content: PlanBundleContent }) {
  const body = content.plan.body;
  const playlist = body.playlist ?? [];
  if (body.model !== 'individual' || playlist.length === 0) return null;
  const names = Object.fromEntries(content.students.map((s) => [s.id, s.name]));
  const rows = playlistRows(playlist, body.groups, names, body.minutesPerStation);
  const hasMayDo = rows.some((r) => !r.item.mustDo);
  const byGroup = mayDosByGroup(playlist, body.groups, names);

  return (
    <section className="card" aria-labelledby="rv-playlist-title">
      <h2 id="rv-playlist-title">Playlist</h2>
      <p className="small-text muted">
        Each student works down their must-dos in order, then picks from their may-dos. A must-do without its
        own time takes one station’s time ({body.minutesPerStation} min).
      </p>
      <div className="rv-scroll">
        <PlaylistActivitiesTable rows={rows} variant="screen" />
      </div>

      {hasMayDo && byGroup.length > 0 && (
        <>
          <h3 className="rv-pl-subhead">May-dos by group</h3>
          <ul className="rv-pl-groups" aria-label="May-dos by group">
            {byGroup.map((g) => {
              const { lead, lines } = groupMayDoWords(g);
              return (
                <li key={g.group.id} className="rv-pl-group" style={{ borderLeftColor: g.group.color }}>
                  <strong>{g.group.name || 'Unnamed group'}</strong> — {lead}
                  {lines.length > 0 && (
                    <ul className="rv-pl-shares">
                      {lines.map((line) => (
                        <li key={line.who}>
                          <span className="rv-pl-names">{line.who}:</span> {line.what}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
