/** Small readers for loosely typed CASE data: they never throw and never trust a type. */

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const own = (o: Obj, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The field by its exact name, else by the same name in any case (`cfItems`, `fullstatement`). */
export function get(o: Obj, name: string): unknown {
  if (own(o, name)) return o[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lower) return o[k];
  return undefined;
}

/** Text of a string, number or boolean; anything else is no text. */
export function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  return '';
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The key an identifier is compared by: UUIDs in any case, with or without `urn:uuid:`. */
export function idKey(id: string): string {
  return id.trim().toLowerCase().replace(/^urn:uuid:/, '');
}

/** The last UUID inside a URI such as `https://host/ims/case/v1p0/CFItems/<uuid>` or `local:<uuid>`. */
export function uuidIn(text: string): string | undefined {
  const found = text.match(UUID);
  return found ? found[found.length - 1] : undefined;
}

/** A sequence number given as a number or as digits; anything else is none. */
export function seqOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

/**
 * Education levels as one text: `["06"]` → `06`, `["09","10"]` → `09,10`. OpenSALT's CSV writes
 * several in one cell and sometimes `09.10` for 09,10.
 */
export function joinLevels(v: unknown): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'string' && /^[A-Za-z0-9]{1,4}$/.test(v)) return v;
  const parts = Array.isArray(v) ? v.map(str) : [str(v)];
  return parts
    .flatMap((p) => p.split(/[,;\s]+/))
    .flatMap((p) => (/^\d{2}\.\d{2}$/.test(p) ? p.split('.') : [p]))
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(',');
}

/** A CFItemType as text: CASE writes a string; some servers send an object with a title. */
export function typeText(v: unknown): string {
  if (isObj(v)) return str(get(v, 'title')).trim() || str(get(v, 'typeCode')).trim();
  return str(v).trim();
}

/** A short name for an item in a message: its code, else the start of its statement, else its id. */
export function label(code: string, statement: string, identifier: string): string {
  if (code) return code;
  const s = statement.replace(/\s+/g, ' ').trim();
  if (s) return s.length > 60 ? `${s.slice(0, 57)}…` : s;
  return identifier;
}
