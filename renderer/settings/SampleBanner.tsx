import { useLive } from '../db/live';
import { getSetting, setSetting, SETTING } from '../db/settings';
import { ClearSampleControl } from './ClearSampleControl';
import { CoachChoice } from './CoachChoice';
import { useSamplePresent } from './useSample';

/** On first run the teacher sees why there is already a class, and can keep it or clear it. */
export function SampleBanner() {
  const present = useSamplePresent();
  const dismissed = useLive(() => getSetting<boolean>(SETTING.sampleBannerDismissed), []);
  if (!present || dismissed !== undefined) return null;
  return (
    <div className="banner" role="region" aria-label="Sample class">
      <p>
        <strong>Welcome to Blendwise.</strong> We loaded a sample class (grade 6 math, 28 students, a few weeks of
        evidence) so you can look around. Keep it to explore, or clear it and start with your own class. Reviewing other
        teachers’ plans as a coach? Choose “I am a coach”: the sample goes and Reviews opens.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void setSetting(SETTING.sampleBannerDismissed, true)}>
          Keep the sample
        </button>
        <ClearSampleControl onCleared={() => void setSetting(SETTING.sampleBannerDismissed, true)} />
        <CoachChoice />
      </div>
    </div>
  );
}
