/**
 * Rounds to 2 decimals, half away from zero, on the decimal value a person would write down:
 * 3.475 -> 3.48, 2.125 -> 2.13, 1.005 -> 1.01 (where `Math.round(x * 100) / 100` gives 3.47 and
 * 1). Float noise from the arithmetic before it (3.5275000000000003) is first cleaned off at 12
 * significant digits; the shift by 100 is then done on the decimal text, not by multiplying.
 * Non-finite values come back as they are.
 */
export function roundHalfUp2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const clean = Number(x.toPrecision(12));
  if (clean === 0) return 0;
  const abs = clean < 0 ? -clean : clean;
  const text = String(abs);
  const e = text.indexOf('e');
  const shifted =
    e < 0 ? Number(`${text}e2`) : Number(`${text.slice(0, e)}e${Number(text.slice(e + 1)) + 2}`);
  // An integer divided by 100 is correctly rounded, so this is the double nearest the decimal.
  const rounded = Math.round(shifted) / 100;
  return clean < 0 && rounded !== 0 ? -rounded : rounded;
}
