// Telling a School Data Sync v2.1 export from OneRoster before reading it: SDS has no manifest and
// signs of its own. A OneRoster bundle always wins when it has a manifest.
import { headerKey } from '../headers';

const firstLine = (text: string) => text.replace(/^\uFEFF+/, '').split(/\r\n?|\n/, 1)[0] ?? '';
const headerKeys = (text: string) => new Set(firstLine(text).split(/[,;\t]/).map((h) => headerKey(h.replace(/^"|"$/g, ''))));

/** True when the files look like SDS v2.1 rather than OneRoster. */
export function looksLikeSds(files: Record<string, string>): boolean {
  const byName = new Map<string, string>();
  for (const [path, text] of Object.entries(files)) {
    const name = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
    if (!byName.has(name)) byName.set(name, String(text ?? ''));
  }
  if (byName.has('manifest.csv')) return false;
  let signs = 0;
  if (byName.has('relationships.csv') || byName.has('userflags.csv')) signs += 2;
  const users = byName.get('users.csv');
  if (users !== undefined) {
    const keys = headerKeys(users);
    if (keys.has('activedirectorymatchid')) signs += 2;
    if (!keys.has('role') && !keys.has('enableduser') && !keys.has('status')) signs++;
  }
  const roles = byName.get('roles.csv');
  if (roles !== undefined) {
    const keys = headerKeys(roles);
    if (keys.has('sessionsourcedid') || keys.has('rolestartdate') || keys.has('isprimary')) signs++;
  }
  const classes = byName.get('classes.csv');
  if (classes !== undefined && headerKeys(classes).has('sessionsourcedids')) signs++;
  const enrollments = byName.get('enrollments.csv');
  if (enrollments !== undefined && !headerKeys(enrollments).has('sourcedid')) signs++;
  return signs >= 2;
}
