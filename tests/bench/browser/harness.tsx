// What the figures that render the app share: frames, a window-sized host, the real app shell on
// a given address, and dropping the app's kept class workspaces between timed runs.
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from '../../../renderer/app/App';
import '../../../renderer/styles.css';

export const WINDOW = { width: 1360, height: 860 };

export const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next frame has been painted: the second rAF runs after the first one's paint. */
export const painted = async () => {
  await frame();
  await frame();
};
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The time just after the next frame's paint: a message posted from a rAF callback is handled
 * after that frame's style, layout and paint have run on the main thread.
 */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    }),
  );
}

/**
 * Resolves when `check` holds for `root` (checked now and after every DOM change under it), with
 * the time the DOM got there and the time just after that frame was painted.
 */
export function whenPainted(root: Node, check: () => boolean, timeoutMs = 60_000): Promise<{ domAt: number; paintAt: number }> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      mo.disconnect();
      clearTimeout(timer);
      const domAt = performance.now();
      void afterNextPaint().then((paintAt) => resolve({ domAt, paintAt }));
    };
    const mo = new MutationObserver(() => {
      if (!done && check()) finish();
    });
    const timer = setTimeout(() => {
      if (done) return;
      mo.disconnect();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for the page`));
    }, timeoutMs);
    mo.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    if (check()) finish();
  });
}

/** A window-sized box in front of the bench page's status line. */
export function makeBox(): HTMLElement {
  const box = document.createElement('div');
  box.style.cssText = `position:fixed;inset:0;width:${WINDOW.width}px;height:${WINDOW.height}px;overflow:hidden;z-index:10;background:var(--bg, #fff)`;
  document.body.append(box);
  return box;
}

export type MountedApp = { box: HTMLElement; root: Root; main: () => HTMLElement | null; nav: () => HTMLElement | null };

/** The whole app (its HashRouter, sidebar, toasts, global keys) at an address, as main.tsx renders it. */
export function mountApp(path: string): MountedApp {
  history.replaceState(null, '', `#${path}`);
  const box = makeBox();
  const root = createRoot(box);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return { box, root, main: () => box.querySelector<HTMLElement>('main'), nav: () => box.querySelector<HTMLElement>('nav.sidebar') };
}

/**
 * Unmounts a React root and drops the class workspaces it kept: renderer/db/workspace.ts keeps a
 * class nobody shows for a minute (its KEEP_MS), so that going back is instant. A timed run must
 * open the class as if for the first time, so the minute is cut to nothing while unmounting.
 */
export async function unmountDropping(root: Root, box?: HTMLElement): Promise<void> {
  const original = window.setTimeout;
  const patched = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
    original(handler, ms === 60_000 ? 0 : ms, ...args)) as typeof window.setTimeout;
  window.setTimeout = patched;
  try {
    root.unmount();
    box?.remove();
    await painted();
    await new Promise<void>((resolve) => original(resolve, 10));
  } finally {
    window.setTimeout = original;
  }
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The nearest-rank percentile (p in 0..100). */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const round = (x: number) => Math.round(x * 10) / 10;
