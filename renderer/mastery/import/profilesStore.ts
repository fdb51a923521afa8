// Assessment profiles live in one setting: a list, no schema change.
import type { AssessmentProfile } from '../../../shared/import/profiles';
import { getSetting, setSetting } from '../../db/settings';

export const PROFILES_SETTING = 'assessmentProfiles';

export async function loadProfiles(): Promise<AssessmentProfile[]> {
  const list = await getSetting<AssessmentProfile[]>(PROFILES_SETTING);
  return Array.isArray(list) ? list : [];
}

export async function saveProfiles(list: AssessmentProfile[]): Promise<void> {
  await setSetting(PROFILES_SETTING, list);
}
