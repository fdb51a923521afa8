// Remembers the main window's size and position between runs. A saved position can point at a
// monitor that is no longer attached, so it is always clamped back onto a visible work area.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = Rect & { maximized: boolean };

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
export const WINDOW_STATE_FILE = 'window-state.json';

/** Less than this much of the window on a display counts as lost off-screen. */
const MIN_VISIBLE = { width: 200, height: 100 } as const;

// zod 4 numbers already refuse NaN and Infinity.
const finite = z.number();
const savedStateSchema = z.object({
  x: finite,
  y: finite,
  width: finite.positive(),
  height: finite.positive(),
  maximized: z.boolean().optional(),
});

export function parseWindowState(json: string): (Rect & { maximized?: boolean }) | null {
  try {
    const parsed = savedStateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centredIn(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: Math.round(area.x + (area.width - w) / 2),
    y: Math.round(area.y + (area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Puts a saved window back on screen: on the display it mostly overlaps, shrunk to fit that
 * display's work area and moved fully inside it; centred on the primary display when it is not
 * visible enough anywhere, or when nothing was saved.
 */
export function clampWindowState(
  saved: (Rect & { maximized?: boolean }) | null,
  workAreas: readonly Rect[],
  primary: Rect,
): WindowState {
  if (!saved) return { ...centredIn(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized: false };

  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    if (
      o.width >= Math.min(MIN_VISIBLE.width, saved.width) &&
      o.height >= Math.min(MIN_VISIBLE.height, saved.height)
    ) {
      if (o.width * o.height > bestArea) {
        best = area;
        bestArea = o.width * o.height;
      }
    }
  }
  const maximized = saved.maximized === true;
  if (!best) return { ...centredIn(primary, saved.width, saved.height), maximized };

  const width = Math.round(Math.min(Math.max(saved.width, Math.min(MIN_SIZE.width, best.width)), best.width));
  const height = Math.round(
    Math.min(Math.max(saved.height, Math.min(MIN_SIZE.height, best.height)), best.height),
  );
  const x = Math.round(Math.min(Math.max(saved.x, best.x), best.x + best.width - width));
  const y = Math.round(Math.min(Math.max(saved.y, best.y), best.y + best.height - height));
  return { x, y, width, height, maximized };
}

export function loadWindowState(dir: string, workAreas: readonly Rect[], primary: Rect): WindowState {
  let saved: (Rect & { maximized?: boolean }) | null = null;
  try {
    saved = parseWindowState(readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    // First run, or the file was removed: fall back to the default size.
  }
  return clampWindowState(saved, workAreas, primary);
}

/** Best effort: failing to remember the window size must never stop the app from closing. */
export function saveWindowState(dir: string, state: WindowState): void {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, WINDOW_STATE_FILE), JSON.stringify(state), 'utf8');
  } catch {
    // Read-only profile or full disk: the next run simply uses the default size.
  }
}
