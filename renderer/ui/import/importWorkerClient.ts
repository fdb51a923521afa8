import { SHARE_DONE_AFTER, type FromWorker, type JobProgress, type AnswerOf, type Question, type ToWorker } from './importWorkerProtocol';
import { Reassembly } from './transfer';

/** The teacher stopped the job: not a failure, nothing to report. */
export class JobCancelled extends Error {
  constructor() {
    super('Stopped.');
    this.name = 'JobCancelled';
  }
}

type Pending = {
  job: number;
  onProgress: (progress: JobProgress) => void;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  parts: Reassembly;
  last: JobProgress;
};

/** A window that is not painting (minimised) still takes the result in, a slice at a time. */
const HIDDEN_WINDOW_ACK_MS = 100;

type Job = ToWorker extends infer T
  ? T extends Exclude<ToWorker, { type: 'ack' | 'abort' | 'ask' }>
    ? Omit<T, 'job'>
    : never
  : never;

/**
 * One import worker for one screen, one job at a time. `cancel` ends the worker itself (a
 * reader busy in a 60 MB file cannot be asked to stop), so the next job starts a fresh one.
 */
export class ImportWorkerClient {
  private worker: Worker | null = null;
  private next = 1;
  private pending: Pending | null = null;
  private asked = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextRequest = 1;

  private start(): Worker {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'Blendwise import',
    });
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new Error(event.message || 'The file reader stopped unexpectedly.'));
    };
    worker.onmessageerror = () => this.fail(new Error('The file reader sent back something unreadable.'));
    return worker;
  }

  /** `transfer`: buffers handed to the worker rather than copied (a 60 MB file copied stalls the window). */
  run<T>(job: Job, onProgress: (progress: JobProgress) => void, transfer: Transferable[] = []): Promise<T> {
    this.pending?.reject(new JobCancelled());
    const id = this.next++;
    this.worker ??= this.start();
    const worker = this.worker;
    return new Promise<T>((resolve, reject) => {
      const first: JobProgress = { step: 'Starting', fraction: 0 };
      this.pending = {
        job: id,
        onProgress,
        resolve: resolve as (value: unknown) => void,
        reject,
        parts: new Reassembly(),
        last: first,
      };
      worker.postMessage({ ...job, job: id } as ToWorker, transfer);
    });
  }

  /**
   * Asks about what the worker kept of its last read (a page of a preview's rows, what picking
   * classes changes). It does not wait for a job under way, nor stop it: the worker answers
   * between the steps of the job.
   */
  ask<Q extends Question>(question: Q): Promise<AnswerOf<Q>> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error('The file is no longer at hand: choose it again.'));
    const request = this.nextRequest++;
    return new Promise<AnswerOf<Q>>((resolve, reject) => {
      this.asked.set(request, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ type: 'ask', request, question } satisfies ToWorker);
    });
  }

  /** Stops the job under way, if any; a later run starts a new worker. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    const pending = this.pending;
    this.pending = null;
    pending?.reject(new JobCancelled());
    this.failAsked(new JobCancelled());
  }

  private failAsked(error: Error) {
    for (const question of this.asked.values()) question.reject(error);
    this.asked.clear();
  }

  /**
   * Asks the write under way (import-roster, apply-roster-sync) to stop: it rejects with an
   * AbortError or SyncStopped once its transaction has been rolled back. The worker lives on.
   */
  abort(): void {
    if (this.pending) this.worker?.postMessage({ type: 'abort', job: this.pending.job } satisfies ToWorker);
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  private fail(error: Error) {
    const pending = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    pending?.reject(error);
    this.failAsked(error);
  }

  /** Tells the worker a slice was taken in, once a frame has been painted (or soon, in a hidden window). */
  private acknowledge(job: number) {
    const worker = this.worker;
    let sent = false;
    const send = () => {
      if (sent) return;
      sent = true;
      worker?.postMessage({ type: 'ack', job } satisfies ToWorker);
    };
    requestAnimationFrame(() => setTimeout(send, 0));
    setTimeout(send, HIDDEN_WINDOW_ACK_MS);
  }

  private receive(message: FromWorker) {
    if (message.type === 'answer' || message.type === 'answer-failed') {
      const question = this.asked.get(message.request);
      this.asked.delete(message.request);
      if (message.type === 'answer') question?.resolve(message.value);
      else question?.reject(new Error(message.message));
      return;
    }
    const pending = this.pending;
    if (message.type === 'slice') this.acknowledge(message.job);
    if (!pending || message.job !== pending.job) return;
    if (message.type === 'progress') {
      pending.last = message.progress;
      pending.onProgress(message.progress);
    } else if (message.type === 'slice') {
      pending.parts.add(message);
      // Receiving is the last stretch of the bar; say how much has come, every so many slices.
      const fraction =
        SHARE_DONE_AFTER.checked +
        ((1 - SHARE_DONE_AFTER.checked) * message.sent) / Math.max(1, message.total);
      pending.onProgress({ ...pending.last, step: 'Preparing the preview', fraction });
    } else if (message.type === 'done') {
      this.pending = null;
      pending.resolve(pending.parts.finish(message.rest));
    } else {
      this.pending = null;
      const error = new Error(message.message);
      error.name = message.name;
      pending.reject(error);
    }
  }
}
