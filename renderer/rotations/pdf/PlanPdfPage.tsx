import { useMemo } from 'react';
import { useLive } from '../../db/live';
import { Link, useParams } from 'react-router';
import { longDate, planTitle } from '../live/planView';
import { MODEL_LABELS } from '../planDraft';
import { planView } from '../planView';
import { RotationChart } from '../print/RotationChart';
import { loadPlanPdf, type PlanPdfData } from './loadPlanPdf';
import { PlanPdfGroups } from './PlanPdfGroups';
import { PlanPdfHealth } from './PlanPdfHealth';
import { PlanPdfPlaylist } from './PlanPdfPlaylist';
import { PlanPdfStations } from './PlanPdfStations';
import { daySpans } from './planPdfData';
import { safeFileName } from '../../ui/fileName';
import { savePageAsPdf } from '../../ui/savePdf';

/** The whole plan as one document to read on paper: for the teacher's folder or a coach's desk. */
export function PlanPdfPage() {
  const { classId = '', planId = '' } = useParams();
  const data = useLive(() => loadPlanPdf(classId, planId), [classId, planId]);
  const body = data?.view.body;
  const names = data?.studentNames;
  const health = useMemo(() => (body ? planView(body, names) : null), [body, names]);

  if (data === undefined) return <section className="page" aria-busy="true" />;
  if (!data || !health) {
    return (
      <section className="page" aria-labelledby="pp-missing">
        <h1 id="pp-missing">Plan not found</h1>
        <p>
          It may have been deleted. <Link to={`/classes/${classId}/plans`}>Back to plans</Link>
        </p>
      </section>
    );
  }

  const { view, cls } = data;
  const title = planTitle(view.plan);
  const dates = view.body.dates.map(longDate);

  const save = () => savePageAsPdf('the plan', `${safeFileName(title, 'Plan')}.pdf`);

  return (
    <section className="page plan-pdf-page" aria-labelledby="pp-title">
      <div className="sheet-toolbar pp-toolbar" role="toolbar" aria-label="Plan PDF">
        <button type="button" onClick={() => void save()}>
          Save as PDF
        </button>
        <Link className="button secondary" to={`/classes/${classId}/plans/${planId}`}>
          Back to plan
        </Link>
        <span className="muted">
          The chart, the groups with their scores, the station activities{view.body.model === 'individual' ? ', the playlist' : ''} and the plan&apos;s
          health.
        </span>
      </div>

      <article className="pp-sheet">
        <PlanPdfHeader data={data} title={title} dates={dates} />

        <section className="pp-section" aria-labelledby="pp-chart-title">
          <h2 id="pp-chart-title">Rotation chart</h2>
          {view.slots.length === 0 ? (
            <p>This plan has no schedule yet: it needs stations and groups.</p>
          ) : (
            <RotationChart view={view} dates={dates} dayLevel={3} />
          )}
        </section>

        <PlanPdfGroups data={data} />
        <PlanPdfPlaylist body={view.body} studentNames={data.studentNames} />
        <PlanPdfStations view={view} cls={cls} dates={dates} />
        <PlanPdfHealth body={view.body} health={health} studentNames={data.studentNames} scale={data.mastery.scale} />
      </article>
    </section>
  );
}

function PlanPdfHeader({ data, title, dates }: { data: PlanPdfData; title: string; dates: string[] }) {
  const { view, cls, play, grouping } = data;
  const { body } = view;
  const spans = daySpans(view.slots);
  const times =
    spans.length > 1 ? spans.map((s, d) => `Day ${d + 1} ${s}`).join(', ') : (spans[0] ?? (body.start ? `from ${body.start}` : '—'));
  const facts: [string, string][] = [
    ['Class', cls?.name ?? '—'],
    [dates.length > 1 ? 'Days' : 'Day', dates.join(', ') || '—'],
    ['Times', times],
    ['Model', MODEL_LABELS[body.model] ?? body.model],
    ['Play', play?.name ?? 'None: set up by hand'],
    [
      'Stations',
      `${body.stations.length} × ${body.minutesPerStation} min, ${body.transitionMinutes} min to move`,
    ],
    ['Groups', `${body.groups.length}${grouping ? `, from “${grouping.name}”` : ''}`],
  ];
  return (
    <header className="pp-header">
      <p className="pp-kicker">Rotation plan</p>
      <h1 id="pp-title">{title}</h1>
      <dl className="pp-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {body.notes.trim() && (
        <p className="pp-notes">
          <strong>Notes:</strong> {body.notes}
        </p>
      )}
    </header>
  );
}
