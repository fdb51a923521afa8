import { countOf } from '../../../shared';
import { useImportProgress } from './importProgressStore';

const number = (n: number) => n.toLocaleString('en-US');

/** "Reading skills.csv… 43 % (120,000 rows so far)" with a bar and Cancel, while a file is read. */
export function ImportProgress() {
  const { progress, cancel } = useImportProgress();
  if (!progress) return null;
  const percent = progress.fraction === null ? null : Math.min(100, Math.floor(progress.fraction * 100));
  const label = `${progress.step}…`;
  return (
    <div className="banner import-progress" role="group" aria-label="Reading the file">
      <div className="import-progress-text">
        <strong>{label}</strong> {percent !== null && <span>{percent} %</span>}
        {progress.count !== undefined && (
          <span className="muted">
            {' '}
            ({progress.total === undefined ? number(progress.count) : countOf(progress.count, progress.total)} {progress.countLabel ?? 'rows'})
          </span>
        )}
      </div>
      <progress aria-label={label} max={100} value={percent ?? undefined} />
      {cancel && (
        <button type="button" className="secondary" onClick={cancel}>
          Cancel reading
        </button>
      )}
    </div>
  );
}
