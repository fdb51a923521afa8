import { useEffect, useId, useRef, useState } from 'react';
import type { SampleClearSummary } from '../db/sample';
import { teacherWorkCount, teacherWorkWords } from './sampleClearWords';
import { clearSample, sampleClearSummary } from './useSample';

type Props = {
  /** ask even when nothing of the teacher's would go (Settings); the banner asks only then */
  alwaysAsk?: boolean;
  onCleared?: () => void;
};

/**
 * "Clear sample data": asks first, naming the plans, groupings, reviews and goals the teacher
 * made on the sample, since those go with it; clears with Undo either way.
 */
export function ClearSampleControl({ alwaysAsk = false, onCleared }: Props) {
  const [asking, setAsking] = useState<SampleClearSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const groupRef = useRef<HTMLDivElement>(null);
  const textId = useId();

  useEffect(() => {
    // The button that opened the question is gone: the question takes focus, so it is read out.
    if (asking) groupRef.current?.focus();
  }, [asking]);

  const clear = async (summary: SampleClearSummary) => {
    setBusy(true);
    const cleared = await clearSample(summary);
    setBusy(false);
    setAsking(null);
    if (cleared) onCleared?.();
  };

  const start = async () => {
    setBusy(true);
    const summary = await sampleClearSummary();
    setBusy(false);
    if (!summary) return;
    if (alwaysAsk || teacherWorkCount(summary) > 0) setAsking(summary);
    else await clear(summary);
  };

  if (!asking) {
    return (
      <button type="button" className="secondary" disabled={busy} onClick={() => void start()}>
        Clear sample data
      </button>
    );
  }
  const work = teacherWorkWords(asking);
  const classes = asking.classes.length === 1 ? 'the sample class' : 'the sample classes';
  return (
    <div ref={groupRef} tabIndex={-1} className="confirm" role="group" aria-label="Confirm clearing the sample" aria-describedby={textId}>
      <div id={textId}>
        <p>
          This removes {classes}, its {asking.students} students, skills and {asking.evidence} scores.
          {work.length === 0 && ' Your own classes are not touched.'}
        </p>
        {work.map((sentence) => (
          <p key={sentence}>
            <strong>{sentence}</strong>
          </p>
        ))}
      </div>
      <button type="button" className="danger" disabled={busy} onClick={() => void clear(asking)}>
        Yes, clear the sample
      </button>
      <button type="button" className="secondary" disabled={busy} onClick={() => setAsking(null)}>
        Keep it
      </button>
    </div>
  );
}
