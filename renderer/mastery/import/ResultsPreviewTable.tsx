import { levelFor, type MasteryScale } from '../../../shared';
import type { ResultsPreviewRow } from '../../../shared/import/resultsCsv';
import { ProblemRowsPreview } from '../../ui/import/ProblemRowsPreview';
import type { PreviewColumn } from '../../ui/import/PreviewTable';

function columns(scale: MasteryScale): PreviewColumn<ResultsPreviewRow>[] {
  return [
    { header: 'Student', cell: (r) => r.studentLabel },
    { header: 'Skill', cell: (r) => r.skillCode, mono: true },
    {
      header: 'Score',
      cell: (r) => (r.score === null ? '' : `${r.score} · ${levelFor(r.score, scale)?.label ?? ''}`),
    },
    { header: 'Original', cell: (r) => r.raw, mono: true },
    { header: 'Read as', cell: (r) => r.reading ?? '' },
    { header: 'Date', cell: (r) => r.date, mono: true },
    { header: 'Source', cell: (r) => r.source },
  ];
}

/** Every score the file would record, in file order, the rows with problems marked. */
export function ResultsPreviewTable({ rows, scale }: { rows: ResultsPreviewRow[]; scale: MasteryScale }) {
  return <ProblemRowsPreview rows={rows} columns={columns(scale)} className="results-preview" />;
}
