import { useState, type CSSProperties } from 'react';
import { useLive } from '../../db/live';
import { Link, useParams } from 'react-router';
import { playlistItemMinutes, studentPlaylists, type PlanGroup, type PlaylistItem } from '../../../shared';
import { loadPlanCards } from '../../db/planViews';
import { GroupFilter } from '../GroupFilter';
import { KIND_LABELS, longDate, planTitle } from '../live/planView';
import { safeFileName } from '../../ui/fileName';
import { savePageAsPdf } from '../../ui/savePdf';

function groupStyle(group: PlanGroup | undefined): CSSProperties {
  const color = group && /^#[0-9a-f]{6}$/i.test(group.color) ? group.color : '#5b6574';
  return { '--group-color': color } as CSSProperties;
}

/** A card per student to print and cut: their must-dos to tick off, then the may-dos to pick from. */
export function PlaylistCardsPage() {
  const { classId = '', planId = '' } = useParams();
  const loaded = useLive(() => loadPlanCards(classId, planId), [classId, planId]);
  const [groupId, setGroupId] = useState('');
  const planUrl = `/classes/${classId}/plans/${planId}`;

  if (loaded === undefined) return <section className="page" aria-busy="true" />;
  if (!loaded) {
    return (
      <section className="page" aria-labelledby="plc-missing">
        <h1 id="plc-missing">Plan not found</h1>
        <p>
          It may have been deleted. <Link to={`/classes/${classId}/plans`}>Back to plans</Link>
        </p>
      </section>
    );
  }

  const { view } = loaded.plan;
  const { body, plan } = view;
  const title = planTitle(plan);
  const date = body.dates[0] ? longDate(body.dates[0]) : '';
  const playlist = body.playlist ?? [];
  const cards = studentPlaylists(playlist, body.groups).filter((p) => !groupId || p.groupId === groupId);
  const name = (studentId: string) => loaded.names[studentId] ?? 'A student who left';

  const print = () => savePageAsPdf('the playlist cards', `${safeFileName(title, 'Rotation')} playlists.pdf`);

  const empty =
    body.model !== 'individual'
      ? 'This plan is not an individual rotation, so it has no playlists. Choose “Individual rotation” as its model first.'
      : playlist.length === 0
        ? 'This plan’s playlist is empty: add must-dos and may-dos in the plan first.'
        : body.groups.length === 0
          ? 'This plan has no groups yet: pick a grouping in the plan first.'
          : null;

  return (
    <section className="page playlist-cards-page" aria-labelledby="plc-title">
      <div className="sheet-toolbar plc-toolbar" role="toolbar" aria-label="Playlist cards">
        <button type="button" onClick={() => void print()} disabled={!!empty || cards.length === 0}>
          Print cards
        </button>
        <Link className="button secondary" to={planUrl}>
          Back to plan
        </Link>
        {!empty && (
          <GroupFilter label="Cards for" className="plc-filter" groups={body.groups} value={groupId} onChange={setGroupId} />
        )}
        <span className="muted">Prints portrait, two cards across; no card is split across pages.</span>
      </div>

      <h1 id="plc-title" className="plc-heading">
        Playlists · {title}
      </h1>
      {empty ? (
        <div className="sheet-empty">
          <p>{empty}</p>
        </div>
      ) : (
        <div className="plc-cards">
          {cards.map((p) => {
            const group = view.groupById.get(p.groupId);
            const cardId = `plc-card-${p.studentId}`;
            return (
              <article className="plc-card" key={p.studentId} aria-labelledby={cardId} style={groupStyle(group)}>
                <header className="plc-card-head">
                  <h2 id={cardId}>{name(p.studentId)}</h2>
                  <p>
                    {group?.name && <span className="plc-group">{group.name}</span>}
                    {date}
                  </p>
                </header>
                <h3>Must do, in this order</h3>
                {p.mustDo.length === 0 ? (
                  <p className="plc-none">No must-dos today.</p>
                ) : (
                  <ol className="plc-items" aria-label={`Must-dos for ${name(p.studentId)}`}>
                    {p.mustDo.map((item) => (
                      <Item key={item.id} item={item} minutesPerStation={body.minutesPerStation} mark="box" />
                    ))}
                  </ol>
                )}
                <h3>May do, when you have finished</h3>
                {p.mayDo.length === 0 ? (
                  <p className="plc-none">Ask your teacher what to do next.</p>
                ) : (
                  <ul className="plc-items" aria-label={`May-dos for ${name(p.studentId)}`}>
                    {p.mayDo.map((item) => (
                      <Item key={item.id} item={item} minutesPerStation={body.minutesPerStation} mark="circle" />
                    ))}
                  </ul>
                )}
              </article>
            );
          })}
        </div>
      )}
    </section>
  );
}

/** One line of a card: a box to tick (must-do) or a ring to circle (may-do), the title and what it needs. */
function Item({ item, minutesPerStation, mark }: { item: PlaylistItem; minutesPerStation: number; mark: 'box' | 'circle' }) {
  const details = [KIND_LABELS[item.kind], item.mustDo ? `${playlistItemMinutes(item, minutesPerStation)} min` : ''].filter(Boolean).join(' · ');
  return (
    <li className="plc-item">
      <span className={mark === 'box' ? 'sheet-box' : 'plc-ring'} aria-hidden="true" />
      <span className="plc-item-text">
        <span className="plc-item-title">{item.title.trim() || 'Activity'}</span>
        <span className="plc-item-details">{details}</span>
        {item.resources.trim() && <span className="plc-item-resources">{item.resources.trim()}</span>}
      </span>
    </li>
  );
}
