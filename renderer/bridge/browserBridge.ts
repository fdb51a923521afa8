import type { AppInfo, Bridge, MenuCommand, OpenFilesArgs, OpenedFile, PrintToPdfArgs, SaveFileArgs, SaveResult, WriteFolderFileArgs } from '../../shared';
import { MAX_OPEN_FILE_BYTES } from '../../shared';

// The same contract as the desktop preload, built from what a plain browser offers:
// a file input, a download link and window.print. This is how the e2e tests drive the app.

function pickFiles(args: OpenFilesArgs): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = !!args.multiple;
    input.accept = args.filters.flatMap((f) => f.extensions.filter((e) => e !== '*').map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

async function openFiles(args: OpenFilesArgs): Promise<OpenedFile[]> {
  return readPicked(await pickFiles(args));
}

/** The picked files' bytes, refusing the whole pick when one is too big to read. */
export async function readPicked(files: File[]): Promise<OpenedFile[]> {
  const tooBig = files.find((f) => f.size > MAX_OPEN_FILE_BYTES);
  if (tooBig) throw new Error(`${tooBig.name} is larger than ${MAX_OPEN_FILE_BYTES / 1024 / 1024} MB: pick a smaller file.`);
  return Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })));
}

async function saveFile(args: SaveFileArgs): Promise<SaveResult> {
  const blob = new Blob([args.data as BlobPart], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = args.suggestedName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true };
}

async function printToPdf(_args: PrintToPdfArgs): Promise<SaveResult> {
  // The browser's print dialog offers "Save as PDF"; whether the user saved is not knowable here.
  window.print();
  return { saved: false };
}

const menuListeners = new Set<(command: MenuCommand) => void>();

/** A browser cannot keep a folder: the review is offered as a download under the name it would have had there. */
async function writeFolderFile(args: WriteFolderFileArgs): Promise<SaveResult> {
  const name = args.file.split('/').pop() ?? args.file;
  return saveFile({ suggestedName: name, data: args.data, filters: [] });
}

export const browserBridge: Bridge = {
  openFiles,
  saveFile,
  printToPdf,
  async appInfo(): Promise<AppInfo> {
    return { name: 'Blendwise', version: __APP_VERSION__, shell: 'browser', platform: navigator.platform };
  },
  onMenuCommand(listener) {
    menuListeners.add(listener);
    return () => menuListeners.delete(listener);
  },
  // No folder dialog and no watching in a browser: the coach picks the files instead.
  chooseFolder: async () => null,
  watchFolders: async () => undefined,
  onFolderEvent: () => () => undefined,
  writeFolderFile,
};
