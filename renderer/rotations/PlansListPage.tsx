import { useState } from 'react';
import { useLive } from '../db/live';
import { Link, useParams } from 'react-router';
import { listPlans, planBody } from '../db/plans';
import { Dialog } from '../ui/Dialog';
import { NewPlanChooser } from './NewPlanChooser';
import { draftKey, usePlanDrafts } from './planDraftStore';
import { formatPlanDate, MODEL_LABELS, planTitle } from './planDraft';
import { getClass } from '../db/classes';
import { plural } from '../../shared';

export function PlansListPage() {
  const { classId = '' } = useParams();
  const cls = useLive(() => getClass(classId).then((c) => c ?? null), [classId]);
  const plans = useLive(() => listPlans(classId), [classId]);
  const unsaved = usePlanDrafts((s) => s.drafts[draftKey(classId, undefined)]);
  const [choosing, setChoosing] = useState(false);

  if (cls === undefined || plans === undefined) return <section className="page" aria-busy="true" />;
  if (cls === null)
    return (
      <section className="page">
        <h1>Class not found</h1>
        <Link to="/classes">Back to classes</Link>
      </section>
    );

  const newest = [...plans].reverse();
  return (
    <section className="page" aria-labelledby="plans-title">
      <header className="page-header">
        <div>
          <h1 id="plans-title">Plans</h1>
          <p className="muted">
            {cls.name} · {plural(plans.length, 'plan')}
          </p>
        </div>
        <div className="actions">
          <button type="button" onClick={() => setChoosing(true)}>
            New plan
          </button>
        </div>
      </header>

      {unsaved?.dirty && (
        <div className="banner warning">
          <p>
            You have a new plan that is not saved yet: <strong>{planTitle(unsaved.draft)}</strong>.{' '}
            <Link to={`/classes/${classId}/plans/new`}>Go back to it</Link>
          </p>
        </div>
      )}

      {plans.length === 0 ? (
        <div className="empty">
          <h2>No plans yet</h2>
          <p>
            A plan is one lesson&apos;s rotation: which groups go to which station, and when. Start from a play such as
            &quot;Classic three stations&quot;, pick the groups you made, and the schedule works itself out.
          </p>
          <button type="button" onClick={() => setChoosing(true)}>
            New plan
          </button>
        </div>
      ) : (
        <table className="table" aria-label="Plans">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Title</th>
              <th scope="col">Model</th>
              <th scope="col">Groups × stations</th>
            </tr>
          </thead>
          <tbody>
            {newest.map((plan) => {
              const body = planBody(plan);
              return (
                <tr key={plan.id}>
                  <td>
                    {formatPlanDate(plan.date)}
                    {body.dates?.length > 1 && <span className="muted"> + {body.dates.length - 1} more</span>}
                  </td>
                  <th scope="row">
                    <Link to={`/classes/${classId}/plans/${plan.id}`}>{plan.title || 'Untitled plan'}</Link>
                  </th>
                  <td>{MODEL_LABELS[body.model] ?? body.model}</td>
                  <td>
                    {body.groups?.length ?? 0} × {body.stations?.length ?? 0}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <Dialog title="New plan" open={choosing} onClose={() => setChoosing(false)} wide>
        <NewPlanChooser classId={classId} onChosen={() => setChoosing(false)} />
      </Dialog>
    </section>
  );
}
