import { Fragment, useState } from 'react';
import {
  EMPTY_ACTIVITY,
  overridesEveryGroup,
  STATION_KINDS,
  withoutOverride,
  type ActivityField,
  type ClassAdult,
  type PlanGroup,
  type PlanStation,
  type PlayAdult,
  type StationActivity,
  type StationKind,
} from '../../shared';
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
  /** removes a station (with Undo) */
  onRemove: (index: number) => void;
  onUnmirror: () => void;
};

const ROLES = Object.keys(ROLE_LABELS) as Exclude<PlayAdult, null>[];

const count = (text: string): number | undefined => (text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text));

/** One row per station; each station's activities per group fold out beneath it. */
export function StationsEditor({ stations, showRooms, groups, adults, onChange, onAdd, onMirror, onUnmirror, onRemove }: Props) {
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
                        onClick={() => onRemove(i)}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                  {expanded && (
                    <tr className="pe-activities-row">
                      <td colSpan={columns}>
                        <Activities station={s} groups={groups} onChange={(change) => set(i, change)} />
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
  if (out.everyGroup === undefined) delete out.everyGroup;
  return out;
}

type Activity = StationActivity;
const FIELDS: { field: ActivityField; head: string; label: string }[] = [
  { field: 'activity', head: 'Activity', label: 'activity' },
  { field: 'resources', head: 'Resources or links', label: 'resources' },
  { field: 'evidence', head: 'Evidence it produces', label: 'evidence' },
];

/**
 * A station's activities: one row for every group (typed once), then a row per group whose text
 * replaces it for that group only, field by field. An empty group field shows the shared text
 * greyed as its placeholder.
 */
function Activities({ station, groups, onChange }: { station: PlanStation; groups: PlanGroup[]; onChange: (change: Partial<PlanStation>) => void }) {
  const name = station.name || 'this station';
  const shared = station.everyGroup ?? EMPTY_ACTIVITY;
  const setShared = (change: Partial<Activity>) => {
    const next = { ...EMPTY_ACTIVITY, ...station.everyGroup, ...change };
    onChange({ everyGroup: Object.values(next).some((v) => v.trim() !== '') ? next : undefined });
  };
  const setOwn = (groupId: string, change: Partial<Activity>) =>
    onChange({ activities: { ...station.activities, [groupId]: { ...EMPTY_ACTIVITY, ...station.activities[groupId], ...change } } });
  const hasShared = Object.values(shared).some((v) => v.trim() !== '');
  return (
    <>
      <p className="muted small-text pe-activities-hint">
        {groups.length === 0
          ? 'What every group does here. Pick a grouping to give a group an activity of its own.'
          : 'Type once in “Every group”; what you type for a group replaces it for that group only.'}
      </p>
      <table className="pe-activities" aria-label={`Activities at ${name}`}>
        <thead>
          <tr>
            <th scope="col">Who</th>
            {FIELDS.map((f) => (
              <th scope="col" key={f.field}>
                {f.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="pe-every-group">
            <th scope="row">Every group</th>
            {FIELDS.map((f) => (
              <td key={f.field}>
                <input aria-label={`Every group ${f.label} at ${name}`} value={shared[f.field]} onChange={(e) => setShared({ [f.field]: e.target.value })} />
              </td>
            ))}
          </tr>
          {groups.map((g) => {
            const own = station.activities[g.id] ?? EMPTY_ACTIVITY;
            const overrides = overridesEveryGroup(station, g.id);
            return (
              <tr key={g.id}>
                <th scope="row">
                  <span className="pe-swatch" style={{ background: g.color }} aria-hidden="true" />
                  {g.name}
                  <span className="pe-activity-source">
                    {overrides ? (
                      hasShared ? (
                        <button
                          type="button"
                          className="link-button small-text"
                          aria-label={`${g.name}: use the activity for every group at ${name}`}
                          onClick={() => onChange(withoutOverride(station, g.id))}
                        >
                          use every group’s
                        </button>
                      ) : (
                        'own'
                      )
                    ) : hasShared ? (
                      'as every group'
                    ) : (
                      ''
                    )}
                  </span>
                </th>
                {FIELDS.map((f) => (
                  <td key={f.field}>
                    <input
                      aria-label={`${g.name} ${f.label} at ${name}`}
                      value={own[f.field]}
                      placeholder={shared[f.field]}
                      onChange={(e) => setOwn(g.id, { [f.field]: e.target.value })}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
