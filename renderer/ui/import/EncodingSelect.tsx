import { useId } from 'react';
import type { TextEncodingChoice } from './decodeText';

export function EncodingSelect({ value, onChange }: { value: TextEncodingChoice; onChange: (v: TextEncodingChoice) => void }) {
  const id = useId();
  return (
    <div className="field inline">
      <label htmlFor={id}>Text encoding</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as TextEncodingChoice)}>
        <option value="auto">Automatic (UTF-8)</option>
        <option value="utf-8">UTF-8</option>
        <option value="windows-1252">Windows-1252 (older Excel CSV)</option>
      </select>
    </div>
  );
}
