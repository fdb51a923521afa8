import { useEffect, useState } from 'react';
import type { AssessmentProfile } from '../../../shared/import/profiles';
import type { ImportWorkerClient } from '../../ui/import/importWorkerClient';
import { errorMessage, toast } from '../../ui/toasts';

/**
 * The skill names a profile being drafted reads from the file (its columns, or the values of its
 * strand or skill column): asked of the import worker, which holds the file's rows. Null until
 * they come; none, with a message, if they cannot be read.
 */
export function useDraftSkillNames(worker: ImportWorkerClient, draft: AssessmentProfile | null): string[] | null {
  const [got, setGot] = useState<{ draft: AssessmentProfile; names: string[] } | null>(null);
  useEffect(() => {
    if (!draft) return;
    let current = true;
    worker.ask({ kind: 'profile-skill-names', profile: draft }).then(
      (names) => current && setGot({ draft, names }),
      (error: unknown) => {
        if (!current) return;
        toast.error(`The skill names in the file could not be read: ${errorMessage(error)}`);
        setGot({ draft, names: [] });
      },
    );
    return () => {
      current = false;
    };
  }, [worker, draft]);
  return got && got.draft === draft ? got.names : null;
}
