import type { ReactNode } from 'react';

type Props = {
  fileName: string;
  /** what the file holds, as the importer counts it: "6 rows", "3 rows with 5 scores" */
  counted: ReactNode;
  accepted: number;
  leftOut: number;
};

/** "quiz.csv: 6 rows. 4 will be imported; 2 have problems and will be left out." */
export function ImportSummary({ fileName, counted, accepted, leftOut }: Props) {
  return (
    <div className="import-summary" role="status">
      <strong>{fileName}</strong>: {counted}. <strong>{accepted.toLocaleString('en-US')}</strong> will be imported
      {leftOut > 0 && (
        <>
          ; <strong>{leftOut.toLocaleString('en-US')}</strong>{' '}
          {leftOut === 1 ? 'has a problem and will be left out' : 'have problems and will be left out'}
        </>
      )}
      .
    </div>
  );
}
