// How the tracker's virtualized grid learns its size and scrolls, without making the browser lay the
// page out in the middle of React's commit. TanStack's defaults read the grid's size and write its
// scroll offset (to the top, where it is) as the grid mounts: each makes the browser lay out the
// whole page on the spot, before the layout the first paint needs anyway.
import { elementScroll, type Rect, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';

type GridVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * The grid's first size, before the browser has laid it out: the window's. The first render then
 * makes every cell that can show (at worst a few rows more); from a size of 0 (the default) it
 * made a handful, and a second render made the rest.
 */
export const windowRect = (): Rect => ({ width: window.innerWidth, height: window.innerHeight });

/**
 * The grid's size as the browser lays it out, told by a ResizeObserver: it runs after layout and
 * before paint, so reading the size there costs nothing.
 */
export function observeRectAfterLayout(instance: GridVirtualizer, changed: (rect: Rect) => void): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const observer = new ResizeObserver(() => changed({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
}

/** The element each virtualizer last scrolled: its first write to a new one is the mount's. */
const mounted = new WeakMap<GridVirtualizer, HTMLDivElement>();

/**
 * Scrolls the grid as TanStack does, but for the write a virtualizer makes when it meets a new
 * grid element: to the top, where a new element already is.
 */
export const scrollUnlessMounting: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (offset, options, instance) => {
  const element = instance.scrollElement;
  if (element && mounted.get(instance) !== element) {
    mounted.set(instance, element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};
