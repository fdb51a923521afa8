import { useEffect, useState } from 'react';
import { useMatch, useNavigate } from 'react-router';
import { format } from 'date-fns';
import type { AppInfo, MenuCommand } from '../../shared';
import { bridge } from '../bridge';
import { exportRosterCsv } from '../roster/exportRoster';
import { saveBackupFile } from '../settings/saveBackup';
import { savePageAsPdf } from '../ui/savePdf';
import { Dialog } from '../ui/Dialog';
import { errorMessage, toast } from '../ui/toasts';

/** What the application menu (desktop) asks for, carried out in the screen the teacher is on. */
export function MenuCommands() {
  const navigate = useNavigate();
  const match = useMatch('/classes/:classId/*');
  const classId = match?.params.classId;
  const [about, setAbout] = useState<AppInfo | null>(null);

  useEffect(() => {
    const run = async (command: MenuCommand) => {
      try {
        switch (command) {
          case 'import':
            if (classId) navigate(`/classes/${classId}/import`);
            else toast.info('Open a class first, then import its roster.');
            break;
          case 'export':
            if (classId) await exportRosterCsv(classId);
            else toast.info('Open a class first, then export its roster.');
            break;
          case 'print':
            await savePageAsPdf('the page', `Blendwise ${format(new Date(), 'yyyy-MM-dd')}.pdf`);
            break;
          case 'backup': {
            const info = await bridge.appInfo();
            if (await saveBackupFile(info.version)) toast.success('Backup saved.');
            break;
          }
          case 'about':
            setAbout(await bridge.appInfo());
            break;
          case 'settings':
            navigate('/settings');
            break;
          case 'restore':
            // Settings opens the picker and asks before anything is replaced.
            navigate('/settings?restore=1');
            break;
          case 'openReview':
            // Reviews opens the file picker itself, so the coach lands where the plans are listed.
            navigate('/reviews?open=1');
            break;
        }
      } catch (error) {
        toast.error(errorMessage(error));
      }
    };
    return bridge.onMenuCommand((command) => void run(command));
  }, [classId, navigate]);

  return (
    <Dialog title="About Blendwise" open={!!about} onClose={() => setAbout(null)}>
      {about && (
        <p>
          Blendwise {about.version} ({about.shell}, {about.platform}). Everything you enter stays on this computer.
        </p>
      )}
    </Dialog>
  );
}
