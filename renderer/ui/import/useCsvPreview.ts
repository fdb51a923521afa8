import { useMemo, useState } from 'react';
import { readCsvTable, type CsvTable, type OpenedFile } from '../../../shared';
import { errorMessage, toast } from '../toasts';
import { decodeText, type TextEncodingChoice } from './decodeText';
import { pickCsvFile } from './pickCsv';

/**
 * The shared steps of every CSV import: pick a file, decode it, read the table, guess the column
 * mapping, and let the teacher correct it. What a row means is left to `preview`.
 */
export function useCsvPreview<M, P>(detect: (headers: string[]) => M, preview: (table: CsvTable, mapping: M) => P) {
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [encoding, setEncoding] = useState<TextEncodingChoice>('auto');
  const [mappingOverride, setMapping] = useState<M | null>(null);

  const decoded = useMemo(() => (file ? decodeText(file.data, encoding) : null), [file, encoding]);
  const table = useMemo(() => (decoded && file ? readCsvTable(decoded.text, file.name) : null), [decoded, file]);
  const detected = useMemo(() => (table ? detect(table.headers) : null), [table, detect]);
  const mapping = mappingOverride ?? detected;
  const result = useMemo(() => (table && mapping ? preview(table, mapping) : null), [table, mapping, preview]);

  const choose = async (title: string) => {
    try {
      const picked = await pickCsvFile(title);
      if (!picked) return;
      setFile(picked);
      setEncoding('auto');
      setMapping(null);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return { file, encoding, setEncoding, decoded, table, mapping, setMapping, result, choose, reset: () => setFile(null) };
}
