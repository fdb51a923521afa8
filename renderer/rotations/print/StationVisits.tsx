import { groupNames, type PlanStation } from '../../../shared';
import { activityOf, type PlanView } from '../live/planView';
import { GroupTag, NameList } from './RotationChart';

/**
 * Each group's visit to a station in time order: when, and what it does there. With `notPlanned`,
 * a visit with nothing written says so in those words instead of three dashes. With `names`, each
 * visit says who is in the group.
 */
export function StationVisits({
  station,
  view,
  dates,
  notPlanned,
  names,
}: {
  station: PlanStation;
  view: PlanView;
  dates: string[];
  notPlanned?: string;
  names?: Record<string, string> | null;
}) {
  const visits = view.slots
    .filter((s) => s.stationId === station.id)
    .sort((a, b) => a.day - b.day || a.round - b.round);
  const multiDay = new Set(view.slots.map((s) => s.day)).size > 1;
  if (visits.length === 0) return <p>No group comes to this station.</p>;
  return (
    <ol className="rc-visits">
      {visits.map((slot) => {
        const { activity, resources, evidence } = activityOf(station, slot.groupId);
        const empty = !activity.trim() && !resources.trim() && !evidence.trim();
        return (
          <li key={`${slot.day}-${slot.round}`} className="rc-visit">
            <p className="rc-visit-head">
              <GroupTag group={view.groupById.get(slot.groupId)} small />
              <span className="rc-visit-time">
                {multiDay ? `${dates[slot.day] ?? `Day ${slot.day + 1}`}, ` : ''}
                {slot.start}–{slot.end}
              </span>
            </p>
            {names && (
              <p className="rc-visit-names">
                <NameList className="rc-visit-names-list" names={groupNames(view.groupById.get(slot.groupId)?.studentIds ?? [], names)} />
              </p>
            )}
            {notPlanned && empty ? (
              <p className="rc-not-planned">{notPlanned}</p>
            ) : (
              <dl className="rc-visit-detail">
                <div>
                  <dt>Activity</dt>
                  <dd>{activity.trim() || '—'}</dd>
                </div>
                <div>
                  <dt>Resources</dt>
                  <dd>{resources.trim() || '—'}</dd>
                </div>
                <div>
                  <dt>Evidence</dt>
                  <dd>{evidence.trim() || '—'}</dd>
                </div>
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
