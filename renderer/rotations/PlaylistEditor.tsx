import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  plural,
  playlistItemMinutes,
  starterPlaylist,
  STATION_KINDS,
  studentPlaylists,
  type PlanBody,
  type PlanGroup,
  type PlaylistFor,
  type PlaylistItem,
  type StationKind,
} from '../../shared';
import { toast } from '../ui/toasts';
import { GroupFilter } from './GroupFilter';
import { KIND_LABELS, moveItem } from './planDraft';

type Change = (fn: (playlist: PlaylistItem[]) => PlaylistItem[]) => void;

type Props = {
  body: PlanBody;
  studentNames: Record<string, string>;
  newId: () => string;
  /** the printable cards of the saved plan; null while the plan is not saved */
  cardsUrl: string | null;
  unsaved: boolean;
  onChange: Change;
};

const LEFT = 'A student who left';

/** The individual rotation's playlist: the activities, and what each student's list comes to. */
export function PlaylistEditor({ body, studentNames, newId, cardsUrl, unsaved, onChange }: Props) {
  const id = useId();
  const [mode, setMode] = useState<'activities' | 'students'>('activities');
  const focusNext = useRef<string | null>(null);
  const playlist = body.playlist ?? [];

  // A new activity's title gets the focus, so the teacher can type straight away.
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(`pl-title-${focusNext.current}`)?.focus();
    focusNext.current = null;
  });

  const add = (mustDo: boolean) => {
    const item: PlaylistItem = { id: newId(), title: '', kind: mustDo ? 'independent' : 'offline', mustDo, resources: '', for: { who: 'everyone' } };
    onChange((list) => [...list, item]);
    setMode('activities');
    focusNext.current = item.id;
  };

  const remove = (item: PlaylistItem, index: number) => {
    onChange((list) => list.filter((i) => i.id !== item.id));
    const title = item.title.trim() ? `“${item.title.trim()}”` : `activity ${index + 1}`;
    toast.undoable(`Removed ${title} from the playlist.`, async () =>
      onChange((list) => (list.some((i) => i.id === item.id) ? list : [...list.slice(0, index), item, ...list.slice(index)])),
    );
  };

  return (
    <section className="card pl-editor" aria-labelledby={`${id}-title`}>
      <div className="pe-card-head">
        <div>
          <h2 id={`${id}-title`}>Playlist</h2>
          <p className="muted small-text pl-intro">
            Each student works down their must-dos, in order, and picks from the may-dos when they finish. Aim an activity at everyone, some
            groups or some students.
          </p>
        </div>
        <div className="pl-head-actions">
          <div className="pl-switch" role="group" aria-label="Show the playlist">
            <button type="button" className="secondary small" aria-pressed={mode === 'activities'} onClick={() => setMode('activities')}>
              Activities
            </button>
            <button type="button" className="secondary small" aria-pressed={mode === 'students'} onClick={() => setMode('students')}>
              By student
            </button>
          </div>
          {cardsUrl && (
            <Link className="button secondary small" to={cardsUrl} title={unsaved ? 'The cards show the plan as last saved.' : undefined}>
              Playlist cards
            </Link>
          )}
        </div>
      </div>

      {mode === 'activities' ? (
        <>
          {playlist.length === 0 ? (
            <div className="pl-empty">
              <p>No activities yet.</p>
              {body.stations.length > 0 && (
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => onChange(() => starterPlaylist(body.stations, body.minutesPerStation, newId))}
                >
                  Start from the stations
                </button>
              )}
            </div>
          ) : (
            <ol className="pl-items" aria-label="Playlist activities">
              {playlist.map((item, i) => (
                <ItemRow
                  key={item.id}
                  item={item}
                  index={i}
                  count={playlist.length}
                  groups={body.groups}
                  studentNames={studentNames}
                  minutesPerStation={body.minutesPerStation}
                  onChange={onChange}
                  onRemove={() => remove(item, i)}
                />
              ))}
            </ol>
          )}
          <div className="pl-add">
            <button type="button" className="secondary small" onClick={() => add(true)}>
              Add a must-do
            </button>
            <button type="button" className="secondary small" onClick={() => add(false)}>
              Add a may-do
            </button>
          </div>
        </>
      ) : (
        <ByStudent body={body} studentNames={studentNames} />
      )}
    </section>
  );
}

type RowProps = {
  item: PlaylistItem;
  index: number;
  count: number;
  groups: PlanGroup[];
  studentNames: Record<string, string>;
  minutesPerStation: number;
  onChange: Change;
  onRemove: () => void;
};

function ItemRow({ item, index, count, groups, studentNames, minutesPerStation, onChange, onRemove }: RowProps) {
  const n = index + 1;
  const set = (change: Partial<PlaylistItem>) =>
    onChange((list) =>
      list.map((i) => {
        if (i.id !== item.id) return i;
        const out = { ...i, ...change };
        if (out.minutes === undefined) delete out.minutes;
        return out;
      }),
    );
  const move = (to: number) =>
    onChange((list) => {
      const from = list.findIndex((i) => i.id === item.id);
      return moveItem(list, from, from + (to - index));
    });
  const setFor = (who: PlaylistFor['who']) => {
    if (who === item.for.who) return;
    set({ for: who === 'everyone' ? { who } : who === 'groups' ? { who, groupIds: [] } : { who, studentIds: [] } });
  };
  return (
    <li className={`pl-item ${item.mustDo ? 'pl-must' : 'pl-may'}`} aria-label={`Activity ${n}`}>
      <div className="pl-row">
        <span className="pl-number" aria-hidden="true">
          {n}
        </span>
        <input
          id={`pl-title-${item.id}`}
          className="pl-title"
          aria-label={`Activity ${n} title`}
          placeholder={item.mustDo ? 'Exit ticket on unit rates' : 'Ratio card game'}
          maxLength={200}
          value={item.title}
          onChange={(e) => set({ title: e.target.value })}
        />
        <select aria-label={`Activity ${n} must-do or may-do`} value={item.mustDo ? 'must' : 'may'} onChange={(e) => set({ mustDo: e.target.value === 'must' })}>
          <option value="must">Must do</option>
          <option value="may">May do</option>
        </select>
        <select aria-label={`Activity ${n} kind`} value={item.kind} onChange={(e) => set({ kind: e.target.value as StationKind })}>
          {STATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <input
          className="pl-minutes"
          type="number"
          min={1}
          aria-label={`Activity ${n} minutes`}
          placeholder={String(minutesPerStation)}
          title={`Empty: one station's time (${minutesPerStation} minutes)`}
          value={item.minutes ?? ''}
          onChange={(e) => set({ minutes: e.target.value.trim() === '' || Number.isNaN(Number(e.target.value)) ? undefined : Number(e.target.value) })}
        />
        <select aria-label={`Activity ${n} is for`} value={item.for.who} onChange={(e) => setFor(e.target.value as PlaylistFor['who'])}>
          <option value="everyone">Everyone</option>
          <option value="groups">Some groups</option>
          <option value="students">Some students</option>
        </select>
        <span className="pl-actions">
          <button type="button" className="icon-button pe-move" aria-label={`Move activity ${n} up`} disabled={index === 0} onClick={() => move(index - 1)}>
            ↑
          </button>
          <button type="button" className="icon-button pe-move" aria-label={`Move activity ${n} down`} disabled={index === count - 1} onClick={() => move(index + 1)}>
            ↓
          </button>
          <button type="button" className="icon-button pe-move" aria-label={`Remove activity ${n}`} onClick={onRemove}>
            ×
          </button>
        </span>
      </div>
      <div className="pl-row pl-row-2">
        <input
          className="pl-resources"
          aria-label={`Activity ${n} resources or links`}
          placeholder="Resources or links"
          maxLength={2000}
          value={item.resources}
          onChange={(e) => set({ resources: e.target.value })}
        />
        {item.mustDo && <span className="muted small-text pl-time">{playlistItemMinutes(item, minutesPerStation)} min</span>}
      </div>
      {item.for.who === 'groups' && <GroupPicker n={n} chosen={item.for.groupIds} groups={groups} onChange={(groupIds) => set({ for: { who: 'groups', groupIds } })} />}
      {item.for.who === 'students' && (
        <StudentPicker n={n} chosen={item.for.studentIds} groups={groups} studentNames={studentNames} onChange={(studentIds) => set({ for: { who: 'students', studentIds } })} />
      )}
    </li>
  );
}

const toggled = (ids: readonly string[], id: string, on: boolean) => (on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id));

function GroupPicker({ n, chosen, groups, onChange }: { n: number; chosen: string[]; groups: PlanGroup[]; onChange: (ids: string[]) => void }) {
  return (
    <fieldset className="pl-who">
      <legend>Groups for activity {n}</legend>
      {groups.length === 0 ? (
        <p className="muted small-text">Pick a grouping first.</p>
      ) : (
        groups.map((g) => (
          <label key={g.id} className="checkbox">
            <input type="checkbox" checked={chosen.includes(g.id)} onChange={(e) => onChange(toggled(chosen, g.id, e.target.checked))} />
            <span className="pe-swatch" style={{ background: g.color }} aria-hidden="true" />
            {g.name}
          </label>
        ))
      )}
    </fieldset>
  );
}

function StudentPicker({
  n,
  chosen,
  groups,
  studentNames,
  onChange,
}: {
  n: number;
  chosen: string[];
  groups: PlanGroup[];
  studentNames: Record<string, string>;
  onChange: (ids: string[]) => void;
}) {
  const inPlan = new Set(groups.flatMap((g) => g.studentIds));
  const elsewhere = chosen.filter((s) => !inPlan.has(s)).length;
  return (
    <fieldset className="pl-who pl-who-students">
      <legend>
        Students for activity {n} <span className="muted">({chosen.length - elsewhere} chosen)</span>
      </legend>
      {groups.length === 0 && <p className="muted small-text">Pick a grouping first.</p>}
      {groups.map((g) => (
        <div key={g.id} className="pl-who-group" role="group" aria-label={g.name}>
          <span className="pl-who-group-name">
            <span className="pe-swatch" style={{ background: g.color }} aria-hidden="true" />
            {g.name}
          </span>
          {g.studentIds.map((s) => (
            <label key={s} className="checkbox">
              <input type="checkbox" checked={chosen.includes(s)} onChange={(e) => onChange(toggled(chosen, s, e.target.checked))} />
              {studentNames[s] ?? LEFT}
            </label>
          ))}
        </div>
      ))}
      {elsewhere > 0 && (
        <p className="muted small-text">
          Also {plural(elsewhere, 'student')} not in this plan’s groups.{' '}
          <button type="button" className="link-button" onClick={() => onChange(chosen.filter((s) => inPlan.has(s)))}>
            Take them off
          </button>
        </p>
      )}
    </fieldset>
  );
}

/** What each student's playlist comes to, one row per student. */
function ByStudent({ body, studentNames }: { body: PlanBody; studentNames: Record<string, string> }) {
  const [groupId, setGroupId] = useState('');
  if (body.groups.length === 0) return <p className="muted">Pick a grouping to see each student’s playlist.</p>;
  const groupById = new Map(body.groups.map((g) => [g.id, g]));
  const lists = studentPlaylists(body.playlist ?? [], body.groups).filter((p) => !groupId || p.groupId === groupId);
  const minutes = (items: PlaylistItem[]) => items.reduce((t, i) => t + playlistItemMinutes(i, body.minutesPerStation), 0);
  const title = (i: PlaylistItem) => i.title.trim() || 'Untitled activity';
  return (
    <>
      <GroupFilter label="Show" className="pl-filter" groups={body.groups} value={groupId} onChange={setGroupId} />
      <div className="pl-scroll">
        <table className="table compact pl-by-student" aria-label="Playlists by student">
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">Group</th>
              <th scope="col">Must do</th>
              <th scope="col">May do</th>
              <th scope="col">Must-do time</th>
            </tr>
          </thead>
          <tbody>
            {lists.map((p) => {
              const g = groupById.get(p.groupId);
              return (
                <tr key={p.studentId}>
                  <th scope="row">{studentNames[p.studentId] ?? LEFT}</th>
                  <td>
                    <span className="pe-swatch" style={{ background: g?.color }} aria-hidden="true" />
                    {g?.name}
                  </td>
                  <td>
                    {p.mustDo.length === 0 ? (
                      <span className="pl-none">No must-do</span>
                    ) : (
                      <ol className="pl-list">
                        {p.mustDo.map((i) => (
                          <li key={i.id}>{title(i)}</li>
                        ))}
                      </ol>
                    )}
                  </td>
                  <td>
                    {p.mayDo.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      <ul className="pl-list">
                        {p.mayDo.map((i) => (
                          <li key={i.id}>{title(i)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="pl-num">{minutes(p.mustDo)} min</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
