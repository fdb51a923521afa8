import { groupActivity, type PlanBundleContent, type PlanStation } from '../../shared';
import type { Anchor, StoredComment } from '../db/reviews';
import { KIND_LABELS } from '../rotations/planDraft';
import type { PlanView } from '../rotations/planView';
import { activityAnchor, anchorValue } from './anchors';
import { CommentButton } from './CommentButton';

type Props = { content: PlanBundleContent; view: PlanView; comments: StoredComment[]; onComment: (anchor: Anchor) => void };

const ADULT_WORDS = { teacher: 'the teacher', 'co-teacher': 'the co-teacher', aide: 'the aide' } as const;

/** How many comments each anchor has, by anchorValue. */
export function commentCounts(comments: readonly StoredComment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of comments) counts.set(anchorValue(c.anchor), (counts.get(anchorValue(c.anchor)) ?? 0) + 1);
  return counts;
}

/**
 * What students do: per station, each group's activity, resources and evidence (a group's own text,
 * else the station's for every group), each with its own Comment button. The groups listed at a
 * station are those the schedule sends there. Individual rotations show their playlist instead.
 */
export function ReviewActivities({ content, view, comments, onComment }: Props) {
  const body = content.plan.body;
  if (body.model === 'individual' || body.stations.length === 0) return null;
  const counts = commentCounts(comments);
  return (
    <section className="card" aria-labelledby="rv-activities-title">
      <h2 id="rv-activities-title">What students do</h2>
      <p className="small-text muted">Each station’s activity, resources and evidence of learning, group by group, as the teacher wrote them.</p>
      {body.stations.map((s) => (
        <StationActivities key={s.id} content={content} view={view} station={s} counts={counts} onComment={onComment} />
      ))}
    </section>
  );
}

function StationActivities({
  content,
  view,
  station,
  counts,
  onComment,
}: {
  content: PlanBundleContent;
  view: PlanView;
  station: PlanStation;
  counts: Map<string, number>;
  onComment: (anchor: Anchor) => void;
}) {
  const body = content.plan.body;
  const visiting = new Set(view.slots.filter((slot) => slot.stationId === station.id).map((slot) => slot.groupId));
  const groups = view.slots.length > 0 ? body.groups.filter((g) => visiting.has(g.id)) : body.groups;
  const name = station.name.trim() || 'Unnamed station';
  const about = [KIND_LABELS[station.kind], station.room, station.adult ? `run by ${ADULT_WORDS[station.adult]}` : ''].filter(Boolean).join(' · ');
  return (
    <section className="rv-station" aria-label={`Station: ${name}`}>
      <h3>
        {name} <span className="small-text muted">{about}</span>
      </h3>
      {groups.length === 0 ? (
        <p className="small-text muted">No group comes to this station.</p>
      ) : (
        <div className="rv-scroll">
          <table className="table compact rv-activities" aria-label={`Activities at ${name}`}>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Activity</th>
                <th scope="col">Resources</th>
                <th scope="col">Evidence</th>
                <th scope="col">
                  <span className="visually-hidden">Comments</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => {
                const a = groupActivity(station, g.id);
                const group = g.name.trim() || 'Unnamed group';
                const anchor = activityAnchor(station.id, g.id);
                return (
                  <tr key={g.id}>
                    <th scope="row">
                      <span className="pe-swatch" style={{ background: g.color }} aria-hidden="true" />
                      {group}
                    </th>
                    <td className="rv-pre">{a.activity.trim() || <span className="muted">Not written</span>}</td>
                    <td className="rv-pre">{a.resources.trim() || <span className="muted">—</span>}</td>
                    <td className="rv-pre">{a.evidence.trim() || <span className="muted">—</span>}</td>
                    <td>
                      <CommentButton anchor={anchor} what={`${group} at ${name}`} count={counts.get(anchorValue(anchor)) ?? 0} onComment={onComment} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
