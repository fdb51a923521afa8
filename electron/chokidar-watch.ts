// The real folder watcher behind createFolderHandlers (Node only, no Electron): chokidar, told to
// look only at plan bundles and review files, one folder deep.
import path from 'node:path';
import { watch } from 'chokidar';
import { FOLDER_DEPTH, isFolderFileName } from '../shared/bridge';
import type { StartWatch } from './folder-watch';

/** A Windows network share (\\server\share): file events do not cross SMB reliably, so it is polled. */
const isNetworkShare = (folder: string) => /^\\\\[^\\]+\\/.test(folder);

export const chokidarWatch: StartWatch = (folder, onChange, onError) => {
  const polled = isNetworkShare(folder);
  const watcher = watch(folder, {
    depth: FOLDER_DEPTH,
    // Sync clients (OneDrive, Google Drive) write a file in pieces: report it once it stops growing.
    awaitWriteFinish: { stabilityThreshold: 500, pollInterval: 100 },
    ignorePermissionErrors: true,
    ...(polled ? { usePolling: true, interval: 3000 } : {}),
    ignored: (file, stats) => !!stats?.isFile() && !isFolderFileName(path.basename(file)),
  });
  watcher.on('add', (file) => onChange('add', file));
  watcher.on('change', (file) => onChange('change', file));
  watcher.on('unlink', (file) => onChange('unlink', file));
  watcher.on('error', onError);
  return { close: () => watcher.close() };
};
