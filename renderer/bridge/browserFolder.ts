// A folder picked in the browser build (Chromium and Edge read a whole folder through a file
// input); the desktop watches its folder instead. Only plan bundles and review files are kept.
import { isFolderFileName, type OpenedFile } from '../../shared';
import { readPicked } from './browserBridge';

export const canPickFolder = typeof HTMLInputElement !== 'undefined' && 'webkitdirectory' in HTMLInputElement.prototype;

/** Every bundle and review in the folder the user picks (one level of subfolders), named relative to it; [] when cancelled. */
export function pickFolderFiles(): Promise<OpenedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.webkitdirectory = true;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).filter((f) => isFolderFileName(inFolder(f)));
      input.remove();
      readPicked(files)
        .then((read) => resolve(read.map((r, i) => ({ ...r, name: inFolder(files[i]!) }))))
        .catch(reject);
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** "Shared/Ana/plan.blendwise" -> "Ana/plan.blendwise": the path below the picked folder. */
function inFolder(file: File): string {
  const parts = (file.webkitRelativePath || file.name).split('/');
  return parts.length > 1 ? parts.slice(1).join('/') : parts[0]!;
}
