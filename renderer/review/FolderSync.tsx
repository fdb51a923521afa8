import { useEffect, useRef } from 'react';
import type { FolderEvent } from '../../shared';
import { bridge, isDesktop } from '../bridge';
import { getFolders } from '../db/folders';
import { useLive } from '../db/live';
import { getReviewerName } from '../db/reviews';
import { errorMessage, toast } from '../ui/toasts';
import { outcomeWords, takeFolderFiles, type FolderFile } from './folderFiles';

/** A sync client writes a batch of files at once: they are read together, in one transaction. */
const BATCH_MS = 300;

/**
 * Desktop only: keeps the chosen folders watched while the app runs. New and changed bundles in
 * the review folder open for review; a review written back about one of this Blendwise's plans
 * lands beside it, from either folder.
 */
export function FolderSync() {
  const folders = useLive(() => getFolders(), []);
  const pending = useRef<FolderFile[]>([]);
  const reviewFolder = folders?.reviewFolder ?? '';
  const exportFolder = folders?.exportFolder ?? '';

  useEffect(() => {
    if (!isDesktop || folders === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = async () => {
      const batch = pending.current;
      pending.current = [];
      try {
        const outcome = await takeFolderFiles(batch, {
          openBundles: (folder) => reviewFolder !== '' && folder === reviewFolder,
          reviewer: await getReviewerName(),
          skipOwnPlans: true,
        });
        const words = outcomeWords(outcome);
        if (words) toast.success(words);
        for (const p of outcome.problems) toast.error(`${p.file} in the shared folder was not read: ${p.problem}`);
      } catch (e) {
        toast.error(`Files from the shared folder were not read: ${errorMessage(e)}`);
      }
    };
    const off = bridge.onFolderEvent((event: FolderEvent) => {
      if (event.kind === 'problem') {
        toast.error(event.file ? `${event.file} in the shared folder: ${event.message}` : event.message);
        return;
      }
      // A file taken away keeps its review here: nothing the coach wrote is lost.
      if (event.kind !== 'file') return;
      pending.current.push({ folder: event.folder, file: event.file, data: event.data });
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), BATCH_MS);
    });
    const watched = [...new Set([reviewFolder, exportFolder].filter(Boolean))];
    bridge.watchFolders({ folders: watched }).catch((e: unknown) => toast.error(errorMessage(e)));
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [folders === undefined, reviewFolder, exportFolder]); // eslint-disable-line react-hooks/exhaustive-deps -- the folders' paths are what matter
  return null;
}
