import { useMemo } from 'react';
import { levelFor, type MasteryScale } from '../../../shared';
import type { ResultsPreviewRow } from '../../../shared/import/resultsCsv';
import type { ImportWorkerClient } from '../../ui/import/importWorkerClient';
import type { KeptRows } from '../../ui/import/keptPreview';
import { KeptRowsPreview } from '../../ui/import/KeptRowsPreview';
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

type Props = { worker: ImportWorkerClient; rows: KeptRows<ResultsPreviewRow>; scale: MasteryScale };

/** Every score the file would record, in file order, the rows with problems marked: pages of them, from the worker that keeps them. */
export function ResultsPreviewTable({ worker, rows, scale }: Props) {
  const cols = useMemo(() => columns(scale), [scale]);
  return <KeptRowsPreview worker={worker} rows={rows} columns={cols} withProblems className="results-preview" />;
}
