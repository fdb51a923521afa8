import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  WINDOW_STATE_FILE,
  clampWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
} from '../../../electron/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 870 };
const monitorRight: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

function fullyInside(window: Rect, area: Rect): boolean {
  return (
    window.x >= area.x &&
    window.y >= area.y &&
    window.x + window.width <= area.x + area.width &&
    window.y + window.height <= area.y + area.height
  );
}

describe('clampWindowState', () => {
  it('centres the default size on the primary display on first run', () => {
    const state = clampWindowState(null, [laptop], laptop);
    expect(state).toEqual({
      x: 80,
      y: 25,
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
      maximized: false,
    });
  });

  it('keeps a window that is fully visible as it was', () => {
    const saved = { x: 100, y: 40, width: 1000, height: 700, maximized: true };
    expect(clampWindowState(saved, [laptop, monitorRight], laptop)).toEqual(saved);
  });

  it('keeps a window on a secondary monitor, even at negative coordinates', () => {
    const saved = { x: 1600, y: -150, width: 1800, height: 1000 };
    expect(clampWindowState(saved, [laptop, monitorRight], laptop)).toEqual({ ...saved, maximized: false });
  });

  it('moves a window back onto the laptop when the monitor it was on is gone', () => {
    const saved = { x: 1600, y: -150, width: 1800, height: 1000 };
    const state = clampWindowState(saved, [laptop], laptop);
    expect(fullyInside(state, laptop)).toBe(true);
    expect(state.width).toBe(laptop.width);
    expect(state.height).toBe(laptop.height);
  });

  it('pulls a window hanging off an edge fully inside the display it mostly covers', () => {
    const state = clampWindowState({ x: 1000, y: 500, width: 1000, height: 700 }, [laptop], laptop);
    expect(fullyInside(state, laptop)).toBe(true);
    expect(state).toMatchObject({ width: 1000, height: 700, x: 440, y: 170 });
  });

  it('treats a sliver on screen as lost', () => {
    const state = clampWindowState({ x: 1400, y: 800, width: 1000, height: 700 }, [laptop], laptop);
    expect(state).toMatchObject({ x: 220, y: 85, width: 1000, height: 700 });
  });

  it('never restores smaller than the minimum size when the display has room', () => {
    const state = clampWindowState({ x: 10, y: 10, width: 200, height: 150 }, [laptop], laptop);
    expect(state.width).toBe(MIN_SIZE.width);
    expect(state.height).toBe(MIN_SIZE.height);
    expect(fullyInside(state, laptop)).toBe(true);
  });

  it('fits a small display even below the minimum size', () => {
    const tiny: Rect = { x: 0, y: 0, width: 800, height: 560 };
    const state = clampWindowState({ x: 0, y: 0, width: 1280, height: 820 }, [tiny], tiny);
    expect(state).toMatchObject({ x: 0, y: 0, width: 800, height: 560 });
  });
});

describe('parseWindowState', () => {
  it('accepts what saveWindowState writes', () => {
    expect(parseWindowState('{"x":1,"y":2,"width":900,"height":600,"maximized":false}')).toEqual({
      x: 1,
      y: 2,
      width: 900,
      height: 600,
      maximized: false,
    });
  });

  it.each([
    '',
    'not json',
    'null',
    '[]',
    '{"x":1}',
    '{"x":"1","y":0,"width":900,"height":600}',
    '{"x":0,"y":0,"width":-5,"height":600}',
  ])('ignores %j', (text) => expect(parseWindowState(text)).toBeNull());
});

describe('load and save', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('round-trips through the JSON file in the user-data folder', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'blendwise-window-'));
    saveWindowState(dir, { x: 50, y: 60, width: 1000, height: 700, maximized: true });
    expect(JSON.parse(readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8'))).toMatchObject({
      width: 1000,
    });
    expect(loadWindowState(dir, [laptop], laptop)).toEqual({
      x: 50,
      y: 60,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('falls back to the default when the file is missing or corrupt', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'blendwise-window-'));
    expect(loadWindowState(dir, [laptop], laptop).width).toBe(DEFAULT_SIZE.width);
    writeFileSync(path.join(dir, WINDOW_STATE_FILE), '{broken');
    expect(loadWindowState(dir, [laptop], laptop).width).toBe(DEFAULT_SIZE.width);
  });

  it('does not throw when the folder cannot be written', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'blendwise-window-'));
    const blocker = path.join(dir, 'file');
    writeFileSync(blocker, '');
    expect(() =>
      saveWindowState(path.join(blocker, 'sub'), { x: 0, y: 0, width: 900, height: 600, maximized: false }),
    ).not.toThrow();
  });
});
