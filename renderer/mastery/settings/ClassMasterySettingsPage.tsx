import { useState } from 'react';
import { useParams } from 'react-router';
import {
  calculationMethodSchema,
  cutScoresSchema,
  DEFAULT_CUT_SCORES,
  DEFAULT_METHOD,
  DEFAULT_SCALE,
  describeMethod,
  effectiveMethod,
  validateScale,
  type ClassMasterySettings,
} from '../../../shared';
import { setClassMastery, setSkillMethod } from '../../db/mastery';
import { readyWorkspace, useClassWorkspace } from '../../db/workspace';
import { ClassLoading, ClassMissing } from '../../ui/ClassLoading';
import { errorMessage, toast } from '../../ui/toasts';
import { MethodPicker } from './MethodPicker';
import { ScaleEditor } from './ScaleEditor';
import { CutScoresEditor } from './CutScoresEditor';
import { NotSaved } from '../../ui/NotSaved';
import { useUnsavedWork } from '../../ui/unsavedWork';

function validate(draft: ClassMasterySettings): string[] {
  const errors: string[] = [];
  const method = calculationMethodSchema.safeParse(draft.method);
  if (!method.success) errors.push(`Calculation method: ${method.error.issues[0]?.message ?? 'not valid'}`);
  const scale = validateScale(draft.scale);
  if (!scale.ok) errors.push(...scale.errors.map((e) => `Scale: ${e}`));
  else {
    const cuts = cutScoresSchema(scale.scale).safeParse(draft.cutScores);
    if (!cuts.success) errors.push(...cuts.error.issues.map((i) => `Cut scores: ${i.message}`));
  }
  return errors;
}

function SettingsForm({ classId, initial }: { classId: string; initial: ClassMasterySettings }) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  // Leaving with changes not saved asks first; once Save is pressed they are on their way.
  const [saving, setSaving] = useState<ClassMasterySettings | null>(null);
  useUnsavedWork(draft !== saving && JSON.stringify(draft) !== JSON.stringify(initial), 'Mastery settings');

  const save = async () => {
    const found = validate(draft);
    setErrors(found);
    if (found.length) return;
    const before = initial;
    setSaving(draft);
    try {
      await setClassMastery(classId, draft);
      toast.undoable('Saved the mastery settings. Every level is recalculated.', () => setClassMastery(classId, before));
    } catch (error) {
      setSaving(null);
      toast.error(errorMessage(error));
    }
  };

  return (
    <>
      <section className="card" aria-labelledby="method-title">
        <h2 id="method-title">How scores roll up</h2>
        <MethodPicker label="Calculation method" value={draft.method} onChange={(m) => m && setDraft({ ...draft, method: m })} explain />
      </section>
      <section className="card" aria-labelledby="scale-title">
        <h2 id="scale-title">Mastery scale</h2>
        <ScaleEditor scale={draft.scale} onChange={(scale) => setDraft({ ...draft, scale })} />
      </section>
      <section className="card" aria-labelledby="cuts-title">
        <h2 id="cuts-title">Percent to level</h2>
        <p className="hint">When a score comes in as a percent (or points out of a total), these cut scores turn it into a level.</p>
        <CutScoresEditor cuts={draft.cutScores} scale={draft.scale} onChange={(cutScores) => setDraft({ ...draft, cutScores })} />
      </section>
      <NotSaved problems={errors} />
      <div className="actions sticky-actions">
        <button type="button" onClick={() => void save()}>
          Save mastery settings
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setDraft({ scale: DEFAULT_SCALE, method: DEFAULT_METHOD, cutScores: DEFAULT_CUT_SCORES })}
        >
          Back to defaults
        </button>
      </div>
    </>
  );
}

export function ClassMasterySettingsPage() {
  const { classId = '' } = useParams();
  // Only this class's workspace: loading until it is read, never the class shown before.
  const data = readyWorkspace(useClassWorkspace(classId));
  if (data === undefined) return <ClassLoading />;
  if (data === null) return <ClassMissing />;
  const { cls, settings } = data;

  return (
    <section className="page" aria-labelledby="mastery-settings-title">
      <header className="page-header">
        <div>
          <h1 id="mastery-settings-title">Mastery settings</h1>
          <p className="muted">
            {cls.name} · now {describeMethod(settings.method)}
          </p>
        </div>
      </header>
      {/* Keyed by the stored settings so an undo or another window's change resets the draft. */}
      <SettingsForm key={`${classId} ${JSON.stringify(settings)}`} classId={classId} initial={settings} />
      <section className="card" aria-labelledby="overrides-title">
        <h2 id="overrides-title">Skills with their own method</h2>
        <p className="hint">A skill can use another method than the class, for example the highest score for a skill students only need to show once.</p>
        {data.skills.length === 0 && <p className="muted">This class tracks no skills yet.</p>}
        <ul className="override-list">
          {data.skills.map(({ skill, classSkill }) => (
            <li key={skill.id}>
              <span className="mono skill-code">{skill.code}</span>
              <MethodPicker
                label={`Method for ${skill.code}`}
                value={classSkill.method ?? null}
                allowInherit="Same as the class"
                about={skill.code}
                keptNote={`Not saved: ${skill.code} still uses ${describeMethod(effectiveMethod(settings, classSkill))}.`}
                onChange={(method) => {
                  if (method && !calculationMethodSchema.safeParse(method).success) return;
                  void setSkillMethod(classId, skill.id, method);
                }}
              />
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
