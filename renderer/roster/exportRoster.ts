import { plural, toCsv } from '../../shared';
import { bridge } from '../bridge';
import { listRoster } from '../db/students';
import { toast } from '../ui/toasts';
import { getClass } from '../db/classes';

export async function exportRosterCsv(classId: string): Promise<void> {
  const cls = await getClass(classId);
  const roster = await listRoster(classId);
  const rows = [
    ['Last name', 'First name', 'Preferred name', 'Student ID', 'Email', 'Section'],
    ...roster.map(({ student: s, enrollment: e }) => [s.familyName, s.givenName, s.preferredName, s.studentNumber, s.email, e.section]),
  ];
  const result = await bridge.saveFile({
    suggestedName: `${cls?.name ?? 'Class'} roster.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    data: toCsv(rows),
  });
  if (result.saved) toast.success(`Exported ${plural(roster.length, 'student')}.`);
}
