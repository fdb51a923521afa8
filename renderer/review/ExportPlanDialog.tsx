import { useEffect, useState } from 'react';
import { groupsCsv, masteryGridCsv, scheduleCsv, serializeBundle, type PlanBundle, type ScrubReport } from '../../shared';
import { bridge } from '../bridge';
import { getFolders } from '../db/folders';
import { Dialog } from '../ui/Dialog';
import { errorMessage, toast } from '../ui/toasts';
import { buildPlanBundle } from './exportData';
import { safeFileName } from '../ui/fileName';
import { replacedSentence, toCheckSentence } from './pseudonymReport';

type Props = { planId: string; open: boolean; onClose: () => void; unsavedChanges?: boolean };

type Kind = 'bundle' | 'groups' | 'schedule' | 'mastery';

type Preview =
  | { state: 'checking' }
  | { state: 'ready'; report: ScrubReport; fileName: string }
  | { state: 'failed'; message: string };

/** The file of one kind, named from the bundle's own title: with pseudonyms, the title without names. */
function exportFile(bundle: PlanBundle, kind: Kind): { suggestedName: string; data: string; filters: { name: string; extensions: string[] }[] } {
  const { content } = bundle;
  const date = content.plan.date || new Date().toISOString().slice(0, 10);
  const base = safeFileName(content.plan.title, 'Plan');
  const csv = [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }];
  switch (kind) {
    case 'bundle':
      return { suggestedName: `${base} ${date}.blendwise`, data: serializeBundle(bundle), filters: [{ name: 'Blendwise plan', extensions: ['blendwise'] }] };
    case 'groups':
      return { suggestedName: `${base} groups.csv`, data: groupsCsv(content), filters: csv };
    case 'schedule':
      return { suggestedName: `${base} schedule.csv`, data: scheduleCsv(content.plan.body), filters: csv };
    case 'mastery':
      return { suggestedName: `${base} mastery.csv`, data: masteryGridCsv(content.students, content.skills, content.mastery.summaries), filters: csv };
  }
}

/**
 * Export a saved plan: the plan bundle a coach opens, or spreadsheets of its groups, schedule and
 * mastery. With pseudonyms, every file (and its name) carries them, and the dialog first shows what
 * was replaced and which words left could still be names, so the teacher can check.
 */
export function ExportPlanDialog({ planId, open, onClose, unsavedChanges }: Props) {
  const [pseudonyms, setPseudonyms] = useState(false);
  const [busy, setBusy] = useState<Kind | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);

  useEffect(() => {
    if (!open || !pseudonyms) return;
    let live = true;
    void (async () => {
      try {
        const info = await bridge.appInfo();
        const { bundle, report } = await buildPlanBundle(planId, true, info.version);
        if (live && report) setPreview({ state: 'ready', report, fileName: exportFile(bundle, 'bundle').suggestedName });
      } catch (e) {
        if (live) setPreview({ state: 'failed', message: errorMessage(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [open, pseudonyms, planId]);

  const choosePseudonyms = (on: boolean) => {
    setPseudonyms(on);
    setPreview(on ? { state: 'checking' } : null);
  };

  const run = async (kind: Kind) => {
    setBusy(kind);
    try {
      const info = await bridge.appInfo();
      const { bundle } = await buildPlanBundle(planId, pseudonyms, info.version);
      const file = exportFile(bundle, kind);
      // The teacher's shared folder is where the save dialog starts (the desktop checks it was chosen).
      const { exportFolder } = await getFolders();
      const result = await bridge.saveFile({ title: 'Export plan', ...file, ...(exportFolder ? { folder: exportFolder } : {}) });
      if (result.saved) toast.success(`Exported ${file.suggestedName}${pseudonyms ? ', with pseudonyms' : ''}.`);
    } catch (e) {
      toast.error(`Nothing was exported: ${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog title="Export plan" open={open} onClose={onClose}>
      {unsavedChanges && <p className="banner warning">This plan has unsaved changes: the export holds the saved version.</p>}
      <label className="rv-check">
        <input type="checkbox" checked={pseudonyms} onChange={(e) => choosePseudonyms(e.target.checked)} />
        Replace student names with pseudonyms (Student 01…) in the bundle and the spreadsheets
      </label>
      {pseudonyms && (
        <section className="banner" aria-labelledby="rv-export-replaced" aria-live="polite">
          <h3 id="rv-export-replaced" className="section-title">
            What the pseudonyms replace
          </h3>
          {preview?.state === 'checking' && <p>Looking for students’ names in the plan…</p>}
          {preview?.state === 'failed' && <p role="alert">The plan cannot be exported with pseudonyms: {preview.message}.</p>}
          {preview?.state === 'ready' && (
            <>
              <p>{replacedSentence(preview.report)}</p>
              <p>{toCheckSentence(preview.report)}</p>
              <p className="small-text muted">The plan bundle will be named “{preview.fileName}”.</p>
            </>
          )}
        </section>
      )}
      <section className="rv-export-section" aria-labelledby="rv-export-bundle">
        <h3 id="rv-export-bundle">Plan bundle (.blendwise)</h3>
        <p className="small-text muted">For a coach or colleague: the schedule, the groups and the mastery data behind them, in one file.</p>
        <div className="actions">
          <button type="button" disabled={busy !== null} onClick={() => void run('bundle')}>
            Export plan bundle
          </button>
        </div>
      </section>
      <section className="rv-export-section" aria-labelledby="rv-export-csv">
        <h3 id="rv-export-csv">Spreadsheets (CSV)</h3>
        <div className="actions">
          <button type="button" className="secondary" disabled={busy !== null} onClick={() => void run('groups')}>
            Groups CSV
          </button>
          <button type="button" className="secondary" disabled={busy !== null} onClick={() => void run('schedule')}>
            Schedule CSV
          </button>
          <button type="button" className="secondary" disabled={busy !== null} onClick={() => void run('mastery')}>
            Mastery grid CSV
          </button>
        </div>
      </section>
    </Dialog>
  );
}
