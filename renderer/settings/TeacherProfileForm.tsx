import { useState } from 'react';
import type { TeacherProfile } from '../../shared';
import { useLive } from '../db/live';
import { getTeacherProfile, setTeacherProfile } from '../db/profile';
import { Field } from '../ui/Field';
import { errorMessage, toast } from '../ui/toasts';
import './profile.css';

/**
 * "Your profile": the teacher's name, school and (optional) e-mail. Every plan bundle carries them
 * as its author, so a coach who reviews several classrooms sees whose plan it is; pseudonyms never
 * touch them (they name the teacher, not a student).
 */
export function TeacherProfileForm() {
  const saved = useLive(() => getTeacherProfile(), []);
  if (saved === undefined) return null;
  // Keyed on what is stored, so a restore or another window's save shows up in the form.
  return <ProfileFields key={`${saved.name}\u0000${saved.school}\u0000${saved.email}`} saved={saved} />;
}

function ProfileFields({ saved }: { saved: TeacherProfile }) {
  const [draft, setDraft] = useState(saved);
  const changed = draft.name !== saved.name || draft.school !== saved.school || draft.email !== saved.email;
  const emailProblem = draft.email.trim() && !/^[^\s@]+@[^\s@]+$/.test(draft.email.trim()) ? 'This does not look like an e-mail address.' : undefined;

  const save = async () => {
    try {
      await setTeacherProfile(draft);
      toast.success('Saved your profile: your next exports carry it.');
    } catch (e) {
      toast.error(`Your profile was not saved: ${errorMessage(e)}`);
    }
  };

  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">Your profile</h2>
      <p>
        Written into every plan you export, so a coach knows whose plan it is. It names you, not your students: it is
        never replaced by pseudonyms.
      </p>
      <form
        className="profile-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!emailProblem) void save();
        }}
      >
        <Field label="Your name" value={draft.name} maxLength={200} autoComplete="name" onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <Field
          label="School"
          value={draft.school}
          maxLength={200}
          autoComplete="organization"
          onChange={(e) => setDraft({ ...draft, school: e.target.value })}
        />
        <Field
          label="E-mail (optional)"
          type="email"
          value={draft.email}
          maxLength={320}
          autoComplete="email"
          error={emailProblem}
          onChange={(e) => setDraft({ ...draft, email: e.target.value })}
        />
        <button type="submit" disabled={!changed || !!emailProblem}>
          Save profile
        </button>
      </form>
    </section>
  );
}
