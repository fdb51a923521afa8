// The rows of a long table (a district roster, a district's classes): up to RENDER_ALL_UNTIL they
// are all in the page, as any table; past it, only the rows in and near the window are, between
// two spacer rows that keep the page as tall as the whole table. The window is what scrolls (the
// app's pages do), so Tab and the arrow keys scroll the page as they do everywhere else, and the
// rows just past the window are always there for Tab to reach. Screen readers get the whole
// table's size from aria-rowcount and each row's place from aria-rowindex (the header is row 1).
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/** A school's class or a teacher's class list: every row in the page, found by the browser's Find. */
export const RENDER_ALL_UNTIL = 200;

export type TableRows = {
  /** true when only the rows near the window are in the page */
  virtual: boolean;
  /** the indexes of the rows to render, in order */
  indexes: number[];
  /** heights of the spacer rows before and after them, in px (0: no spacer row) */
  before: number;
  after: number;
  /** put on each rendered row (with data-index): measures its real height */
  measure: (row: HTMLTableRowElement | null) => void;
  /** put on the tbody: where the table starts in the page */
  placeBody: (body: HTMLTableSectionElement | null) => void;
  /** aria-rowcount for the table, header row included (set only while rows are left out) */
  rowCount: number | undefined;
};

export function useTableRows(count: number, estimatedRowPx: number): TableRows {
  const virtual = count > RENDER_ALL_UNTIL;
  const [body, setBody] = useState<HTMLTableSectionElement | null>(null);
  const [top, setTop] = useState(0);
  // Where the rows start in the page: headers, banners and toolbars above the table move it.
  useLayoutEffect(() => {
    if (!virtual || !body) return;
    const place = () => setTop(body.getBoundingClientRect().top + window.scrollY);
    place();
    const watch = new ResizeObserver(place);
    watch.observe(document.body);
    return () => watch.disconnect();
  }, [virtual, body]);

  const estimate = useRef(estimatedRowPx);
  const rows = useWindowVirtualizer({
    count: virtual ? count : 0,
    estimateSize: useCallback(() => estimate.current, []),
    overscan: 12,
    scrollMargin: top,
    enabled: virtual,
  });

  if (!virtual) {
    return {
      virtual,
      indexes: Array.from({ length: count }, (_, i) => i),
      before: 0,
      after: 0,
      measure: noop,
      placeBody: setBody,
      rowCount: undefined,
    };
  }
  const items = rows.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    virtual,
    indexes: items.map((item) => item.index),
    before: first ? first.start - top : 0,
    after: last ? rows.getTotalSize() - (last.end - top) : 0,
    measure: rows.measureElement,
    placeBody: setBody,
    rowCount: count + 1,
  };
}

const noop = () => undefined;
