import { useCallback, useId, useMemo, useState } from 'react';
import { useLive } from '../db/live';
import { Link, useNavigate } from 'react-router';
import { plural, type FrameworkImport } from '../../shared';
import { bridge } from '../bridge';
import { importFrameworkTree } from '../db/ecosystemImport';
import { frameworksWithIdentifier } from '../db/skills';
import { ImportProgress } from '../ui/import/ImportProgress';
import type { FrameworkRead } from '../ui/import/importWorkerProtocol';
import { ProblemList } from '../ui/import/ProblemList';
import { useImportJob } from '../ui/import/useImportJob';
import { useImportRun } from '../ui/import/useImportRun';
import { errorMessage, toast } from '../ui/toasts';
import { branchSkills, caseTreeFromFlat, itemLabel, type CaseTree } from '../../shared/import/case/previewTree';

/** Top-level and second-level items can be picked as the branch to import. */
const PICKABLE_DEPTH = 2;
/**
 * Children shown at once under one open item (and top-level items); the rest behind a button.
 * 100: a first page of 200 top-level and 200 second-level items took a third of a second to draw.
 */
const CHILD_PAGE = 100;

/**
 * The top-level items open at first: the first one, and more while what they show stays within one
 * page of items (a package with dozens of grades opens closed enough to draw at once).
 */
function openAtFirst(tree: CaseTree): Set<string> {
  const open = new Set<string>();
  let shown = Math.min(tree.roots.length, CHILD_PAGE);
  for (const id of tree.roots) {
    shown += Math.min(CHILD_PAGE, tree.children.get(id)?.length ?? 0);
    if (open.size > 0 && shown > CHILD_PAGE) break;
    open.add(id);
  }
  return open;
}

type Loaded = { name: string; data: FrameworkImport; tree: CaseTree };


type NodeProps = {
  id: string;
  depth: number;
  tree: CaseTree;
  open: Set<string>;
  toggle: (id: string) => void;
  branch: string | null;
  setBranch: (id: string | null) => void;
  radioName: string;
};

function TreeNode({ id, depth, tree, open, toggle, branch, setBranch, radioName }: NodeProps) {
  const [shown, setShown] = useState(CHILD_PAGE);
  const item = tree.byId.get(id)!;
  const parent = item.parentIdentifier ? tree.byId.get(item.parentIdentifier) : undefined;
  // The grade only where it changes, not repeated on every item of a grade.
  const showLevel = !!item.educationLevel && item.educationLevel !== parent?.educationLevel;
  const kids = tree.children.get(id) ?? [];
  const isOpen = open.has(id);
  const size = tree.size.get(id) ?? 1;
  return (
    <li className={branch === id ? 'eco-node picked' : 'eco-node'}>
      <div className="eco-node-row">
        {kids.length > 0 ? (
          <button
            type="button"
            className="eco-toggle"
            aria-expanded={isOpen}
            aria-label={`${isOpen ? 'Collapse' : 'Expand'} ${itemLabel(item)}`}
            onClick={() => toggle(id)}
          >
            {isOpen ? '▾' : '▸'}
          </button>
        ) : (
          <span className="eco-toggle-spacer" aria-hidden="true" />
        )}
        {depth < PICKABLE_DEPTH && (
          <input
            type="radio"
            name={radioName}
            className="eco-branch-radio"
            checked={branch === id}
            onChange={() => setBranch(id)}
            aria-label={`Import only this branch: ${itemLabel(item)}`}
            title="Import only this branch"
          />
        )}
        <span className="eco-node-text">
          {item.code && <span className="mono eco-code">{item.code}</span>} {item.statement}
          {kids.length > 0 && <span className="muted"> ({plural(size, 'skill', 'skills')})</span>}
          {showLevel && <span className="badge">Grade {item.educationLevel}</span>}
        </span>
      </div>
      {isOpen && kids.length > 0 && (
        <ul className="eco-tree-level">
          {kids.slice(0, shown).map((kid) => (
            <TreeNode
              key={kid}
              id={kid}
              depth={depth + 1}
              tree={tree}
              open={open}
              toggle={toggle}
              branch={branch}
              setBranch={setBranch}
              radioName={radioName}
            />
          ))}
          {kids.length > shown && (
            <li>
              <button type="button" className="link-button" onClick={() => setShown((n) => n + CHILD_PAGE)}>
                Show {Math.min(CHILD_PAGE, kids.length - shown)} more ({kids.length - shown} not shown)
              </button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

export function CaseImportPage() {
  const navigate = useNavigate();
  const radioName = useId();
  const titleId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [branch, setBranch] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const { busy, run } = useImportRun();
  const [shownRoots, setShownRoots] = useState(CHILD_PAGE);
  const forget = useCallback(() => setLoaded(null), []);
  const reader = useImportJob(forget);

  const data = loaded?.data;
  const tree = loaded?.tree ?? null;
  // One branch is listed as the teacher picks it; everything is listed only when imported (a
  // 38,000-item file would list it again at every render), its count known from the tree.
  const branchPicked = useMemo(
    () => (data && tree && branch !== null ? branchSkills(tree, data.skills, branch) : null),
    [data, tree, branch],
  );
  const selectedCount = branch === null ? (tree?.byId.size ?? 0) : (branchPicked?.length ?? 0);
  const identifier = data?.framework.identifier ?? '';
  const already = useLive(() => frameworksWithIdentifier(identifier), [identifier]);

  // The file is read in the import worker (a 60 MB package takes seconds): progress and Cancel
  // show under the header, and the window keeps answering meanwhile.
  const choose = async () => {
    try {
      const [file] = await bridge.openFiles({
        title: 'Choose a CASE package (.json) or an OpenSALT CSV export',
        filters: [
          { name: 'CASE package or OpenSALT CSV', extensions: ['json', 'csv'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (!file) return;
      reader.stop();
      setLoaded(null);
      // The bytes are handed to the worker, which reads them and arranges the tree.
      reader.run<FrameworkRead>(
        file.name,
        { type: 'read-framework', name: file.name, bytes: file.data },
        ({ treeRoots, treeChildren, treeSizes, ...parsed }) => {
          const tree = caseTreeFromFlat(parsed.skills, { treeRoots, treeChildren, treeSizes });
          // Drawn in the next task: a 38,000-item tree built and drawn in one held the window.
          setTimeout(() => {
            setLoaded({ name: file.name, data: parsed, tree });
            setOpen(openAtFirst(tree));
            setBranch(null);
            setShownRoots(CHILD_PAGE);
            setTitle(parsed.framework.title);
          }, 0);
        },
        undefined,
        [file.data.buffer],
      );
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const confirm = async () => {
    if (!data || !tree || selectedCount === 0) return;
    const selected = branchPicked ?? branchSkills(tree, data.skills, null);
    await run(async () => {
      const outcome = await importFrameworkTree(
        {
          title: title.trim() || data.framework.title || loaded?.name || 'Imported standards',
          creator: data.framework.creator,
          identifier,
        },
        selected,
      );
      toast.success(
        `Imported ${plural(outcome.created, 'skill', 'skills')} into ${title.trim() || data.framework.title || 'a new framework'}.`,
      );
      navigate(`/skills/${outcome.frameworkId}`);
    });
  };

  const branchItem = branch && tree ? tree.byId.get(branch) : undefined;

  return (
    <section className="page" aria-labelledby="case-import-title">
      <header className="page-header">
        <div>
          <h1 id="case-import-title">Import CASE standards</h1>
          <p className="muted">a standards framework as a new skills framework</p>
        </div>
        <div className="actions">
          <button type="button" className={loaded ? 'secondary' : undefined} onClick={() => void choose()}>
            {loaded ? 'Choose another file…' : 'Choose file…'}
          </button>
          <Link className="button secondary" to="/skills">
            Cancel
          </Link>
        </div>
      </header>
      <ImportProgress />

      {!loaded && !reader.reading && (
        <div className="empty">
          <h2>Bring in published standards</h2>
          <p>
            State and national standards are published in the CASE format (for example on OpenSALT or the CASE
            Network). Download the framework as a CASE package (.json), or as OpenSALT&apos;s CSV export, and
            choose it here. You see the whole tree first and can import just one branch, such as grade 6.
          </p>
        </div>
      )}

      {loaded && data && tree && (
        <>
          <div className="import-summary" role="status">
            <strong>{data.framework.title || loaded.name}</strong>
            {data.framework.creator && <> by {data.framework.creator}</>}:{' '}
            {plural(tree.byId.size, 'skill', 'skills')} from {loaded.name}.
          </div>
          {already && already.length > 0 && (
            <div className="banner warning">
              This framework was imported before (as &quot;{already[0]!.title}&quot;). Importing it again
              makes a second, separate copy.
            </div>
          )}
          <ProblemList title="Problems" problems={data.problems} />

          {tree.byId.size === 0 ? (
            <div className="empty">
              <h2>No skills found</h2>
              <p>This file holds no skills to import. Check the problems above.</p>
            </div>
          ) : (
            <>
              <div className="field eco-title">
                <label htmlFor={titleId}>Framework name in Blendwise</label>
                <input id={titleId} value={title} onChange={(e) => setTitle(e.target.value)} />
              </div>
              <fieldset className="eco-tree-pick">
                <legend>What to import</legend>
                <label className="checkbox">
                  <input
                    type="radio"
                    name={radioName}
                    checked={branch === null}
                    onChange={() => setBranch(null)}
                  />
                  Everything ({plural(tree.byId.size, 'skill', 'skills')})
                </label>
                <p className="muted eco-hint">
                  Or pick a top-level or second-level item below to import only that branch (for example,
                  grade 6 only).
                </p>
                <ul className="eco-tree" aria-label="Skill tree">
                  {tree.roots.slice(0, shownRoots).map((id) => (
                    <TreeNode
                      key={id}
                      id={id}
                      depth={0}
                      tree={tree}
                      open={open}
                      toggle={toggle}
                      branch={branch}
                      setBranch={setBranch}
                      radioName={radioName}
                    />
                  ))}
                  {tree.roots.length > shownRoots && (
                    <li>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setShownRoots((n) => n + CHILD_PAGE)}
                      >
                        Show {Math.min(CHILD_PAGE, tree.roots.length - shownRoots)} more (
                        {tree.roots.length - shownRoots} not shown)
                      </button>
                    </li>
                  )}
                </ul>
              </fieldset>
              <div className="actions sticky-actions">
                <button type="button" disabled={busy || selectedCount === 0} onClick={() => void confirm()}>
                  {busy ? 'Importing…' : `Import ${plural(selectedCount, 'skill', 'skills')}`}
                </button>
                {branchItem && <span className="muted">only {itemLabel(branchItem)}</span>}
                <Link className="button secondary" to="/skills">
                  Cancel
                </Link>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
