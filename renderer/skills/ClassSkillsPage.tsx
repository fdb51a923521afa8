import { useMemo, useState } from 'react';
import { useLive } from '../db/live';
import { Link, useParams } from 'react-router';
import { flattenSkillTree } from '../../shared';
import { readyWorkspace, useClassWorkspace } from '../db/workspace';
import { ClassLoading, ClassMissing } from '../ui/ClassLoading';
import { listFrameworks, moveClassSkill, setSkillTracked, listAllSkills } from '../db/skills';
import { errorMessage, toast } from '../ui/toasts';
import { ScaleFromSkills } from './ScaleFromSkills';

/** Which skills a class tracks, and in what order they appear in its tracker. */
export function ClassSkillsPage() {
  const { classId = '' } = useParams();
  // The class and its tracked skills from its one workspace (never the class shown before); the
  // library (every framework and skill) is not the class's, so it is read on its own.
  const ws = readyWorkspace(useClassWorkspace(classId));
  const cls = ws?.cls;
  const frameworks = useLive(() => listFrameworks(), []);
  const allSkills = useLive(() => listAllSkills(), []);
  const trackedIds = useMemo(() => new Set((ws?.skills ?? []).map((t) => t.skill.id)), [ws]);
  // The tick shows the teacher's last choice at once; the stored list catches up a moment later
  // through the live query. Every change on this page goes through toggle, so the two agree.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const toggle = async (skillId: string, on: boolean) => {
    setPending((p) => ({ ...p, [skillId]: on }));
    try {
      await setSkillTracked(classId, [skillId], on);
    } catch (error) {
      setPending(({ [skillId]: _, ...rest }) => rest);
      toast.error(errorMessage(error));
    }
  };
  if (ws === undefined) return <ClassLoading />;
  if (ws === null) return <ClassMissing />;
  const trackedSkills = ws.skills.map((t) => t.skill);

  return (
    <section className="page" aria-labelledby="class-skills-title">
      <header className="page-header">
        <div>
          <h1 id="class-skills-title">Tracked skills</h1>
          <p className="muted">{cls?.name}</p>
        </div>
      </header>
      <ScaleFromSkills classId={classId} current={ws.settings.scale} scales={trackedSkills.map((s) => s.scale)} />
      <div className="split">
        <section className="split-main" aria-labelledby="tracked-title">
          <h2 id="tracked-title" className="section-title">
            Tracked, in order <span className="muted">({trackedSkills.length})</span>
          </h2>
          {trackedSkills.length === 0 && <p className="empty">This class tracks no skills yet. Tick skills from the library on the right.</p>}
          <ol className="tracked-list" aria-label="Tracked skills in order">
            {trackedSkills.map((s, i) => (
              <li key={s.id} className="skill-row">
                <span className="skill-code mono">{s.code}</span>
                <span className="skill-statement">{s.statement}</span>
                <span className="row-actions">
                  <button type="button" className="secondary small" aria-label={`Move ${s.code} earlier`} disabled={i === 0} onClick={() => void moveClassSkill(classId, s.id, -1)}>
                    ↑
                  </button>
                  <button type="button" className="secondary small" aria-label={`Move ${s.code} later`} disabled={i === trackedSkills.length - 1} onClick={() => void moveClassSkill(classId, s.id, 1)}>
                    ↓
                  </button>
                  <button type="button" className="secondary small" aria-label={`Remove ${s.code} from the tracked skills`} onClick={() => void toggle(s.id, false)}>
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </section>
        <section className="split-side" aria-labelledby="library-title">
          <h2 id="library-title" className="section-title">
            Skills library
          </h2>
          {frameworks && frameworks.length === 0 && (
            <p className="empty">
              No skills yet. <Link to="/skills">Add skills in the library</Link> first.
            </p>
          )}
          {frameworks?.map((f) => {
            const rows = flattenSkillTree((allSkills ?? []).filter((s) => s.frameworkId === f.id));
            // Headings (Canvas outcome groups) only hold skills: nothing is scored on them.
            const scored = rows.filter((r) => !r.skill.heading);
            const untracked = scored.filter((r) => !trackedIds.has(r.skill.id)).map((r) => r.skill.id);
            return (
              <fieldset key={f.id} className="framework-pick">
                <legend>{f.title}</legend>
                <button type="button" className="secondary small" disabled={untracked.length === 0} onClick={() => {
                    setPending({});
                    void setSkillTracked(classId, untracked, true);
                  }}>
                  Track all {scored.length}
                </button>
                {rows.map(({ skill, depth }) => (
                  <label key={skill.id} className="checkbox" style={{ paddingLeft: `${depth * 1.25}rem` }}>
                    <input
                      type="checkbox"
                      checked={pending[skill.id] ?? trackedIds.has(skill.id)}
                      onChange={(e) => void toggle(skill.id, e.target.checked)}
                    />
                    <span className="mono">{skill.code}</span> {skill.statement}
                  </label>
                ))}
              </fieldset>
            );
          })}
        </section>
      </div>
    </section>
  );
}
