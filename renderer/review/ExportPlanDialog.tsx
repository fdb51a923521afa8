import { useState } from 'react';
import { groupsCsv, masteryGridCsv, scheduleCsv, serializeBundle } from '../../shared';
import { bridge } from '../bridge';
import { Dialog } from '../ui/Dialog';
import { errorMessage, toast } from '../ui/toasts';
import { buildPlanBundle } from './exportData';
import { safeFileName } from '../ui/fileName';

type Props = { planId: string; open: boolean; onClose: () => void; unsavedChanges?: boolean };

type Kind = 'bundle' | 'groups' | 'schedule' | 'mastery';

/** Export a saved plan: the plan bundle a coach opens, or spreadsheets of its groups, schedule and mastery. */
export function ExportPlanDialog({ planId, open, onClose, unsavedChanges }: Props) {
  const [pseudonyms, setPseudonyms] = useState(false);
  const [busy, setBusy] = useState<Kind | null>(null);

  const run = async (kind: Kind) => {
    setBusy(kind);
    try {
      const info = await bridge.appInfo();
      const bundle = await buildPlanBundle(planId, pseudonyms, info.version);
      const { content } = bundle;
      const date = content.plan.date || new Date().toISOString().slice(0, 10);
      const base = safeFileName(content.plan.title);
      const csv = { name: 'Spreadsheet (CSV)', extensions: ['csv'] };
      const file =
        kind === 'bundle'
          ? { suggestedName: `${base} ${date}.blendwise`, data: serializeBundle(bundle), filters: [{ name: 'Blendwise plan', extensions: ['blendwise'] }] }
          : kind === 'groups'
            ? { suggestedName: `${base} groups.csv`, data: groupsCsv(content), filters: [csv] }
            : kind === 'schedule'
              ? { suggestedName: `${base} schedule.csv`, data: scheduleCsv(content.plan.body), filters: [csv] }
              : { suggestedName: `${base} mastery.csv`, data: masteryGridCsv(content.students, content.skills, content.mastery.summaries), filters: [csv] };
      const result = await bridge.saveFile({ title: 'Export plan', ...file });
      if (result.saved) toast.success(`Exported ${file.suggestedName}.`);
    } catch (e) {
      toast.error(`Nothing was exported: ${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog title="Export plan" open={open} onClose={onClose}>
      {unsavedChanges && <p className="banner warning">This plan has unsaved changes: the export holds the saved version.</p>}
      <section className="rv-export-section" aria-labelledby="rv-export-bundle">
        <h3 id="rv-export-bundle">Plan bundle (.blendwise)</h3>
        <p className="small-text muted">For a coach or colleague: the schedule, the groups and the mastery data behind them, in one file.</p>
        <label className="rv-check">
          <input type="checkbox" checked={pseudonyms} onChange={(e) => setPseudonyms(e.target.checked)} />
          Replace student names with pseudonyms (Student 01…)
        </label>
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
