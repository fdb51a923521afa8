import { useState } from 'react';
import { useNavigate } from 'react-router';
import { setAppRole } from '../db/profile';
import { setSetting, SETTING } from '../db/settings';
import { errorMessage, toast } from '../ui/toasts';
import { clearSample, sampleClearSummary } from './useSample';

/**
 * "I am a coach", on the first-run welcome: a coach reviews other teachers' plans and has no class
 * of their own, so the sample goes (with Undo, like any clear), Blendwise remembers the choice
 * (it then opens on Reviews) and the Reviews screen opens.
 */
export function CoachChoice() {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const choose = async () => {
    setBusy(true);
    try {
      const summary = await sampleClearSummary();
      if (summary && !(await clearSample(summary))) return;
      await setAppRole('coach');
      await setSetting(SETTING.sampleBannerDismissed, true);
      navigate('/reviews');
    } catch (e) {
      toast.error(`Could not set Blendwise up for a coach: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="secondary" disabled={busy} onClick={() => void choose()}>
      I am a coach
    </button>
  );
}
