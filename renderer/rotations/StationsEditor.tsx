import { Fragment, useState } from 'react';
import { STATION_KINDS, type ClassAdult, type PlanGroup, type PlanStation, type PlayAdult, type StationKind } from '../../shared';
import { toast } from '../ui/toasts';
import { KIND_LABELS, ROLE_LABELS } from './planDraft';

type Props = {
  stations: PlanStation[];
  /** show where each station is (lab rotations) */
  showRooms: boolean;
  groups: PlanGroup[];
  adults: ClassAdult[];
  onChange: (stations: PlanStation[]) => void;
  onAdd: () => void;
  /** a second copy of every station, in set B */
  onMirror: () => void;
  /** puts a removed station back where it was (undo) */
  onRestore: (station: PlanStation, index: number) => void;
  onUnmirror: () => void;
};

const ROLES = Object.keys(ROLE_LABELS) as Exclude<PlayAdult, null>[];

const count = (text: string): number | undefined => (text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text));

/** One row per station; each station's activities per group fold out beneath it. */
export function StationsEditor({ stations, showRooms, groups, adults, onChange, onAdd, onMirror, onUnmirror, onRestore }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const set = (i: number, change: Partial<PlanStation>) => onChange(stations.map((s, j) => (j === i ? withChange(s, change) : s)));
  const move = (i: number, to: number) => {
    const out = [...stations];
    [out[i], out[to]] = [out[to]!, out[i]!];
    onChange(out);
  };
  const mirrored = stations.some((s) => s.set === 'B');
  const rooms = showRooms || stations.some((s) => s.room);
  const columns = 6 + (mirrored ? 1 : 0) + (rooms ? 1 : 0);
  const remove = (i: number) => {
    const gone = stations[i]!;
    onChange(stations.filter((_, j) => j !== i));
    toast.undoable(`Removed the station “${gone.name || `Station ${i + 1}`}”.`, async () => onRestore(gone, i));
  };
  const adultLabel = (role: Exclude<PlayAdult, null>) => {
    const names = adults.filter((a) => a.role === role).map((a) => a.name);
    return names.length ? `${ROLE_LABELS[role]} (${names.join(', ')})` : ROLE_LABELS[role];
  };

  return (
    <section className="card pe-stations" aria-labelledby="pe-stations-title">
      <div className="pe-card-head">
        <h2 id="pe-stations-title">Stations</h2>
        <div className="actions">
          <button type="button" className="secondary small" onClick={onAdd}>
            Add a station
          </button>
          {stations.length > 0 &&
            (mirrored ? (
              <button type="button" className="secondary small" onClick={onUnmirror}>
                Run as one set
              </button>
            ) : (
              <button type="button" className="secondary small" onClick={onMirror}>
                Mirror stations for a large class
              </button>
            ))}
        </div>
      </div>
      {mirrored && (
        <p className="small-text muted">
          Mirrored stations: half the groups rotate through set A and half through set B, at the same times. Each set needs a
          teacher-led station with its own adult.
        </p>
      )}
      {stations.length === 0 ? (
        <p className="muted">No stations yet. Add one for the teacher table first, then the others.</p>
      ) : (
        <div className="pe-station-scroll">
        <table className="table compact pe-station-table" aria-label="Stations">
          <thead>
            <tr>
              <th scope="col">Name</th>
              {mirrored && <th scope="col">Set</th>}
              <th scope="col">Kind</th>
              <th scope="col">Adult</th>
              <th scope="col">Capacity</th>
              <th scope="col">Devices</th>
              {rooms && <th scope="col">Room</th>}
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
                    {mirrored && (
                      <td>
                        <select aria-label={`Station ${n} set`} value={s.set ?? 'A'} onChange={(e) => set(i, { set: e.target.value as 'A' | 'B' })}>
                          <option value="A">A</option>
                          <option value="B">B</option>
                        </select>
                      </td>
                    )}
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
                    {rooms && (
                      <td>
                        <input
                          className="pe-room"
                          aria-label={`Station ${n} room`}
                          value={s.room ?? ''}
                          placeholder="Classroom"
                          list="pe-room-names"
                          onChange={(e) => set(i, { room: e.target.value })}
                        />
                      </td>
                    )}
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
                        onClick={() => remove(i)}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                  {expanded && (
                    <tr className="pe-activities-row">
                      <td colSpan={columns}>
                        <Activities station={s} groups={groups} onChange={(activities) => set(i, { activities })} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
        {rooms && (
          <datalist id="pe-room-names">
            <option value="Classroom" />
            <option value="Computer lab" />
            <option value="Library" />
          </datalist>
        )}
        </div>
      )}
    </section>
  );
}

function withChange(s: PlanStation, change: Partial<PlanStation>): PlanStation {
  const out = { ...s, ...change };
  if (out.room !== undefined && out.room.trim() === '') delete out.room;
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
