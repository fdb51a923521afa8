import type { CSSProperties } from 'react';
import type { PlanGroup, RotationSlot } from '../../../shared';
import { KIND_LABELS, type PlanView } from '../live/planView';

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

/** A group's name in a frame of its colour: the name is always there, so black and white still reads. */
export function GroupTag({ group, small = false }: { group: PlanGroup | undefined; small?: boolean }) {
  return (
    <span className={small ? 'rc-group rc-group-small' : 'rc-group'} style={groupStyle(group)}>
      {group?.name || 'Group'}
    </span>
  );
}

/** Rounds × stations, one table per day, with the times and the group at each station. */
export function RotationChart({ view, dates, dayLevel = 2 }: { view: PlanView; dates: string[]; dayLevel?: 2 | 3 }) {
  const days = chartDays(view.slots);
  const DayTitle = dayLevel === 2 ? 'h2' : 'h3';
  return days.map(({ day, rounds }) => (
    <section className="rc-day" key={day} aria-label={days.length > 1 ? `Day ${day + 1}` : 'Chart'}>
      {days.length > 1 && (
        <DayTitle className="rc-day-title">
          Day {day + 1}
          {dates[day] ? ` · ${dates[day]}` : ''}
        </DayTitle>
      )}
      <table className="rc-chart" style={{ '--rounds': rounds.length } as CSSProperties}>
        <thead>
          <tr>
            <th scope="col" className="rc-time-head">
              Time
            </th>
            {view.body.stations.map((s) => (
              <th scope="col" key={s.id}>
                <span className="rc-station-name">{s.name || 'Station'}</span>
                <span className="rc-station-kind">
                  {KIND_LABELS[s.kind] ?? s.kind}
                  {s.room ? ` · ${s.room}` : ''}
                </span>
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
              {view.body.stations.map((s) => {
                const slot = r.slots.find((x) => x.stationId === s.id);
                const group = slot ? view.groupById.get(slot.groupId) : undefined;
                return <td key={s.id}>{group ? <GroupTag group={group} /> : <span className="rc-none">—</span>}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  ));
}
