import { useId } from 'react';
import { CSV_ENCODINGS, encodingLabel, type CsvEncoding } from '../../../shared';
import type { TextEncodingChoice } from './decodeText';

export function EncodingSelect({
  value,
  onChange,
  detected,
}: {
  value: TextEncodingChoice;
  onChange: (v: TextEncodingChoice) => void;
  /** What the automatic choice found, shown beside it. */
  detected?: CsvEncoding;
}) {
  const id = useId();
  return (
    <div className="field inline">
      <label htmlFor={id}>Text encoding</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as TextEncodingChoice)}>
        <option value="auto">{detected ? `Automatic (found ${encodingLabel(detected)})` : 'Automatic'}</option>
        {CSV_ENCODINGS.map((encoding) => (
          <option key={encoding} value={encoding}>
            {encodingLabel(encoding)}
          </option>
        ))}
      </select>
    </div>
  );
}
