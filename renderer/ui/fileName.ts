// The file names the app suggests for every file it writes. Free of the bridge, so it runs anywhere.

/** A file name every system accepts: no control characters, path separators or reserved characters. */
export function safeFileName(name: string, fallback = 'Blendwise'): string {
  const visible = [...name].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  return (
    visible
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200) || fallback
  );
}
