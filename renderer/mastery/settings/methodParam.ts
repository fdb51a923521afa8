import type { MethodParam } from '../../../shared';

export type ParamCheck = { ok: true; value: number } | { ok: false; message: string };

/**
 * What the teacher typed in a method's number field (weight, n): the number when it is a whole
 * number in the method's range, else what is wrong in plain words. Same range as the schema.
 */
export function checkMethodParam(text: string, param: Pick<MethodParam, 'min' | 'max'>): ParamCheck {
  const { min, max } = param;
  const range = `from ${min} to ${max}`;
  const t = text.trim();
  if (t === '') return { ok: false, message: `Type a whole number ${range}.` };
  // Plain decimals only: Number() would also take '1e1', '0x10' or 'Infinity'.
  const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(n)) return { ok: false, message: `That is not a number. Type a whole number ${range}.` };
  if (!Number.isInteger(n)) return { ok: false, message: `${t} is not a whole number. Type one ${range}.` };
  if (n < min) return { ok: false, message: `${n} is too low. Type a whole number ${range}.` };
  if (n > max) return { ok: false, message: `${n} is too high. Type a whole number ${range}.` };
  return { ok: true, value: n };
}
