import { Fragment, useEffect, useMemo, useState } from 'react';
import { useLive } from '../db/live';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { groupSets, isMirrored, periodSplit, splitWords, type GroupingRecord, type PlanStation, type PlayModel, plural } from '../../shared';
import { deletePlans, restorePlans, savePlan, savePlay, updatePlan, type PlanDraft } from '../db/plans';
import { isStaleWrite, revOf, type StaleWriteError } from '../db/conflicts';
import { getPlan } from '../db/plans';
import { StaleChoice } from '../ui/StaleChoice';
import { ExportPlanDialog } from '../review/ExportPlanDialog';
import { PlanFeedback } from '../review/PlanFeedback';
import { errorMessage, toast } from '../ui/toasts';
import { AdultsEditor } from './AdultsEditor';
import { PlanGroupsPanel } from './PlanGroupsPanel';
import { PlanHealth } from './PlanHealth';
import { PlanSettings } from './PlanSettings';
import { PlaylistEditor } from './PlaylistEditor';
import { SavePlayDialog } from './SavePlayDialog';
import { ScheduleTable } from './ScheduleTable';
import { StationsEditor } from './StationsEditor';
import {
  applyGrouping,
  draftFromPlay,
  draftFromRecord,
  extendDates,
  mirrorStations,
  moveItem,
  newStation,
  planTitle,
  playFromBody,
  saveProblems,
  swapGroups,
  unmirrorStations,
  wholeClassGroup,
  withModel,
} from './planDraft';
import { draftKey, usePlanDrafts } from './planDraftStore';
import { usePlanHistory } from './planHistory';
import { NothingToSave, useSaveShortcut } from '../ui/saveShortcut';
import { findPlay, loadPlanEditorData } from '../db/planViews';
import { planView } from './planView';
import { newId } from '../db/ids';

export function PlanEditorPage() {
  const { classId = '', planId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const playParam = params.get('play');
  const data = useLive(() => loadPlanEditorData(classId, planId), [classId, planId]);
  const key = draftKey(classId, planId);
  const entry = usePlanDrafts((s) => s.drafts[key]);
  const { start, change, discard } = usePlanDrafts.getState();
  // Every edit is a step on this editor's own undo stack (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y).
  const update = usePlanHistory(key);
  const [problems, setProblems] = useState<string[]>([]);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [playDialog, setPlayDialog] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  // A save refused because another window saved this plan first: the choice is shown until made.
  const [stale, setStale] = useState<StaleWriteError | null>(null);

  const isNew = !planId;
  const source = isNew ? (playParam ?? entry?.source ?? 'blank') : undefined;
  const conflict = isNew && !!entry?.dirty && !!playParam && entry.source !== playParam;
  const record = data && data.plan !== 'missing' ? data.plan : null;

  // Start the draft from the saved plan or the chosen play, unless unsaved work is already here.
  // A saved plan without unsaved edits follows the stored one (another window may save it).
  useEffect(() => {
    if (!data) return;
    if (entry && (entry.dirty || (isNew && entry.source === source))) return;
    if (isNew) start(key, { draft: draftFromPlay(classId, findPlay(source ?? null, data.plays), newId), dirty: false, source });
    else if (record && (!entry || (entry.rev !== undefined && entry.rev !== revOf(record))))
      start(key, { draft: draftFromRecord(record), dirty: false, rev: revOf(record) });
  }, [data, entry, source, isNew, key, classId, record, start]);

  // Back from the groups board with a grouping just saved there: use it, once.
  const groupingParam = params.get('grouping');
  const hasDraft = !!entry;
  useEffect(() => {
    if (!groupingParam || !data || !hasDraft) return;
    const grouping = data.groupings.find((g) => g.id === groupingParam);
    if (grouping) change(key, (d) => applyGrouping(d, grouping, newId));
    navigate(isNew ? `/classes/${classId}/plans/new` : `/classes/${classId}/plans/${planId}`, { replace: true });
  }, [groupingParam, data, hasDraft, change, key, navigate, isNew, classId, planId]);

  // Unsaved edits survive closing the window (planDraftStore keeps them), so closing never asks.
  const dirty = !!entry?.dirty;

  const draft = entry?.draft;
  const names = data?.studentNames;
  const view = useMemo(() => (draft ? planView(draft.body, names) : null), [draft, names]);

  if (data === undefined) return <section className="page" aria-busy="true" />;
  if (data === null || data.plan === 'missing')
    return (
      <section className="page">
        <h1>{data === null ? 'Class not found' : 'Plan not found'}</h1>
        <p>It may have been deleted.</p>
        <Link to={data === null ? '/classes' : `/classes/${classId}/plans`}>{data === null ? 'Back to classes' : 'Back to plans'}</Link>
      </section>
    );
  if (!draft || !view) return <section className="page" aria-busy="true" />;

  const setStations = (stations: PlanStation[]) => update((d) => ({ ...d, body: { ...d.body, stations } }));
  const play = findPlay(draft.body.playId ?? null, data.plays);
  const title = planTitle(draft);

  const pickGrouping = (grouping: GroupingRecord | null) => update((d) => applyGrouping(d, grouping, newId));
  const setModelOf = (d: PlanDraft, model: PlayModel) =>
    withModel(d, model, {
      classStudentIds: data.activeStudentIds,
      grouping: data.groupings.find((g) => g.id === d.groupingId) ?? null,
      newId,
    });
  const setModel = (model: PlayModel) => update((d) => setModelOf(d, model));
  const split = periodSplit(draft.body, view.slots);

  const save = async () => {
    const found = saveProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    const toSave: PlanDraft = { ...draft, title };
    setBusy(true);
    try {
      if (planId) {
        // The revision this draft started from; a draft kept from before revisions existed saves as before.
        const rev = await updatePlan(planId, toSave, entry?.rev ?? revOf(record));
        start(key, { draft: toSave, dirty: false, rev });
      } else {
        const id = await savePlan(toSave);
        start(draftKey(classId, id), { draft: toSave, dirty: false, rev: 0 });
        navigate(`/classes/${classId}/plans/${id}`, { replace: true });
        discard(key);
      }
      toast.success(`Saved “${title}”.`);
    } catch (e) {
      if (isStaleWrite(e)) setStale(e);
      else toast.error(`The plan was not saved: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  // Another window saved (or deleted) this plan since this draft started: theirs, or mine as a copy.
  const loadTheirs = async () => {
    setStale(null);
    setProblems([]);
    const fresh = planId ? await getPlan(planId) : undefined;
    if (fresh && fresh.classId === classId) {
      start(key, { draft: draftFromRecord(fresh), dirty: false, rev: revOf(fresh) });
      toast.info('Loaded the plan as it was saved in the other window. Your changes were discarded.');
    } else {
      discard(key);
      navigate(`/classes/${classId}/plans`);
      toast.info('The plan was deleted in the other window. Your changes were discarded.');
    }
  };

  const copyTitle = `${title} (copy)`;
  const keepMineAsCopy = async () => {
    const copy: PlanDraft = { ...draft, title: copyTitle };
    try {
      const id = await savePlan(copy);
      setStale(null);
      discard(key);
      start(draftKey(classId, id), { draft: copy, dirty: false, rev: 0 });
      navigate(`/classes/${classId}/plans/${id}`, { replace: true });
      toast.success(`Saved your version as a new plan, “${copyTitle}”. The plan saved in the other window is unchanged.`);
    } catch (e) {
      toast.error(`The copy was not saved: ${errorMessage(e)}`);
    }
  };

  const remove = async () => {
    if (!planId) return;
    try {
      const gone = await deletePlans([planId]);
      discard(key);
      navigate(`/classes/${classId}/plans`);
      toast.undoable(`Deleted “${title}”.`, () => restorePlans(gone));
    } catch (e) {
      toast.error(`The plan was not deleted: ${errorMessage(e)}`);
    }
  };

  const discardChanges = () => {
    setConfirmDiscard(false);
    setProblems([]);
    if (record) start(key, { draft: draftFromRecord(record), dirty: false, rev: revOf(record) });
    else {
      discard(key);
      navigate(`/classes/${classId}/plans`);
    }
  };

  const saveAsPlay = async (name: string, description: string) => {
    try {
      await savePlay(playFromBody(draft.body, name, description));
      setPlayDialog(false);
      toast.success(`Saved the play “${name}”: it is in the list when you start a new plan.`);
    } catch (e) {
      toast.error(`The play was not saved: ${errorMessage(e)}`);
    }
  };

  const first = view.rounds[0];
  const last = view.rounds[view.rounds.length - 1];

  return (
    <section className="page pe-page" aria-labelledby="pe-title">
      <SaveShortcut save={() => (!isNew && !dirty ? Promise.reject(new NothingToSave()) : save())} />
      <header className="page-header">
        <div>
          <p className="pe-crumb small-text">
            <Link to={`/classes/${classId}/plans`}>Plans</Link> · {data.cls.name}
          </p>
          <h1 id="pe-title">{isNew && !draft.title.trim() ? 'New plan' : title}</h1>
          <p className="muted">
            {isNew ? <span className="badge pe-unsaved">not saved yet</span> : dirty ? <span className="badge pe-unsaved">unsaved changes</span> : <span className="badge pe-saved">saved</span>}
            {play && <span className="small-text"> · from the play “{play.name}”</span>}
          </p>
        </div>
        <div className="actions">
          <button type="button" disabled={busy} aria-keyshortcuts="Control+S" onClick={() => void save()}>
            Save
          </button>
          <button type="button" className="secondary" onClick={() => setPlayDialog(true)}>
            Save as play
          </button>
          {(dirty || isNew) && (
            <button type="button" className="secondary" onClick={() => setConfirmDiscard(true)}>
              Discard changes
            </button>
          )}
          {planId && (
            <>
              <Link className="button secondary" to={`/classes/${classId}/plans/${planId}/live`}>
                Live board
              </Link>
              <Link className="button secondary" to={`/classes/${classId}/plans/${planId}/print`}>
                Print chart
              </Link>
              <Link className="button secondary" to={`/classes/${classId}/plans/${planId}/pdf`}>
                Plan PDF
              </Link>
              <button type="button" className="secondary" onClick={() => setExportOpen(true)}>
                Export…
              </button>
            </>
          )}
          {planId && (
            <button type="button" className="secondary" onClick={() => void remove()}>
              Delete
            </button>
          )}
        </div>
      </header>

      {stale && (
        <StaleChoice
          message={stale.message}
          actions={[
            { label: 'Load theirs', onClick: () => void loadTheirs(), tone: 'secondary' },
            { label: 'Keep mine as a copy', onClick: () => void keepMineAsCopy(), tone: 'secondary' },
            { label: 'Not now', onClick: () => setStale(null), tone: 'secondary' },
          ]}
        >
          <ul>
            <li>
              <strong>Load theirs</strong>: throw away your changes here and show the plan as {stale.deleted ? 'it is now (gone)' : 'it was saved there'}.
            </li>
            <li>
              <strong>Keep mine as a copy</strong>: save your version as a new plan, “{copyTitle}”, and leave theirs as it is.
            </li>
          </ul>
        </StaleChoice>
      )}
      {confirmDiscard && (
        <div className="confirm" role="alertdialog" aria-label="Discard changes?">
          <p>{isNew ? 'Throw away this new plan? It has not been saved.' : 'Throw away your changes and go back to the saved plan?'}</p>
          <button type="button" className="danger" onClick={discardChanges}>
            Discard
          </button>
          <button type="button" className="secondary" onClick={() => setConfirmDiscard(false)}>
            Keep editing
          </button>
        </div>
      )}
      {conflict && (
        <div className="banner warning" role="alert">
          <p>
            You have a new plan that is not saved yet (“{title}”). Starting from {findPlay(playParam, data.plays)?.name ?? 'a blank plan'} would
            throw it away.
          </p>
          <div className="actions">
            <button type="button" className="secondary small" onClick={() => navigate(`/classes/${classId}/plans/new`, { replace: true })}>
              Keep working on it
            </button>
            <button
              type="button"
              className="danger small"
              onClick={() =>
                start(key, { draft: draftFromPlay(classId, findPlay(playParam, data.plays), newId), dirty: false, source: playParam ?? 'blank' })
              }
            >
              Start over
            </button>
          </div>
        </div>
      )}
      {problems.length > 0 && (
        <div className="banner warning" role="alert">
          <p>The plan was not saved:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <PlanSettings draft={draft} onChange={update} onModel={setModel} />

      <div className="pe-layout">
        <div className="pe-main">
          <section className="card pe-schedule-card" aria-labelledby="pe-schedule-title">
            <div className="pe-card-head">
              <h2 id="pe-schedule-title">Schedule</h2>
              {first && last && (
                <span className="muted small-text">
                  {view.rounds.length} rounds · {first.start}–{last.end}
                  {view.days > 1 ? ` over ${view.days} days` : ''} · drag a group onto another to swap them
                </span>
              )}
            </div>
            {(isMirrored(draft.body) ? (['A', 'B'] as const) : [undefined]).map((set) => (
              <Fragment key={set ?? 'all'}>
                {set && <h3 className="pe-set-title">Set {set}</h3>}
                <ScheduleTable
                  body={draft.body}
                  rounds={view.rounds}
                  days={view.days}
                  set={set}
                  onSwap={(a, b) => update((d) => ({ ...d, body: { ...d.body, groups: swapGroups(d.body.groups, a, b) } }))}
                />
              </Fragment>
            ))}
            {split && draft.body.model !== 'multi_day' && (
              <div className="pe-split" role="note" aria-label="Period">
                <p className="small-text">
                  The rounds do not fit in the {draft.body.periodMinutes}-minute class period, so the plan runs over {split.days} days:{' '}
                  {splitWords(split, draft.body.dates)}.
                </p>
                {draft.body.model === 'station' && (
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() =>
                      update((d) => {
                        const next = setModelOf(d, 'multi_day');
                        return { ...next, body: { ...next.body, dates: extendDates(next.body.dates, split.days) } };
                      })
                    }
                  >
                    Run it over {split.days} days, with a date for each
                  </button>
                )}
              </div>
            )}
            {draft.body.model === 'multi_day' && view.days > draft.body.dates.length && (
              <p className="small-text pe-days-hint">
                The schedule runs over {view.days} days but the plan has {plural(draft.body.dates.length, 'date')}: add a
                date for each day.
              </p>
            )}
          </section>
          <AdultsEditor classId={classId} adults={data.cls.adults ?? []} />
        </div>
        <aside className="pe-side">
          <PlanGroupsPanel
            classId={classId}
            planPath={`/classes/${classId}/plans/${planId ?? 'new'}`}
            groupingId={draft.groupingId}
            groups={draft.body.groups}
            groupings={data.groupings}
            suggestedGroups={play ? play.suggestedGroups : null}
            onPickGrouping={pickGrouping}
            onMove={(from, to) => update((d) => ({ ...d, body: { ...d.body, groups: moveItem(d.body.groups, from, to) } }))}
            wholeClass={
              draft.body.model === 'whole_class'
                ? {
                    classSize: data.activeStudentIds.length,
                    onUseWholeClass: () => update((d) => ({ ...d, body: { ...d.body, groups: [wholeClassGroup(data.activeStudentIds, newId)] } })),
                  }
                : null
            }
            sets={
              isMirrored(draft.body)
                ? {
                    of: groupSets(draft.body.groups),
                    // Every group keeps the set it is in now; only the one chosen moves.
                    onSet: (groupId, set) =>
                      update((d) => {
                        const now = groupSets(d.body.groups);
                        const groups = d.body.groups.map((g) => ({ ...g, set: g.id === groupId ? set : now[g.id]! }));
                        return { ...d, body: { ...d.body, groups } };
                      }),
                  }
                : null
            }
          />
          <PlanHealth body={draft.body} view={view} studentNames={data.studentNames} />
        </aside>
      </div>
      {draft.body.model === 'individual' && (
        <PlaylistEditor
          body={draft.body}
          studentNames={data.studentNames}
          newId={newId}
          cardsUrl={planId ? `/classes/${classId}/plans/${planId}/playlists` : null}
          unsaved={dirty}
          onChange={(fn) => update((d) => ({ ...d, body: { ...d.body, playlist: fn(d.body.playlist ?? []) } }))}
        />
      )}
      <StationsEditor
        stations={draft.body.stations}
        groups={draft.body.groups}
        adults={data.cls.adults ?? []}
        onChange={setStations}
        onAdd={() => setStations([...draft.body.stations, newStation(newId, draft.body.stations.length)])}
        showRooms={draft.body.model === 'lab'}
        onMirror={() => setStations(mirrorStations(draft.body.stations, newId))}
        onUnmirror={() => setStations(unmirrorStations(draft.body.stations))}
        onRemove={(index) => {
          const gone = draft.body.stations[index];
          if (!gone) return;
          update((d) => ({ ...d, body: { ...d.body, stations: d.body.stations.filter((s) => s.id !== gone.id) } }), {
            toast: `Removed the station “${gone.name || `Station ${index + 1}`}”.`,
          });
        }}
      />

      {planId && <PlanFeedback planId={planId} />}
      {planId && <ExportPlanDialog planId={planId} open={exportOpen} onClose={() => setExportOpen(false)} unsavedChanges={dirty} />}

      <SavePlayDialog open={playDialog} defaultName={title} onClose={() => setPlayDialog(false)} onSave={saveAsPlay} />
    </section>
  );
}

/** Ctrl+S runs the editor's Save (the newest one, so it saves the draft on screen). */
function SaveShortcut({ save }: { save: () => Promise<void> }) {
  useSaveShortcut(save);
  return null;
}
