import { useMemo, useState } from 'react';
import { useLive } from '../db/live';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { descendantIds, flattenSkillTree, plural, type Skill, type SkillFields } from '../../shared';
import { addSkill, createFramework, deleteFramework, deleteSkill, listFrameworks, listSkills, moveSkill, renameFramework, restoreSnapshot, updateSkill, getFramework } from '../db/skills';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { toast } from '../ui/toasts';
import { SkillForm } from './SkillForm';

type Editing = { mode: 'add'; parentId: string | null } | { mode: 'edit'; skill: Skill };

function FrameworkTitleForm({ initial, submitLabel, onSubmit, onCancel }: { initial: string; submitLabel: string; onSubmit: (title: string) => Promise<void>; onCancel: () => void }) {
  const [title, setTitle] = useState(initial);
  const [error, setError] = useState<string>();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) return setError('Give the framework a name, such as "Grade 6 Math (CCSS)".');
        void onSubmit(title);
      }}
      noValidate
    >
      <Field label="Framework name" value={title} onChange={(e) => setTitle(e.target.value)} error={error} autoFocus />
      <div className="actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Skills drawn at once; the rest of a big framework behind a button. */
const SKILLS_PAGE = 500;

export function SkillsPage() {
  const { frameworkId } = useParams();
  const navigate = useNavigate();
  const frameworks = useLive(() => listFrameworks(), []);
  const framework = useLive(() => (frameworkId ? getFramework(frameworkId) : undefined), [frameworkId]);
  const skills = useLive(() => (frameworkId ? listSkills(frameworkId) : []), [frameworkId]);
  const tree = useMemo(() => flattenSkillTree(skills ?? []), [skills]);
  // Whether each row has a sibling before and after it (for the move buttons), in one pass: a
  // framework imported from a state's standards holds tens of thousands of skills.
  const siblings = useMemo(() => {
    const before = new Array<boolean>(tree.length).fill(false);
    const after = new Array<boolean>(tree.length).fill(false);
    const lastOf = new Map<string | null, number>();
    tree.forEach(({ skill }, i) => {
      const last = lastOf.get(skill.parentId);
      if (last !== undefined) {
        before[i] = true;
        after[last] = true;
      }
      lastOf.set(skill.parentId, i);
    });
    return { before, after };
  }, [tree]);
  const [shown, setShown] = useState(SKILLS_PAGE);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [newFramework, setNewFramework] = useState(false);
  const [renaming, setRenaming] = useState(false);

  if (!frameworkId && frameworks && frameworks.length > 0) return <Navigate to={`/skills/${frameworks[0]!.id}`} replace />;

  const parentsFor = (skill: Skill | null) => {
    if (!skill) return tree;
    const exclude = descendantIds(skills ?? [], skill.id);
    return tree.filter((r) => !exclude.has(r.skill.id));
  };

  const remove = async (skill: Skill) => {
    const snapshot = await deleteSkill(skill.id);
    const extra = snapshot.skills.length - 1;
    toast.undoable(
      `Deleted ${skill.code}${extra > 0 ? ` and ${plural(extra, 'sub-skill')}` : ''}${snapshot.evidence.length ? ` with ${plural(snapshot.evidence.length, 'piece', 'pieces')} of evidence` : ''}.`,
      () => restoreSnapshot(snapshot),
    );
  };

  const removeFramework = async () => {
    if (!framework) return;
    const snapshot = await deleteFramework(framework.id);
    navigate('/skills');
    toast.undoable(`Deleted ${framework.title} (${plural(snapshot.skills.length, 'skill')}).`, () => restoreSnapshot(snapshot));
  };

  const save = async (fields: SkillFields) => {
    if (!editing || !frameworkId) return;
    if (editing.mode === 'add') {
      await addSkill(frameworkId, fields);
      toast.success(`Added ${fields.code}.`);
    } else {
      await updateSkill(editing.skill.id, fields);
      toast.success(`Saved ${fields.code}.`);
    }
    setEditing(null);
  };

  return (
    <section className="page" aria-labelledby="skills-title">
      <header className="page-header">
        <h1 id="skills-title">Skills library</h1>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setNewFramework(true)}>
            New framework
          </button>
          <Link className="button secondary" to="/skills-import/case">
            Import CASE standards
          </Link>
          <Link className="button secondary" to="/skills-import/canvas">
            Import Canvas outcomes
          </Link>
        </div>
      </header>
      {frameworks && frameworks.length === 0 && (
        <div className="empty">
          <h2>No skills yet</h2>
          <p>
            Skills (standards) live in frameworks, such as your state&apos;s grade 6 math standards. Create one, then add
            skills by hand or import them from a CSV with code, statement and parent code.
          </p>
          <button type="button" onClick={() => setNewFramework(true)}>
            Create a framework
          </button>
        </div>
      )}
      {frameworks && frameworks.length > 0 && (
        <div className="split">
          <nav aria-label="Frameworks" className="split-list">
            <ul>
              {frameworks.map((f) => (
                <li key={f.id}>
                  <Link to={`/skills/${f.id}`} aria-current={f.id === frameworkId ? 'page' : undefined}>
                    {f.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="split-main">
            {framework && (
              <>
                <div className="toolbar">
                  <h2 className="section-title">
                    {framework.title} <span className="muted">({tree.length} skills)</span>
                  </h2>
                  <div className="actions">
                    <button type="button" onClick={() => setEditing({ mode: 'add', parentId: null })}>
                      Add skill
                    </button>
                    <Link className="button secondary" to={`/skills/${framework.id}/import`}>
                      Import skills CSV
                    </Link>
                    <button type="button" className="secondary" onClick={() => setRenaming(true)}>
                      Rename
                    </button>
                    <button type="button" className="secondary" onClick={() => void removeFramework()}>
                      Delete framework
                    </button>
                  </div>
                </div>
                {tree.length === 0 && <p className="empty">No skills in this framework yet. Add one, or import a CSV.</p>}
                <ul className="skill-tree" aria-label={`Skills in ${framework.title}`}>
                  {tree.slice(0, shown).map(({ skill, depth }, i) => {
                    const prev = siblings.before[i];
                    const next = siblings.after[i];
                    return (
                      <li key={skill.id} className="skill-row" style={{ paddingLeft: `${depth * 1.5 + 0.5}rem` }}>
                        <span className="skill-code mono">{skill.code}</span>
                        <span className="skill-statement">{skill.statement}</span>
                        <span className="row-actions">
                          <button type="button" className="secondary small" aria-label={`Add a sub-skill under ${skill.code}`} onClick={() => setEditing({ mode: 'add', parentId: skill.id })}>
                            + Sub-skill
                          </button>
                          <button type="button" className="secondary small" aria-label={`Edit ${skill.code}`} onClick={() => setEditing({ mode: 'edit', skill })}>
                            Edit
                          </button>
                          <button type="button" className="secondary small" aria-label={`Move ${skill.code} up`} disabled={!prev} onClick={() => void moveSkill(skill.id, -1)}>
                            ↑
                          </button>
                          <button type="button" className="secondary small" aria-label={`Move ${skill.code} down`} disabled={!next} onClick={() => void moveSkill(skill.id, 1)}>
                            ↓
                          </button>
                          <button type="button" className="secondary small" aria-label={`Delete ${skill.code}`} onClick={() => void remove(skill)}>
                            Delete
                          </button>
                        </span>
                      </li>
                    );
                  })}
                </ul>
                {tree.length > shown && (
                  <button type="button" className="secondary" onClick={() => setShown((n) => n + SKILLS_PAGE)}>
                    Show {Math.min(SKILLS_PAGE, tree.length - shown)} more skills ({(tree.length - shown).toLocaleString('en-US')} not shown)
                  </button>
                )}
              </>
            )}
          </div>
        </div>
      )}
      <Dialog title={editing?.mode === 'edit' ? 'Edit skill' : 'Add skill'} open={!!editing} onClose={() => setEditing(null)}>
        {editing && (
          <SkillForm
            initial={
              editing.mode === 'edit'
                ? { code: editing.skill.code, statement: editing.skill.statement, parentId: editing.skill.parentId }
                : { code: '', statement: '', parentId: editing.parentId }
            }
            parents={parentsFor(editing.mode === 'edit' ? editing.skill : null)}
            submitLabel={editing.mode === 'edit' ? 'Save skill' : 'Add skill'}
            onCancel={() => setEditing(null)}
            onSubmit={save}
          />
        )}
      </Dialog>
      <Dialog title="New framework" open={newFramework} onClose={() => setNewFramework(false)}>
        <FrameworkTitleForm
          initial=""
          submitLabel="Create framework"
          onCancel={() => setNewFramework(false)}
          onSubmit={async (title) => {
            const id = await createFramework(title);
            setNewFramework(false);
            navigate(`/skills/${id}`);
          }}
        />
      </Dialog>
      <Dialog title="Rename framework" open={renaming} onClose={() => setRenaming(false)}>
        {framework && (
          <FrameworkTitleForm
            initial={framework.title}
            submitLabel="Save name"
            onCancel={() => setRenaming(false)}
            onSubmit={async (title) => {
              await renameFramework(framework.id, title);
              setRenaming(false);
            }}
          />
        )}
      </Dialog>
    </section>
  );
}
