import { Link } from 'react-router';
import { ImportProgress } from './ImportProgress';

type Props = {
  titleId: string;
  title: string;
  /** the class or framework the file goes into */
  into: string;
  fileChosen: boolean;
  onChoose: () => void;
  chooseDisabled?: boolean;
  cancelTo: string;
};

export function CsvImportHeader({
  titleId,
  title,
  into,
  fileChosen,
  onChoose,
  chooseDisabled,
  cancelTo,
}: Props) {
  return (
    <>
      <header className="page-header">
        <div>
          <h1 id={titleId}>{title}</h1>
          <p className="muted">into {into}</p>
        </div>
        <div className="actions">
          <button
            type="button"
            className={fileChosen ? 'secondary' : undefined}
            disabled={chooseDisabled}
            onClick={onChoose}
          >
            {fileChosen ? 'Choose another file…' : 'Choose CSV file…'}
          </button>
          <Link className="button secondary" to={cancelTo}>
            Cancel
          </Link>
        </div>
      </header>
      <ImportProgress />
    </>
  );
}
