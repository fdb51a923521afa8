import { useId } from 'react';
import type { PlanBody, PlayModel } from '../../shared';
import type { PlanDraft } from '../db/plans';
import { defaultPlanDate, MODEL_LABELS } from './planDraft';

type Props = {
  draft: PlanDraft;
  onChange: (change: (d: PlanDraft) => PlanDraft) => void;
  /** a model change may regroup the class (a whole-class block is one group) */
  onModel: (model: PlayModel) => void;
};

const asNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));
const shown = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '' : String(n));

/** Title, model, dates and timing: the top of the editor. */
export function PlanSettings({ draft, onChange, onModel }: Props) {
  const id = useId();
  const { body } = draft;
  const setBody = (change: Partial<PlanBody>) => onChange((d) => ({ ...d, body: { ...d.body, ...change } }));
  const multi = body.model === 'multi_day';
  const setDate = (i: number, value: string) => setBody({ dates: body.dates.map((d, j) => (j === i ? value : d)) });

  return (
    <section className="card pe-settings" aria-label="Plan settings">
      <div className="pe-settings-row">
        <div className="field pe-title-field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={draft.title}
            maxLength={120}
            placeholder="Ratios: reteach and practise"
            onChange={(e) => onChange((d) => ({ ...d, title: e.target.value }))}
          />
        </div>
        <div className="field inline">
          <label htmlFor={`${id}-model`}>Model</label>
          <select
            id={`${id}-model`}
            value={body.model}
            onChange={(e) => {
              onModel(e.target.value as PlayModel);
            }}
          >
            {(Object.keys(MODEL_LABELS) as PlayModel[]).map((m) => (
              <option key={m} value={m}>
                {MODEL_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        {multi ? (
          <fieldset className="pe-dates">
            <legend>Dates</legend>
            {body.dates.map((date, i) => (
              <span key={i} className="pe-date">
                <input type="date" aria-label={`Day ${i + 1} date`} value={date} onChange={(e) => setDate(i, e.target.value)} />
                {body.dates.length > 1 && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove day ${i + 1}`}
                    onClick={() => setBody({ dates: body.dates.filter((_, j) => j !== i) })}
                  >
                    ×
                  </button>
                )}
              </span>
            ))}
            <button
              type="button"
              className="secondary small"
              onClick={() => setBody({ dates: [...body.dates, nextDay(body.dates[body.dates.length - 1])] })}
            >
              Add a day
            </button>
          </fieldset>
        ) : (
          <div className="field inline">
            <label htmlFor={`${id}-date`}>Date</label>
            <input id={`${id}-date`} type="date" value={body.dates[0] ?? ''} onChange={(e) => setBody({ dates: [e.target.value] })} />
          </div>
        )}
      </div>
      <div className="pe-settings-row">
        <div className="field inline">
          <label htmlFor={`${id}-start`}>Start time</label>
          <input id={`${id}-start`} type="time" value={body.start} onChange={(e) => setBody({ start: e.target.value })} />
        </div>
        <NumberField label="Minutes per station" value={body.minutesPerStation} min={1} onChange={(n) => setBody({ minutesPerStation: n })} />
        <NumberField label="Transition minutes" value={body.transitionMinutes} min={0} onChange={(n) => setBody({ transitionMinutes: n })} />
        <NumberField
          label="Class period (minutes)"
          value={body.periodMinutes}
          min={1}
          placeholder="optional"
          onChange={(n) =>
            onChange((d) => {
              const { periodMinutes: _old, ...rest } = d.body;
              return { ...d, body: Number.isNaN(n) ? rest : { ...rest, periodMinutes: n } };
            })
          }
        />
        <NumberField
          label="Screen time limit (minutes per day)"
          value={body.screenLimitPerDay}
          min={0}
          onChange={(n) => setBody({ screenLimitPerDay: n })}
        />
      </div>
      <div className="pe-settings-row">
        <div className="field pe-notes-field">
          <label htmlFor={`${id}-notes`}>Teacher’s notes</label>
          <textarea
            id={`${id}-notes`}
            rows={2}
            maxLength={20000}
            value={body.notes}
            aria-describedby={`${id}-notes-hint`}
            placeholder="What to watch for, who needs a check-in, what to change next time"
            onChange={(e) => setBody({ notes: e.target.value })}
          />
          <span id={`${id}-notes-hint`} className="small-text muted">
            For you and your coach: the plan PDF and a review show them; students never see them.
          </span>
        </div>
        <label className="checkbox pe-names-toggle">
          <input
            type="checkbox"
            checked={body.showNames !== false}
            onChange={(e) =>
              onChange((d) => {
                const { showNames: _old, ...rest } = d.body;
                // Unset is "show": a plan only stores the choice to hide them.
                return { ...d, body: e.target.checked ? rest : { ...rest, showNames: false } };
              })
            }
          />
          Show students’ names on the wall chart, station cards and live board
        </label>
      </div>
    </section>
  );
}

function NumberField(props: { label: string; value: number | undefined; min: number; placeholder?: string; onChange: (n: number) => void }) {
  const id = useId();
  return (
    <div className="field inline pe-number">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        step={1}
        placeholder={props.placeholder}
        value={shown(props.value)}
        onChange={(e) => props.onChange(asNumber(e.target.value))}
      />
    </div>
  );
}

function nextDay(last: string | undefined): string {
  if (!last || !/^\d{4}-\d{2}-\d{2}$/.test(last)) return defaultPlanDate();
  return defaultPlanDate(new Date(`${last}T12:00:00`));
}
