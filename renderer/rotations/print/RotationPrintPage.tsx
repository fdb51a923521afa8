import { useLive } from '../../db/live';
import { Link, useParams } from 'react-router';
import type { PlanStation } from '../../../shared';
import {
  adultWords,
  KIND_LABELS,
  longDate,
  planTitle,
  type PlanView,
} from '../live/planView';
import { loadPlanForDisplay } from '../../db/planViews';
import { RotationChart } from './RotationChart';
import { StationVisits } from './StationVisits';
import { safeFileName } from '../../ui/fileName';
import { savePageAsPdf } from '../../ui/savePdf';

function pairs<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += 2) out.push(items.slice(i, i + 2));
  return out;
}

/** The rotation chart for the board (landscape, readable from the back) and a card per station. */
export function RotationPrintPage() {
  const { classId = '', planId = '' } = useParams();
  const loaded = useLive(() => loadPlanForDisplay(classId, planId), [classId, planId]);
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
  const hasSchedule = view.slots.length > 0;
  const dates = body.dates.map(longDate);
  // The plan may hide names (a projector in a room with visitors).
  const names = body.showNames === false ? null : loaded.names;

  const print = () => savePageAsPdf('the rotation chart', `${safeFileName(title, 'Rotation')} chart.pdf`, { landscape: true });

  return (
    <section className="page rotation-print-page" aria-labelledby="chart-title">
      <div className="sheet-toolbar rc-toolbar" role="toolbar" aria-label="Rotation chart">
        <button type="button" onClick={() => void print()} disabled={!hasSchedule}>
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

        {!hasSchedule ? (
          <div className="sheet-empty">
            <p>This plan has no schedule yet.</p>
            {view.warnings.map((w) => (
              <p key={w}>{w}</p>
            ))}
          </div>
        ) : (
          <RotationChart view={view} dates={dates} names={names} />
        )}

        {hasSchedule &&
          pairs(body.stations).map((pair) => (
            <div className="rc-station-page" key={pair.map((s) => s.id).join('+')}>
              {pair.map((s) => (
                <StationCard key={s.id} station={s} view={view} adult={adultWords(s, cls)} dates={dates} names={names} />
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
  names,
}: {
  station: PlanStation;
  view: PlanView;
  adult: string;
  dates: string[];
  names: Record<string, string> | null;
}) {
  const titleId = `rc-station-${station.id}`;
  return (
    <article className="rc-station" aria-labelledby={titleId}>
      <header className="rc-station-head">
        <h2 id={titleId}>{station.name || 'Station'}</h2>
        <p>
          <span className="sheet-label">{KIND_LABELS[station.kind] ?? station.kind}</span> · Run by: {adult}
          {station.room ? ` · In: ${station.room}` : ''}
        </p>
      </header>
      <StationVisits station={station} view={view} dates={dates} names={names} />
    </article>
  );
}
