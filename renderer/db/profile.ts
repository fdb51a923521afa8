// Who uses this Blendwise: the teacher's profile (written into every plan bundle as its author)
// and whether they chose to use it as a coach on the first-run path.
import type { TeacherProfile } from '../../shared';
import { getSetting, setSetting } from './settings';

export const EMPTY_PROFILE: TeacherProfile = { name: '', school: '', email: '' };

export async function getTeacherProfile(): Promise<TeacherProfile> {
  return (await getSetting('teacherProfile')) ?? EMPTY_PROFILE;
}

export async function setTeacherProfile(profile: TeacherProfile): Promise<void> {
  await setSetting('teacherProfile', {
    name: profile.name.trim(),
    school: profile.school.trim(),
    email: profile.email.trim(),
  });
}

export type AppRole = 'teacher' | 'coach';

export async function getAppRole(): Promise<AppRole> {
  return (await getSetting('appRole')) ?? 'teacher';
}

export async function setAppRole(role: AppRole): Promise<void> {
  await setSetting('appRole', role);
}
