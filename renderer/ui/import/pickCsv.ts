import type { OpenedFile } from '../../../shared';
import { bridge } from '../../bridge';

export async function pickCsvFile(title: string): Promise<OpenedFile | null> {
  const files = await bridge.openFiles({
    title,
    filters: [
      { name: 'CSV or text', extensions: ['csv', 'txt', 'tsv'] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  return files[0] ?? null;
}
