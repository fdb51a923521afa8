import type { AppInfo, Bridge, MenuCommand, OpenFilesArgs, OpenedFile, PrintToPdfArgs, SaveFileArgs, SaveResult } from '../../shared';
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
  const files = await pickFiles(args);
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
};
