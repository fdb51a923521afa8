import { Fragment, useState } from 'react';
import { STATION_KINDS, type ClassAdult, type PlanGroup, type PlanStation, type PlayAdult, type StationKind } from '../../shared';
import { KIND_LABELS, ROLE_LABELS } from './planDraft';

type Props = {
  stations: PlanStation[];
  groups: PlanGroup[];
  adults: ClassAdult[];
  onChange: (stations: PlanStation[]) => void;
  onAdd: () => void;
};

const ROLES = Object.keys(ROLE_LABELS) as Exclude<PlayAdult, null>[];

const count = (text: string): number | undefined => (text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text));

/** One row per station; each station's activities per group fold out beneath it. */
export function StationsEditor({ stations, groups, adults, onChange, onAdd }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const set = (i: number, change: Partial<PlanStation>) => onChange(stations.map((s, j) => (j === i ? withChange(s, change) : s)));
  const move = (i: number, to: number) => {
    const out = [...stations];
    [out[i], out[to]] = [out[to]!, out[i]!];
    onChange(out);
  };
  const adultLabel = (role: Exclude<PlayAdult, null>) => {
    const names = adults.filter((a) => a.role === role).map((a) => a.name);
    return names.length ? `${ROLE_LABELS[role]} (${names.join(', ')})` : ROLE_LABELS[role];
  };

  return (
    <section className="card pe-stations" aria-labelledby="pe-stations-title">
      <div className="pe-card-head">
        <h2 id="pe-stations-title">Stations</h2>
        <button type="button" className="secondary small" onClick={onAdd}>
          Add a station
        </button>
      </div>
      {stations.length === 0 ? (
        <p className="muted">No stations yet. Add one for the teacher table first, then the others.</p>
      ) : (
        <div className="pe-station-scroll">
        <table className="table compact pe-station-table" aria-label="Stations">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Adult</th>
              <th scope="col">Capacity</th>
              <th scope="col">Devices</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {stations.map((s, i) => {
              const n = i + 1;
              const expanded = open === s.id;
              return (
                <Fragment key={s.id}>
                  <tr>
                    <td>
                      <input aria-label={`Station ${n} name`} value={s.name} onChange={(e) => set(i, { name: e.target.value })} />
                    </td>
                    <td>
                      <select aria-label={`Station ${n} kind`} value={s.kind} onChange={(e) => set(i, { kind: e.target.value as StationKind })}>
                        {STATION_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {KIND_LABELS[k]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={`Station ${n} adult`}
                        value={s.adult ?? ''}
                        onChange={(e) => set(i, { adult: (e.target.value || null) as PlayAdult })}
                      >
                        <option value="">Students on their own</option>
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {adultLabel(r)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        className="pe-small-number"
                        type="number"
                        min={0}
                        aria-label={`Station ${n} capacity`}
                        value={s.capacity ?? ''}
                        onChange={(e) => set(i, { capacity: count(e.target.value) })}
                      />
                    </td>
                    <td>
                      {s.kind === 'online' ? (
                        <input
                          className="pe-small-number"
                          type="number"
                          min={0}
                          aria-label={`Station ${n} devices`}
                          value={s.devices ?? ''}
                          onChange={(e) => set(i, { devices: count(e.target.value) })}
                        />
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="secondary small"
                        aria-expanded={expanded}
                        aria-label={`Activities at station ${n}`}
                        onClick={() => setOpen(expanded ? null : s.id)}
                      >
                        Activities {expanded ? '▴' : '▾'}
                      </button>
                      <button type="button" className="icon-button pe-move" aria-label={`Move station ${n} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                        ↑
                      </button>
                      <button
                        type="button"
                        className="icon-button pe-move"
                        aria-label={`Move station ${n} down`}
                        disabled={i === stations.length - 1}
                        onClick={() => move(i, i + 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="icon-button pe-move"
                        aria-label={`Remove station ${n}`}
                        onClick={() => onChange(stations.filter((_, j) => j !== i))}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                  {expanded && (
                    <tr className="pe-activities-row">
                      <td colSpan={6}>
                        <Activities station={s} groups={groups} onChange={(activities) => set(i, { activities })} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}

function withChange(s: PlanStation, change: Partial<PlanStation>): PlanStation {
  const out = { ...s, ...change };
  if (out.capacity === undefined) delete out.capacity;
  if (out.devices === undefined || out.kind !== 'online') delete out.devices;
  return out;
}

type Activity = PlanStation['activities'][string];
const EMPTY: Activity = { activity: '', resources: '', evidence: '' };

function Activities({ station, groups, onChange }: { station: PlanStation; groups: PlanGroup[]; onChange: (a: PlanStation['activities']) => void }) {
  if (groups.length === 0) return <p className="muted small-text">Pick a grouping first: each group can do something different here.</p>;
  const set = (groupId: string, change: Partial<Activity>) =>
    onChange({ ...station.activities, [groupId]: { ...EMPTY, ...station.activities[groupId], ...change } });
  const name = station.name || 'this station';
  return (
    <table className="pe-activities" aria-label={`Activities at ${name}`}>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Activity</th>
          <th scope="col">Resources or links</th>
          <th scope="col">Evidence it produces</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => {
          const a = station.activities[g.id] ?? EMPTY;
          return (
            <tr key={g.id}>
              <th scope="row">
                <span className="pe-swatch" style={{ background: g.color }} aria-hidden="true" />
                {g.name}
              </th>
              <td>
                <input aria-label={`${g.name} activity at ${name}`} value={a.activity} onChange={(e) => set(g.id, { activity: e.target.value })} />
              </td>
              <td>
                <input aria-label={`${g.name} resources at ${name}`} value={a.resources} onChange={(e) => set(g.id, { resources: e.target.value })} />
              </td>
              <td>
                <input aria-label={`${g.name} evidence at ${name}`} value={a.evidence} onChange={(e) => set(g.id, { evidence: e.target.value })} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
