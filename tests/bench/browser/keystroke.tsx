// The page side of the keystroke figures. The keys themselves are real key events sent from the
// node side (Playwright's page.keyboard, i.e. CDP Input.dispatchKeyEvent, through the browser's
// input pipeline); this side mounts the app on class A's tracker and watches the page:
//
// - a capture listener on window notes each digit keydown (its event timeStamp: when the key
//   event was made, so time it waited for a busy main thread counts) and the cell it went to, and
//   the Enter that follows;
// - a MutationObserver sees the cell's aria-label count one more score (its `.cell-value` holds
//   the new level), and the time just after the next frame's paint is when the new value was
//   painted.
//
// A baseline in the same page and the same way: a plain focusable element whose keydown handler
// writes the digit into it on Enter (the floor of this measurement: key delivery and one frame).
import { db } from '../../../renderer/db/db';
import type { BrowserMeasure } from '../api';
import { ensureBigDb, shapeFrom, type BigDb } from './bigDb';
import { afterNextPaint, mountApp, painted, round, unmountDropping, whenPainted, type MountedApp } from './harness';

type Entry = {
  key: string;
  cell: string;
  el: HTMLElement;
  countBefore: number;
  labelBefore: string;
  /** digit keydown's timeStamp, and when the capture listener saw it */
  tDigit: number;
  tDigitSeen: number;
  tEnter?: number;
  tDom?: number;
  tPaint?: number;
  /** the rAF callback of the frame that paints it (before that frame's style, layout and paint) */
  tRaf?: number;
  text?: string;
  label?: string;
};

type Waiter = { from: number; to: number; resolve: () => void };

const CELL = '[role=gridcell]';

function countOf(label: string | null): number {
  const m = /, (\d+) scores?$/.exec(label ?? '');
  return m ? Number(m[1]) : 0;
}

class Watch {
  entries: Entry[] = [];
  stray = 0;
  private waiters: Waiter[] = [];
  private mo: MutationObserver;
  private paintQueued: Entry[] = [];
  /** Event Timing entries of the keydowns: how long the handlers ran, how long until the paint */
  events: { name: string; start: number; processing: number; presentation: number; inputDelay: number }[] = [];
  /** forced style and layout measured just before each focus() call, and the focus call itself */
  focusLayoutMs: number[] = [];
  focusMs: number[] = [];
  private po: PerformanceObserver | null = null;
  private restoreFocus: (() => void) | null = null;

  constructor(private root: HTMLElement, profile = false) {
    window.addEventListener('keydown', this.onKey, true);
    this.mo = new MutationObserver(() => this.check());
    this.mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
    if (PerformanceObserver.supportedEntryTypes?.includes('event')) {
      this.po = new PerformanceObserver((list) => {
        for (const e of list.getEntries() as PerformanceEventTiming[]) {
          if (e.name !== 'keydown') continue;
          this.events.push({
            name: e.name,
            start: e.startTime,
            inputDelay: e.processingStart - e.startTime,
            processing: e.processingEnd - e.processingStart,
            presentation: e.startTime + e.duration - e.processingEnd,
          });
        }
      });
      this.po.observe({ type: 'event', buffered: false, durationThreshold: 16 } as PerformanceObserverInit);
    }
    if (!profile) return;
    const focus = HTMLElement.prototype.focus;
    const { focusLayoutMs, focusMs } = this;
    HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
      const t0 = performance.now();
      void document.documentElement.offsetWidth;
      const t1 = performance.now();
      focus.call(this, options);
      focusLayoutMs.push(t1 - t0);
      focusMs.push(performance.now() - t1);
    };
    this.restoreFocus = () => (HTMLElement.prototype.focus = focus);
  }

  dispose(): void {
    window.removeEventListener('keydown', this.onKey, true);
    this.mo.disconnect();
    this.po?.disconnect();
    this.restoreFocus?.();
  }

  private onKey = (e: KeyboardEvent) => {
    const now = performance.now();
    const t = e.timeStamp > 0 && e.timeStamp <= now + 1 ? e.timeStamp : now;
    if (/^[0-9]$/.test(e.key)) {
      const el = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(CELL);
      if (!el || !this.root.contains(el)) {
        this.stray++;
        return;
      }
      const label = el.getAttribute('aria-label') ?? '';
      this.entries.push({ key: e.key, cell: el.dataset.cell ?? '', el, countBefore: countOf(label), labelBefore: label, tDigit: t, tDigitSeen: now });
    } else if (e.key === 'Enter') {
      const last = this.entries[this.entries.length - 1];
      if (last && last.tEnter === undefined) last.tEnter = t;
    }
  };

  private cellOf(e: Entry): HTMLElement | null {
    if (e.el.isConnected) return e.el;
    const found = this.root.querySelector<HTMLElement>(`[data-cell="${e.cell}"]`);
    if (found) e.el = found;
    return found;
  }

  private check(): void {
    const now = performance.now();
    for (const e of this.entries) {
      if (e.tDom !== undefined || e.tEnter === undefined) continue;
      const el = this.cellOf(e);
      if (!el || el.querySelector('input')) continue;
      const label = el.getAttribute('aria-label');
      if (countOf(label) <= e.countBefore) continue;
      e.tDom = now;
      e.text = el.querySelector('.cell-value')?.textContent ?? '';
      e.label = label ?? '';
      this.paintQueued.push(e);
    }
    if (this.paintQueued.length) {
      const batch = this.paintQueued;
      this.paintQueued = [];
      requestAnimationFrame(() => {
        const raf = performance.now();
        for (const e of batch) e.tRaf = raf;
      });
      void afterNextPaint().then((t) => {
        for (const e of batch) e.tPaint = t;
        this.wake();
      });
    }
  }

  private wake(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!this.allPainted(w.from, w.to)) return true;
      w.resolve();
      return false;
    });
  }

  allPainted(from: number, to: number): boolean {
    if (this.entries.length < to) return false;
    for (let i = from; i < to; i++) if (this.entries[i]!.tPaint === undefined) return false;
    return true;
  }

  waitPainted(from: number, to: number, timeoutMs: number): Promise<void> {
    this.check();
    if (this.allPainted(from, to)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const w: Waiter = { from, to, resolve };
      this.waiters.push(w);
      setTimeout(() => {
        if (!this.waiters.includes(w)) return;
        this.waiters = this.waiters.filter((x) => x !== w);
        const missing = this.entries.slice(from, to).filter((e) => e.tPaint === undefined).map((e) => e.cell);
        reject(new Error(`Entries ${from}..${to - 1}: not painted after ${timeoutMs} ms (${this.entries.length} seen, missing ${missing.join(' ') || 'keys'}, stray ${this.stray})`));
      }, timeoutMs);
    });
  }
}

type Session = { app: MountedApp | null; watch: Watch; big: BigDb | null; baseline: HTMLElement | null };
let session: Session | null = null;

async function teardown(): Promise<void> {
  if (!session) return;
  session.watch.dispose();
  if (session.app) await unmountDropping(session.app.root, session.app.box);
  session.baseline?.remove();
  session = null;
}

/** Mounts the app on class A's tracker, waits for its painted grid, focuses the first cell. */
export async function keystrokeSetup(options: Record<string, unknown>): Promise<BrowserMeasure> {
  await teardown();
  const big = await ensureBigDb(shapeFrom(options), (s) => console.log(`[bigdb] ${s}`));
  db.close();
  await db.open();
  const t0 = performance.now();
  const app = mountApp(`/classes/${big.classA}/tracker`);
  const main = app.box;
  await whenPainted(main, () => {
    for (const el of main.querySelectorAll('[role=grid] .cell-value')) if (el.textContent) return true;
    return false;
  });
  const openMs = performance.now() - t0;
  await painted();
  session = { app, watch: new Watch(main, !!options.profile), big, baseline: null };
  const first = main.querySelector<HTMLElement>('[role=grid] [data-cell="0:0"]');
  if (!first) throw new Error('No first cell in the grid');
  first.click();
  await painted();
  const active = document.activeElement as HTMLElement | null;
  if (active?.dataset.cell !== '0:0') throw new Error(`Focus is on ${active?.outerHTML.slice(0, 80)}, not the first cell`);
  return {
    value: 0,
    details: {
      students: 35,
      evidenceRows: big.evidence,
      studentsInDb: big.students,
      classesInDb: big.classes,
      cellsInDb: big.cells,
      seedMs: big.seedMs,
      openMs: round(openMs),
      gridCellsRendered: main.querySelectorAll('[role=grid] [role=gridcell]').length,
    },
  };
}

/** A plain focusable element that shows a digit typed into it on Enter: the measurement's floor. */
export async function keystrokeBaselineSetup(): Promise<BrowserMeasure> {
  await teardown();
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;inset:0;z-index:10;background:#fff';
  const cell = document.createElement('div');
  cell.setAttribute('role', 'gridcell');
  cell.tabIndex = 0;
  cell.dataset.cell = 'baseline';
  cell.setAttribute('aria-label', 'baseline: no evidence');
  const value = document.createElement('span');
  value.className = 'cell-value';
  cell.append(value);
  box.append(cell);
  document.body.append(box);
  let typed = '';
  let count = 0;
  cell.addEventListener('keydown', (e) => {
    if (/^[0-9]$/.test(e.key)) {
      e.preventDefault();
      typed = e.key;
    } else if (e.key === 'Enter') {
      e.preventDefault();
      count++;
      value.textContent = typed;
      cell.setAttribute('aria-label', `baseline: ${typed}, ${count} ${count === 1 ? 'score' : 'scores'}`);
    }
  });
  session = { app: null, watch: new Watch(box), big: null, baseline: box };
  cell.focus();
  await painted();
  return { value: 0, details: {} };
}

export async function keystrokeWait(options: Record<string, unknown>): Promise<BrowserMeasure> {
  if (!session) throw new Error('keystrokeSetup first');
  await session.watch.waitPainted(options.from as number, options.to as number, (options.timeoutMs as number | undefined) ?? 30_000);
  return { value: 0, details: {} };
}

/** Every entry seen so far, as numbers (ms from the digit key; NaN when not painted). */
export async function keystrokeResults(): Promise<BrowserMeasure> {
  if (!session) throw new Error('keystrokeSetup first');
  const es = session.watch.entries;
  return {
    value: es.length,
    details: {
      stray: session.watch.stray,
      cell: es.map((e) => e.cell).join(' '),
      key: es.map((e) => e.key).join(''),
      tDigit: es.map((e) => e.tDigit),
      digitQueuedMs: es.map((e) => round(e.tDigitSeen - e.tDigit)),
      enterAfterDigitMs: es.map((e) => (e.tEnter === undefined ? NaN : round(e.tEnter - e.tDigit))),
      domAfterDigitMs: es.map((e) => (e.tDom === undefined ? NaN : round(e.tDom - e.tDigit))),
      paintAfterDigitMs: es.map((e) => (e.tPaint === undefined ? NaN : round(e.tPaint - e.tDigit))),
      rafAfterDigitMs: es.map((e) => (e.tRaf === undefined ? NaN : round(e.tRaf - e.tDigit))),
      paintAfterEnterMs: es.map((e) => (e.tPaint === undefined || e.tEnter === undefined ? NaN : round(e.tPaint - e.tEnter))),
      tEnter: es.map((e) => e.tEnter ?? NaN),
      tPaint: es.map((e) => e.tPaint ?? NaN),
      text: es.map((e) => e.text ?? '').join(' '),
      // keydowns of 16 ms or more (Event Timing): handlers' run time and the time from their end to the paint
      keydownProcessingMs: session.watch.events.map((e) => round(e.processing)),
      keydownPresentationMs: session.watch.events.map((e) => round(e.presentation)),
      keydownInputDelayMs: session.watch.events.map((e) => round(e.inputDelay)),
      focusForcedLayoutMs: session.watch.focusLayoutMs.map(round),
      focusCallMs: session.watch.focusMs.map(round),
    },
  };
}

/**
 * After the writes have landed (the stored cells replace the ones shown at once): the cells typed
 * into that are on screen now, their text and label compared with what was painted at once.
 */
export async function keystrokeVerify(): Promise<BrowserMeasure> {
  if (!session?.app) throw new Error('keystrokeSetup first');
  await painted();
  const last = new Map<string, Entry>();
  for (const e of session.watch.entries) last.set(e.cell, e);
  let checked = 0;
  const mismatches: string[] = [];
  for (const [cell, e] of last) {
    const el = session.app.box.querySelector<HTMLElement>(`[role=grid] [data-cell="${cell}"]`);
    if (!el) continue;
    checked++;
    const text = el.querySelector('.cell-value')?.textContent ?? '';
    const label = el.getAttribute('aria-label') ?? '';
    if (text !== e.text || label !== e.label) mismatches.push(`${cell}: painted "${e.text}" (${e.label}), stored "${text}" (${label})`);
  }
  return { value: mismatches.length, details: { checked, mismatches: mismatches.slice(0, 5).join(' | ') } };
}

export async function keystrokeTeardown(): Promise<BrowserMeasure> {
  await teardown();
  return { value: 0, details: {} };
}
