import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared';
import { bridge } from '../bridge';
import { errorMessage, toast } from '../ui/toasts';
import { RestoreBackup } from './RestoreBackup';
import { saveBackupFile } from './saveBackup';
import { ClearSampleControl } from './ClearSampleControl';
import { loadSample, useSamplePresent } from './useSample';
import { SharedFolderSetting } from './SharedFolderSetting';
import { TeacherProfileForm } from './TeacherProfileForm';

export function SettingsPage() {
  const present = useSamplePresent();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void bridge.appInfo().then(setInfo);
  }, []);

  const backup = async () => {
    try {
      if (await saveBackupFile(info?.version ?? '')) toast.success('Backup saved.');
    } catch (error) {
      toast.error(`Could not save the backup: ${errorMessage(error)}`);
    }
  };

  return (
    <section className="page" aria-labelledby="settings-title">
      <header className="page-header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <TeacherProfileForm />
      <SharedFolderSetting />
      <section className="card" aria-labelledby="sample-title">
        <h2 id="sample-title">Sample class</h2>
        <p>
          A grade 6 math class with 28 students, 12 ratio-and-proportion skills and a few weeks of evidence, for trying
          things out. It is kept apart from your own classes.
        </p>
        {present === false && (
          <button type="button" onClick={() => void loadSample()}>
            Load the sample class
          </button>
        )}
        {present === true && <ClearSampleControl alwaysAsk />}
      </section>
      <section className="card" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p>
          Everything you enter is stored on this computer only, in the app&apos;s own database. Nothing is sent anywhere.
          Save a backup before you change computers; restore it on the new one.
        </p>
        <div className="actions">
          <button type="button" onClick={() => void backup()}>
            Save a backup…
          </button>
          <RestoreBackup appVersion={info?.version ?? ''} />
        </div>
      </section>
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">About</h2>
        <p>{info ? `Blendwise ${info.version} — ${info.shell === 'desktop' ? 'desktop app' : 'running in a browser'}` : '…'}</p>
      </section>
    </section>
  );
}
