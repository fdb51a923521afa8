import { useState } from 'react';
import { errorMessage, toast } from '../ui/toasts';

/**
 * "Back up now" where a screen broke: the same backup as Settings → Save a backup. Its code loads
 * on the click, so the error screen itself needs nothing that might be what broke.
 */
export function BackUpNow() {
  const [busy, setBusy] = useState(false);
  const backUp = async () => {
    setBusy(true);
    try {
      const [{ bridge }, { saveBackupFile }] = await Promise.all([import('../bridge'), import('../settings/saveBackup')]);
      const info = await bridge.appInfo();
      if (await saveBackupFile(info.version)) toast.success('Backup saved.');
    } catch (error) {
      toast.error(`Could not save the backup: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={() => void backUp()} disabled={busy}>
      {busy ? 'Backing up…' : 'Back up now'}
    </button>
  );
}
