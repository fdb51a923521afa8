/** Header text reduced to lowercase letters and digits, so "E-mail", "EMAIL" and "e mail" meet. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The first column for each field whose header matches one of its names; a column serves one
 * field only. A "Student"/"Pupil" prefix is ignored, so "Student Email" reads as "Email".
 */
export function detectColumns<F extends string>(
  headers: string[],
  names: Record<F, string[]>,
): Partial<Record<F, number>> {
  const lookup = new Map<string, F>();
  for (const field of Object.keys(names) as F[]) {
    for (const name of names[field]) if (!lookup.has(headerKey(name))) lookup.set(headerKey(name), field);
  }
  const found: Partial<Record<F, number>> = {};
  headers.forEach((header, index) => {
    const key = headerKey(header);
    const field = lookup.get(key) ?? lookup.get(key.replace(/^(student|pupil)/, ''));
    if (field !== undefined && found[field] === undefined) found[field] = index;
  });
  return found;
}

/** Trimmed, with runs of whitespace (including line breaks) made one space. */
export function tidy(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}
