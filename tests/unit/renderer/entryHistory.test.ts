import { describe, expect, it } from 'vitest';
import { entryHistory, historyKey } from '../../../renderer/mastery/tracker/entryHistory';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the score box undo list', () => {
  it('undoes and redoes the edits of one entry, step by step', () => {
    const h = entryHistory();
    h.reset('');
    h.edited('2');
    h.edited('25');
    expect(h.undo()).toBe('2');
    expect(h.undo()).toBe('');
    expect(h.undo()).toBeNull();
    expect(h.redo()).toBe('2');
    expect(h.redo()).toBe('25');
    expect(h.redo()).toBeNull();
  });

  it('forgets an earlier entry: undo in the next one never brings its keys back', () => {
    const h = entryHistory();
    h.reset('2');
    h.edited('25');
    h.reset('1');
    expect(h.undo()).toBeNull();
    expect(h.redo()).toBeNull();
  });

  it('an edit after an undo drops what could be redone', () => {
    const h = entryHistory();
    h.reset('');
    h.edited('4');
    expect(h.undo()).toBe('');
    h.edited('7');
    expect(h.redo()).toBeNull();
    expect(h.undo()).toBe('');
  });

  it('ignores an "edit" that changes nothing', () => {
    const h = entryHistory();
    h.reset('3');
    h.edited('3');
    expect(h.undo()).toBeNull();
  });
});

describe('the keys of the box undo list', () => {
  it('reads Ctrl or Cmd with Z as undo, with Shift or Ctrl+Y as redo, and nothing else', () => {
    expect(historyKey(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyKey(key('z', { metaKey: true }))).toBe('undo');
    expect(historyKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyKey(key('y', { ctrlKey: true }))).toBe('redo');
    expect(historyKey(key('z'))).toBeNull();
    expect(historyKey(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyKey(key('c', { ctrlKey: true }))).toBeNull();
  });
});
