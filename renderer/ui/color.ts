const INK = '#1d2430';
const WHITE = '#ffffff';
const BLACK = '#000000';
/** WCAG AA for normal text */
const AA = 4.5;

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h!, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const INK_LUMINANCE = luminance(INK)!;

// Colours are few (a scale's levels, a grouping's groups) and asked for per cell: worked out once.
const inks = new Map<string, string>();

/**
 * Dark or white text, whichever reads better on the given #rrggbb background (WCAG contrast), and
 * at least 4.5:1: on a mid colour where neither the app's ink nor white reaches it (an orange, a
 * gold), black does (one of black and white always reaches 4.58:1).
 */
export function readableInk(hex: string): string {
  const known = inks.get(hex);
  if (known) return known;
  const l = luminance(hex);
  let ink = INK;
  if (l !== null) {
    const onWhite = contrast(l, 1);
    const onInk = contrast(l, INK_LUMINANCE);
    if (Math.max(onWhite, onInk) >= AA) ink = onWhite >= onInk ? WHITE : INK;
    else ink = contrast(l, 0) > onWhite ? BLACK : WHITE;
  }
  inks.set(hex, ink);
  return ink;
}
