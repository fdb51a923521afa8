import type { PlanBundleContent } from '../../shared';
import type { Anchor, StoredComment } from '../db/reviews';
import { PlaylistActivitiesTable } from '../rotations/PlaylistActivitiesTable';
import { anchorValue } from './anchors';
import { CommentButton } from './CommentButton';
import { commentCounts } from './ReviewActivities';
import { groupMayDoWords, mayDosByGroup, playlistRows } from '../rotations/playlistSummary';

/**
 * An individual rotation's playlist, read-only, for the coach: the activities in order and who each
 * is for, and per group who may pick which may-dos. Names are the bundle's own (pseudonyms when
 * the teacher chose them). Renders nothing for other models or an empty playlist.
 */
export function ReviewPlaylist({
  content,
  comments,
  onComment,
}: {
  content: PlanBundleContent;
  comments: StoredComment[];
  onComment: (anchor: Anchor) => void;
}) {
  const body = content.plan.body;
  const playlist = body.playlist ?? [];
  if (body.model !== 'individual' || playlist.length === 0) return null;
  const names = Object.fromEntries(content.students.map((s) => [s.id, s.name]));
  const rows = playlistRows(playlist, body.groups, names, body.minutesPerStation);
  const hasMayDo = rows.some((r) => !r.item.mustDo);
  const byGroup = mayDosByGroup(playlist, body.groups, names);
  const counts = commentCounts(comments);

  return (
    <section className="card" aria-labelledby="rv-playlist-title">
      <h2 id="rv-playlist-title">Playlist</h2>
      <p className="small-text muted">
        Each student works down their must-dos in order, then picks from their may-dos. A must-do without its
        own time takes one station’s time ({body.minutesPerStation} min).
      </p>
      <div className="rv-scroll">
        <PlaylistActivitiesTable
          rows={rows}
          variant="screen"
          action={(r) => {
            const anchor: Anchor = { kind: 'playlist', ref: r.item.id };
            return <CommentButton anchor={anchor} what={r.title} count={counts.get(anchorValue(anchor)) ?? 0} onComment={onComment} />;
          }}
        />
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
