import { checkFileSize, CSV_IMPORT_MAX_BYTES, type OpenedFile } from '../../../shared';
import { bridge } from '../../bridge';

/**
 * One CSV the teacher picks, refused (a FileTooLargeError in plain words) when it is larger than
 * an import can take, before anything decodes or parses it.
 */
export async function pickCsvFile(title: string): Promise<OpenedFile | null> {
  const files = await bridge.openFiles({
    title,
    filters: [
      { name: 'CSV or text', extensions: ['csv', 'txt', 'tsv'] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  const file = files[0];
  if (!file) return null;
  checkFileSize({ name: file.name, size: file.data.length }, CSV_IMPORT_MAX_BYTES);
  return file;
}
