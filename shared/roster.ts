import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max, `Keep it under ${max} characters.`);

export const classFieldsSchema = z.object({
  name: text(120).min(1, 'Give the class a name.'),
  subject: text(80),
  grade: text(40),
  term: text(80),
});
export type ClassFields = z.infer<typeof classFieldsSchema>;

export const studentFieldsSchema = z
  .object({
    givenName: text(100),
    familyName: text(100),
    preferredName: text(100),
    studentNumber: text(64),
    email: z.union([z.literal(''), z.string().trim().email('That email address does not look right.')]),
    notes: z.string().max(5000, 'Keep notes under 5000 characters.'),
  })
  .refine((s) => s.givenName.length > 0 || s.familyName.length > 0, {
    message: 'Give the student a first or last name.',
    path: ['givenName'],
  });
export type StudentFields = z.infer<typeof studentFieldsSchema>;

export const emptyStudentFields: StudentFields = {
  givenName: '',
  familyName: '',
  preferredName: '',
  studentNumber: '',
  email: '',
  notes: '',
};

export const skillFieldsSchema = z.object({
  code: text(60).min(1, 'Give the skill a code, such as 6.RP.A.1.'),
  statement: text(2000).min(1, 'Say what the skill is.'),
  parentId: z.string().nullable(),
});
export type SkillFields = z.infer<typeof skillFieldsSchema>;

/** The first message of a failed zod parse, in plain words, keyed by field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
