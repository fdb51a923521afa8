import { isDesktop } from '../bridge';
import { getFolders, setExportFolder } from '../db/folders';
import { useLive } from '../db/live';
import { useChooseFolder } from '../ui/useChooseFolder';

/**
 * The teacher's export default: the school folder their coach reviews from. Bundles are saved
 * there unless the teacher picks elsewhere, and the reviews the coach writes back beside them
 * land beside the plans here by themselves.
 */
export function SharedFolderSetting() {
  const folders = useLive(() => getFolders(), []);
  const folder = folders?.exportFolder ?? '';
  const { choosing, choose } = useChooseFolder(
    'Choose the folder you share plans with your coach in',
    setExportFolder,
    (chosen) => `Plans are exported to ${chosen} from now on.`,
  );

  return (
    <section className="card" aria-labelledby="shared-folder-title">
      <h2 id="shared-folder-title">Shared folder</h2>
      {isDesktop ? (
        <>
          <p>
            {folder ? (
              <>
                Plan bundles are exported to <code>{folder}</code> unless you choose another place. When your coach writes a review
                back into it, the review appears beside your plan.
              </>
            ) : (
              'The folder you share plans with your coach in (the school’s OneDrive, Google Drive or network share). Exports go there, and the reviews your coach writes back appear beside your plans.'
            )}
          </p>
          <div className="actions">
            <button type="button" className="secondary" disabled={choosing} onClick={() => void choose()}>
              {folder ? 'Choose another folder…' : 'Choose shared folder…'}
            </button>
            {folder && (
              <button type="button" className="secondary" onClick={() => void setExportFolder('')}>
                Stop using it
              </button>
            )}
          </div>
        </>
      ) : (
        <p>
          In a browser, exports go to your downloads: move the plan bundle into the folder you share with your coach. To read
          their review, use “Import review…” on the plan and pick the files from that folder: the review of the plan lands
          beside it.
        </p>
      )}
    </section>
  );
}
