import { isDesktop } from '../bridge';
import { canPickFolder, pickFolderFiles } from '../bridge/browserFolder';
import { getFolders, setReviewFolder } from '../db/folders';
import { useLive } from '../db/live';
import { errorMessage, toast } from '../ui/toasts';
import { useChooseFolder } from '../ui/useChooseFolder';
import type { FolderFile } from './folderFiles';

/**
 * The school's shared folder, from the coach's side. On the desktop Blendwise watches it: new and
 * changed plans appear here by themselves, and reviews are written back beside them. In a browser
 * the coach picks the folder (or several files) whenever they want the latest.
 */
export function ReviewFolder({ busy, onPicked }: { busy: boolean; onPicked: (files: FolderFile[]) => Promise<void> }) {
  const folders = useLive(() => getFolders(), []);
  const { choosing, choose } = useChooseFolder(
    'Choose the folder teachers share their plans in',
    setReviewFolder,
    (chosen) => `Watching ${chosen}: plans teachers save there open here by themselves.`,
  );

  if (isDesktop) {
    const folder = folders?.reviewFolder ?? '';
    return (
      <section className="rv-folder" aria-labelledby="rv-folder-title">
        <h2 id="rv-folder-title" className="section-title">
          Review folder
        </h2>
        <p className="small-text">
          {folder ? (
            <>
              Watching <code>{folder}</code>. Plans teachers save there open here, and each review you write goes back beside its plan.
            </>
          ) : (
            'Choose the folder teachers save their plans in (the school’s OneDrive, Google Drive or network share): new and changed plans then appear here without opening them.'
          )}
        </p>
        <div className="actions">
          <button type="button" className="secondary" disabled={choosing} onClick={() => void choose()}>
            {folder ? 'Choose another folder…' : 'Choose review folder…'}
          </button>
          {folder && (
            <button type="button" className="secondary" onClick={() => void setReviewFolder('')}>
              Stop watching
            </button>
          )}
        </div>
      </section>
    );
  }

  if (!canPickFolder) return null;
  const pick = async () => {
    try {
      const files = await pickFolderFiles();
      if (files.length > 0) await onPicked(files.map((f) => ({ folder: '', file: f.name, data: f.data })));
    } catch (e) {
      toast.error(`The folder was not read: ${errorMessage(e)}`);
    }
  };
  return (
    <button type="button" className="secondary" disabled={busy} onClick={() => void pick()}>
      Open a folder of plans…
    </button>
  );
}
