import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClass } from '../../../renderer/db/classes';
import { db } from '../../../renderer/db/db';
import { addStudentToClass, listRoster } from '../../../renderer/db/students';
import { describeStorageFailure } from '../../../renderer/db/writeErrors';
import { errorMessage } from '../../../renderer/ui/toasts';

const dom = (name: string, message = 'The operation failed.') => new DOMException(message, name);
const kind = (error: unknown) => describeStorageFailure(error)?.kind ?? null;

describe('describeStorageFailure', () => {
  it('reads a full quota or disk however deep the cause sits', () => {
    // IndexedDB's own exception, Dexie's mapped copy, an aborted transaction carrying it as
    // `inner` (what a full disk looks like at commit), one failure of a bulk write, and a cause.
    expect(kind(dom('QuotaExceededError'))).toBe('full');
    expect(kind(new Dexie.QuotaExceededError('put failed', dom('QuotaExceededError')))).toBe('full');
    expect(kind(new Dexie.AbortError(dom('QuotaExceededError')))).toBe('full');
    expect(kind(new Dexie.BulkError('bulkPut failed', { 3: dom('QuotaExceededError') }))).toBe('full');
    expect(
      kind(new Error('could not save', { cause: new Dexie.AbortError(dom('QuotaExceededError')) })),
    ).toBe('full');
    expect(
      kind(
        new Dexie.OpenFailedError(
          dom('UnknownError', 'Encountered disk full while opening backing store for indexedDB.open.'),
        ),
      ),
    ).toBe('full');
  });

  it('tells the other storage failures apart', () => {
    expect(
      kind(
        new Dexie.DataError(
          "Failed to execute 'put' on 'IDBObjectStore': The serialized keys and/or value are too large",
        ),
      ),
    ).toBe('too-large');
    expect(kind(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(
      kind(
        new Dexie.OpenFailedError(
          dom('VersionError', 'The requested version (3) is less than the existing version (4).'),
        ),
      ),
    ).toBe('newer-version');
    expect(kind(new Dexie.MissingAPIError())).toBe('unavailable');
    expect(kind(new Dexie.ConstraintError('Key already exists in the object store.'))).toBe('duplicate');
    expect(kind(new Dexie.AbortError(null as unknown as string))).toBe('interrupted');
    expect(
      kind(
        new Dexie.OpenFailedError(
          dom('UnknownError', 'Internal error opening backing store for indexedDB.open.'),
        ),
      ),
    ).toBe('disk');
  });

  it('leaves errors that are not about storage alone, and survives a cause that loops', () => {
    expect(
      describeStorageFailure(new Error('Another window saved this class since you opened it.')),
    ).toBeNull();
    expect(describeStorageFailure(new TypeError('x is undefined'))).toBeNull();
    expect(describeStorageFailure('a string')).toBeNull();
    expect(describeStorageFailure(null)).toBeNull();
    const looped = new Error('outer') as Error & { cause?: unknown };
    looped.cause = looped;
    expect(describeStorageFailure(looped)).toBeNull();
  });

  it('says what happened and what to do, in plain words', () => {
    const full = describeStorageFailure(new Dexie.AbortError(dom('QuotaExceededError')))!;
    expect(full.message).toMatch(/storage for the app is full/);
    expect(full.message).toMatch(/nothing of this change was saved/);
    expect(full.message).toMatch(/Free some disk space/);
    expect(full.message).not.toMatch(/Error|Dexie|IndexedDB|quota/);
  });
});

describe('errorMessage', () => {
  it('gives the plain account of a storage failure and other messages as they were', () => {
    expect(errorMessage(new Dexie.AbortError(dom('QuotaExceededError')))).toMatch(
      /^This computer's storage for the app is full/,
    );
    expect(
      errorMessage(new Error("Error invoking remote method 'file:save': Error: The disk is read-only")),
    ).toBe('The disk is read-only');
    expect(errorMessage(new Error('The class was changed in another window.'))).toBe(
      'The class was changed in another window.',
    );
  });
});

describe('a write that hits a full quota', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });
  afterEach(() => vi.restoreAllMocks());

  it('reaches the teacher as storage full, and leaves nothing half-written', async () => {
    const classId = await createClass({ name: '6A', subject: '', grade: '', term: '' });
    // The student row goes in, then the enrollment meets a full disk: the transaction must undo both.
    const store = Object.getPrototypeOf(
      db.backendDB().transaction('enrollments').objectStore('enrollments'),
    ) as IDBObjectStore;
    const add = store.add;
    vi.spyOn(store, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'enrollments') throw dom('QuotaExceededError', 'The quota has been exceeded.');
      return add.apply(this, args);
    });
    const failure = await addStudentToClass(classId, {
      givenName: 'Ana',
      familyName: 'Ruiz',
      preferredName: '',
      studentNumber: '1001',
      email: '',
      notes: '',
    }).catch((error: unknown) => error);
    expect(describeStorageFailure(failure)?.kind).toBe('full');
    vi.restoreAllMocks();
    expect(await listRoster(classId)).toEqual([]);
    expect(await db.students.count()).toBe(0);
  });
});
