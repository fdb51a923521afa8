import { Fragment, type CSSProperties } from 'react';
import { groupNames, isMirrored, stationSet, type PlanGroup, type PlanStation, type RotationSlot } from '../../../shared';
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

/** Students' names, comma-separated, each kept whole on one line (a name never splits at its hyphen). */
export function NameList({ names, className }: { names: string[]; className: string }) {
  if (names.length === 0) return <span className={className}>No students</span>;
  return (
    <span className={className}>
      {names.map((n, i) => (
        <Fragment key={`${n}-${i}`}>
          <span className="rc-name">
            {n}
            {i < names.length - 1 ? ',' : ''}
          </span>
          {i < names.length - 1 ? ' ' : ''}
        </Fragment>
      ))}
    </span>
  );
}

/** Who is in each group, so students find their names on the board. */
export function GroupRosters({ groups, names, label }: { groups: PlanGroup[]; names: Record<string, string>; label: string }) {
  return (
    <ul className="rc-rosters" aria-label={label}>
      {groups.map((g) => {
        return (
          <li key={g.id} className="rc-roster" aria-label={g.name || 'Group'}>
            <GroupTag group={g} small />
            <NameList className="rc-roster-names" names={groupNames(g.studentIds, names)} />
          </li>
        );
      })}
    </ul>
  );
}

type Part = { set?: 'A' | 'B'; stations: PlanStation[] };

/** One table for an ordinary plan; one per set of stations for a mirrored plan (each set's groups go round its own stations). */
function chartParts(view: PlanView): Part[] {
  const stations = view.body.stations;
  if (!isMirrored(view.body)) return [{ stations }];
  return (['A', 'B'] as const).map((set) => ({ set, stations: stations.filter((s) => stationSet(s) === set) }));
}

/**
 * Rounds × stations, one table per day (and per set of a mirrored plan), with the times and the
 * group at each station. With `names`, each table is followed by who is in each of its groups.
 */
export function RotationChart({
  view,
  dates,
  dayLevel = 2,
  names,
}: {
  view: PlanView;
  dates: string[];
  dayLevel?: 2 | 3;
  names?: Record<string, string> | null;
}) {
  const days = chartDays(view.slots);
  const parts = chartParts(view);
  const Title = dayLevel === 2 ? 'h2' : 'h3';
  return days.flatMap(({ day, rounds }) =>
    parts.map(({ set, stations }) => {
      const ids = new Set(stations.map((s) => s.id));
      const here = rounds.filter((r) => r.slots.some((s) => ids.has(s.stationId)));
      const groupIds = new Set(here.flatMap((r) => r.slots.filter((s) => ids.has(s.stationId)).map((s) => s.groupId)));
      const groups = view.body.groups.filter((g) => groupIds.has(g.id));
      const title = [days.length > 1 ? `Day ${day + 1}${dates[day] ? ` · ${dates[day]}` : ''}` : '', set ? `Set ${set}` : '']
        .filter(Boolean)
        .join(' · ');
      if (here.length === 0) return null;
      return (
        <section className="rc-day" key={`${day}-${set ?? ''}`} aria-label={title || 'Chart'}>
          {title && <Title className="rc-day-title">{title}</Title>}
          <table className="rc-chart" style={{ '--rounds': here.length } as CSSProperties}>
            <thead>
              <tr>
                <th scope="col" className="rc-time-head">
                  Time
                </th>
                {stations.map((s) => (
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
              {here.map((r, i) => (
                <tr key={r.round}>
                  <th scope="row" className="rc-when">
                    <span className="rc-round">Round {i + 1}</span>
                    <span className="rc-time">
                      {r.start}–{r.end}
                    </span>
                  </th>
                  {stations.map((s) => {
                    const slot = r.slots.find((x) => x.stationId === s.id);
                    const group = slot ? view.groupById.get(slot.groupId) : undefined;
                    return <td key={s.id}>{group ? <GroupTag group={group} /> : <span className="rc-none">—</span>}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {names && <GroupRosters groups={groups} names={names} label={set ? `Who is in each group of set ${set}` : 'Who is in each group'} />}
        </section>
      );
    }),
  );
}
