/**
 * What a failed read or write of the app's storage means to a teacher. IndexedDB reports trouble as
 * DOMExceptions, which Dexie wraps (an aborted transaction is an AbortError whose `inner` is the
 * real cause; a bulk write collects `failures`), so the cause is looked for down the whole chain.
 * The mapping goes by error names and messages only, so it holds whichever layer threw.
 */

export type StorageFailureKind =
  'full' | 'too-large' | 'closed' | 'newer-version' | 'unavailable' | 'duplicate' | 'interrupted' | 'disk';

export type StorageFailure = { kind: StorageFailureKind; message: string };

// Each message says what happened, that nothing of the change was kept (every write is one
// transaction), and what to do; it reads on its own and after "The class was not saved: ".
const MESSAGES: Record<StorageFailureKind, string> = {
  full: "This computer's storage for the app is full, so nothing of this change was saved. Free some disk space, or save a backup (Settings) and remove classes you no longer need, then try again.",
  'too-large':
    'Something in this change is too large to store in one piece, so nothing of it was saved. Split it into smaller parts (for example a smaller file), then try again.',
  closed:
    "The app's storage was closed (another Blendwise window may have updated it), so nothing of this change was saved. Close the other windows, reload this one (Ctrl+R), then try again.",
  'newer-version':
    'The data on this computer was saved by a newer version of Blendwise, so this version cannot use it. Install the newer version (or open Blendwise where it was updated), then try again.',
  unavailable:
    'Blendwise cannot reach its storage on this computer (private browsing, or site data turned off), so nothing can be saved. Allow site data for Blendwise, or use the desktop app, then try again.',
  duplicate:
    'This change clashes with something already saved (the same record twice), so nothing of it was saved. Reload the screen and try again.',
  interrupted:
    'Saving was interrupted before it finished, so nothing of this change was saved. Try again; if it keeps happening, reload Blendwise (Ctrl+R).',
  disk: 'The disk reported an error while saving (it may be full or failing), so nothing of this change was saved. Free some disk space, save a backup (Settings), then try again.',
};

type ErrorLike = { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };

/** The error and every cause under it, outermost first; stops at cycles and at a sane depth. */
function causes(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length && out.length < 50) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const like = e as ErrorLike;
    out.push(like);
    queue.push(like.inner, like.cause);
    const failures = like.failures;
    if (Array.isArray(failures)) queue.push(...failures);
    else if (failures && typeof failures === 'object') queue.push(...Object.values(failures));
  }
  return out;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Which failure an error is, most specific cause first; null for errors that are not about storage. */
function kindOf(error: unknown): StorageFailureKind | null {
  const chain = causes(error);
  const names = chain.map((e) => text(e.name));
  const messages = chain.map((e) => text(e.message)).join('\n');
  const has = (...wanted: string[]) => names.some((n) => wanted.includes(n));

  if (
    has('QuotaExceededError') ||
    /quota|disk (is )?full|no space left|not enough (disk )?space/i.test(messages)
  )
    return 'full';
  if (
    /too large|exceeds the maximum|maximum (record|value) size/i.test(messages) &&
    has('DataError', 'UnknownError', 'AbortError')
  ) {
    return 'too-large';
  }
  if (has('VersionError')) return 'newer-version';
  if (
    has('MissingAPIError', 'InvalidAccessError') ||
    /IndexedDB API missing|indexedDB is not (defined|available)/i.test(messages)
  ) {
    return 'unavailable';
  }
  if (has('DatabaseClosedError', 'VersionChangeError', 'NoSuchDatabaseError')) return 'closed';
  if (has('ConstraintError')) return 'duplicate';
  if (has('UnknownError', 'OpenFailedError')) return 'disk';
  if (has('AbortError', 'TransactionInactiveError', 'PrematureCommitError', 'TimeoutError'))
    return 'interrupted';
  return null;
}

/** The plain-words account of a storage failure, or null when the error is not one. */
export function describeStorageFailure(error: unknown): StorageFailure | null {
  const kind = kindOf(error);
  return kind ? { kind, message: MESSAGES[kind] } : null;
}
