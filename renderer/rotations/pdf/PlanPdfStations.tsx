import { adultWords, KIND_LABELS, type PlanView } from '../live/planView';
import { StationVisits } from '../print/StationVisits';
import type { ClassRecord } from '../../../shared';
import { plural } from '../../../shared';

/** Per station: what kind it is, who runs it, what it holds, and what each group does there. */
export function PlanPdfStations({ view, cls, dates }: { view: PlanView; cls: ClassRecord | undefined; dates: string[] }) {
  const stations = view.body.stations;
  return (
    <section className="pp-section" aria-labelledby="pp-stations-title">
      <h2 id="pp-stations-title">Station activities</h2>
      {stations.length === 0 ? (
        <p>This plan has no stations yet.</p>
      ) : (
        <div className="pp-stations">
          {stations.map((s) => (
            <article key={s.id} className="rc-station pp-station" aria-labelledby={`pp-station-${s.id}`}>
              <header className="rc-station-head">
                <h3 id={`pp-station-${s.id}`}>{s.name || 'Station'}</h3>
                <p>
                  <strong>{KIND_LABELS[s.kind] ?? s.kind}</strong> · Run by: {adultWords(s, cls)}
                  {s.room ? ` · In: ${s.room}` : ''}
                  {typeof s.capacity === 'number' && <> · Up to {s.capacity} students</>}
                  {typeof s.devices === 'number' && (
                    <>
                      {' '}
                      · {plural(s.devices, 'device')}
                    </>
                  )}
                </p>
              </header>
              <StationVisits station={s} view={view} dates={dates} notPlanned="Not planned yet" />
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
