import type { CSSProperties } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import type { PlanGroup, PlanStation, RotationSlot } from '../../../shared';
import { bridge } from '../../bridge';
import { errorMessage, toast } from '../../ui/toasts';
import {
  activityOf,
  adultWords,
  KIND_LABELS,
  loadPlan,
  longDate,
  planTitle,
  safeFileName,
  type PlanView,
} from '../live/planView';

type ChartRound = { round: number; start: string; end: string; slots: RotationSlot[] };

/** The schedule by day, then by round in time order. */
function chartDays(slots: RotationSlot[]): { day: number; rounds: ChartRound[] }[] {
  const days = new Map<number, Map<number, ChartRound>>();
  for (const slot of slots) {
    const rounds = days.get(slot.day) ?? new Map<number, ChartRound>();
    days.set(slot.day, rounds);
    const round = rounds.get(slot.round) ?? { round: slot.round, start: slot.start, end: slot.end, slots: [] };
    round.slots.push(slot);
    rounds.set(slot.round, round);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, rounds]) => ({ day, rounds: [...rounds.values()].sort((a, b) => a.round - b.round) }));
}

function groupStyle(group: PlanGroup | undefined): CSSProperties {
  const color = group && /^#[0-9a-f]{6}$/i.test(group.color) ? group.color : '#5b6574';
  return { '--group-color': color } as CSSProperties;
}

function pairs<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += 2) out.push(items.slice(i, i + 2));
  return out;
}

/** The rotation chart for the board (landscape, readable from the back) and a card per station. */
export function RotationPrintPage() {
  const { classId = '', planId = '' } = useParams();
  const loaded = useLiveQuery(() => loadPlan(classId, planId), [classId, planId]);
  const planUrl = `/classes/${classId}/plans/${planId}`;

  if (loaded === undefined) return <section className="page" aria-busy="true" />;
  if (!loaded) {
    return (
      <section className="page" aria-labelledby="chart-missing">
        <h1 id="chart-missing">Plan not found</h1>
        <p>
          It may have been deleted. <Link to={`/classes/${classId}/week`}>Back to the week</Link>
        </p>
      </section>
    );
  }

  const { view, cls } = loaded;
  const { body, plan } = view;
  const title = planTitle(plan);
  const days = chartDays(view.slots);
  const dates = body.dates.map(longDate);

  const print = async () => {
    try {
      const result = await bridge.printToPdf({
        suggestedName: `${safeFileName(title, 'Rotation')} chart.pdf`,
        landscape: true,
      });
      if (result.saved)
        toast.success(result.path ? `Saved the rotation chart to ${result.path}.` : 'Saved the rotation chart.');
    } catch (error) {
      toast.error(`Could not print the rotation chart: ${errorMessage(error)}`);
    }
  };

  return (
    <section className="page rotation-print-page" aria-labelledby="chart-title">
      <div className="sheet-toolbar rc-toolbar" role="toolbar" aria-label="Rotation chart">
        <button type="button" onClick={() => void print()} disabled={days.length === 0}>
          Print chart
        </button>
        <Link className="button secondary" to={planUrl}>
          Back to plan
        </Link>
        <span className="muted">
          Prints landscape: the chart for the board, then what each group does at each station.
        </span>
      </div>

      <article className="rc-sheet">
        <header className="rc-header">
          <div>
            <p className="rc-kicker">Rotation chart</p>
            <h1 id="chart-title">{title}</h1>
          </div>
          <dl className="rc-facts">
            {cls && (
              <div>
                <dt>Class</dt>
                <dd>{cls.name}</dd>
              </div>
            )}
            {dates.length > 0 && (
              <div>
                <dt>{dates.length > 1 ? 'Days' : 'Day'}</dt>
                <dd>{dates.join(', ')}</dd>
              </div>
            )}
            <div>
              <dt>Stations</dt>
              <dd>
                {body.minutesPerStation} min, {body.transitionMinutes} min to move
              </dd>
            </div>
          </dl>
        </header>

        {days.length === 0 ? (
          <div className="sheet-empty">
            <p>This plan has no schedule yet.</p>
            {view.warnings.map((w) => (
              <p key={w}>{w}</p>
            ))}
          </div>
        ) : (
          days.map(({ day, rounds }) => (
            <section
              className="rc-day"
              key={day}
              aria-label={days.length > 1 ? `Day ${day + 1}` : 'Chart'}
            >
              {days.length > 1 && (
                <h2 className="rc-day-title">
                  Day {day + 1}
                  {dates[day] ? ` · ${dates[day]}` : ''}
                </h2>
              )}
              <table className="rc-chart" style={{ '--rounds': rounds.length } as CSSProperties}>
                <thead>
                  <tr>
                    <th scope="col" className="rc-time-head">
                      Time
                    </th>
                    {body.stations.map((s) => (
                      <th scope="col" key={s.id}>
                        <span className="rc-station-name">{s.name || 'Station'}</span>
                        <span className="rc-station-kind">{KIND_LABELS[s.kind] ?? s.kind}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rounds.map((r, i) => (
                    <tr key={r.round}>
                      <th scope="row" className="rc-when">
                        <span className="rc-round">Round {i + 1}</span>
                        <span className="rc-time">
                          {r.start}–{r.end}
                        </span>
                      </th>
                      {body.stations.map((s) => {
                        const slot = r.slots.find((x) => x.stationId === s.id);
                        const group = slot ? view.groupById.get(slot.groupId) : undefined;
                        return (
                          <td key={s.id}>
                            {group ? (
                              <span className="rc-group" style={groupStyle(group)}>
                                {group.name || 'Group'}
                              </span>
                            ) : (
                              <span className="rc-none">—</span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))
        )}

        {days.length > 0 &&
          pairs(body.stations).map((pair) => (
            <div className="rc-station-page" key={pair.map((s) => s.id).join('+')}>
              {pair.map((s) => (
                <StationCard key={s.id} station={s} view={view} adult={adultWords(s, cls)} dates={dates} />
              ))}
            </div>
          ))}
      </article>
    </section>
  );
}

function StationCard({
  station,
  view,
  adult,
  dates,
}: {
  station: PlanStation;
  view: PlanView;
  adult: string;
  dates: string[];
}) {
  const visits = view.slots
    .filter((s) => s.stationId === station.id)
    .sort((a, b) => a.day - b.day || a.round - b.round);
  const multiDay = new Set(view.slots.map((s) => s.day)).size > 1;
  const titleId = `rc-station-${station.id}`;
  return (
    <article className="rc-station" aria-labelledby={titleId}>
      <header className="rc-station-head">
        <h2 id={titleId}>{station.name || 'Station'}</h2>
        <p>
          <span className="sheet-label">{KIND_LABELS[station.kind] ?? station.kind}</span> · Run by: {adult}
        </p>
      </header>
      {visits.length === 0 ? (
        <p>No group comes to this station.</p>
      ) : (
        <ol className="rc-visits">
          {visits.map((slot) => {
            const group = view.groupById.get(slot.groupId);
            const { activity, resources, evidence } = activityOf(station, slot.groupId);
            return (
              <li key={`${slot.day}-${slot.round}`} className="rc-visit">
                <p className="rc-visit-head">
                  <span className="rc-group rc-group-small" style={groupStyle(group)}>
                    {group?.name || 'Group'}
                  </span>
                  <span className="rc-visit-time">
                    {multiDay ? `${dates[slot.day] ?? `Day ${slot.day + 1}`}, ` : ''}
                    {slot.start}–{slot.end}
                  </span>
                </p>
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
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}
