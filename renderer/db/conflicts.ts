// Two windows (or tabs) on one database: an update made from a copy that another window has saved
// over since is refused, so neither window silently overwrites the other. Adds never conflict
// (new records get new ids).

export type StaleRecordKind = 'plan' | 'student' | 'class' | 'goal';

const WORDS: Record<StaleRecordKind, string> = { plan: 'plan', student: 'student', class: 'class', goal: 'goal' };

/** The stored record changed (or went) since the screen read it. */
export class StaleWriteError extends Error {
  readonly kind: StaleRecordKind;
  readonly id: string;
  /** true when the record is no longer there at all */
  readonly deleted: boolean;

  constructor(kind: StaleRecordKind, id: string, deleted = false) {
    super(
      deleted
        ? `This ${WORDS[kind]} was deleted in another window since you opened it.`
        : `This ${WORDS[kind]} was changed in another window since you opened it.`,
    );
    this.name = 'StaleWriteError';
    this.kind = kind;
    this.id = id;
    this.deleted = deleted;
  }
}

export function isStaleWrite(error: unknown): error is StaleWriteError {
  return error instanceof StaleWriteError;
}

/** A record's revision: records written before revisions existed count as 0. */
export function revOf(record: { rev?: number } | undefined | null): number {
  return typeof record?.rev === 'number' ? record.rev : 0;
}
