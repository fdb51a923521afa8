import { useState } from 'react';
import './welcome.css';

type Props = { onTeacher: () => Promise<void>; onCoach: () => Promise<void> };

/**
 * The very first start asks who is here before anything is written: a teacher gets the sample
 * class to look around in, a coach gets none and starts on Reviews.
 */
export function Welcome({ onTeacher, onCoach }: Props) {
  const [busy, setBusy] = useState(false);
  const choose = (start: () => Promise<void>) => {
    setBusy(true);
    void start().finally(() => setBusy(false));
  };
  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Blendwise</h1>
      <p>Everything you enter stays on this computer. Who is using Blendwise here?</p>
      <div className="welcome-choices">
        <section className="card" aria-labelledby="welcome-teacher">
          <h2 id="welcome-teacher">A teacher</h2>
          <p>Start with a sample class (grade 6 math, 28 students, a few weeks of evidence) to look around. Clear it whenever you like.</p>
          <button type="button" disabled={busy} onClick={() => choose(onTeacher)}>
            I teach a class
          </button>
        </section>
        <section className="card" aria-labelledby="welcome-coach">
          <h2 id="welcome-coach">A coach</h2>
          <p>Review the plans teachers export. No sample class is loaded, and Blendwise opens on Reviews.</p>
          <button type="button" className="secondary" disabled={busy} onClick={() => choose(onCoach)}>
            I am a coach
          </button>
        </section>
      </div>
    </main>
  );
}
