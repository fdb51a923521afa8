import { describeStorageFailure } from '../db/writeErrors';
import { errorMessage, toast } from '../ui/toasts';

/**
 * A write that fails where no screen catches it (a form's submit handler, a button's click) would
 * otherwise only reach the console: a storage failure among them is told to the teacher.
 * Other errors stay where they were, since a screen that wants them catches them itself.
 */
export function reportUncaughtStorageFailures(target: Window = window): void {
  const report = (reason: unknown) => {
    const failure = describeStorageFailure(reason);
    if (failure) toast.error(failure.message);
  };
  target.addEventListener('unhandledrejection', (event) => report(event.reason));
  target.addEventListener('error', (event) => report(event.error));
}

/** The sample class could not be written on first run: say so, and that the next start tries again. */
export function reportFirstRunFailure(error: unknown): void {
  toast.error(
    `The sample class could not be set up, so Blendwise starts empty (it tries again next time it opens): ${errorMessage(error)}`,
  );
}
