/**
 * Finds the line an item or association starts on in the JSON text, by its identifier. Built once
 * and only when a problem needs a line; a miss gives line 1.
 */
export class JsonLocator {
  private ids: Map<string, number[]> | undefined;
  private lineStarts: number[] | undefined;
  private readonly sections = new Map<string, number>();

  constructor(private readonly text: string) {}

  /** The line of the object whose `"identifier"` is `id`, in the array named `section`. */
  line(id: string, section: 'CFItems' | 'CFAssociations'): number {
    try {
      const positions = this.index().get(id.trim().toLowerCase());
      if (!positions) return 1;
      const from = this.sectionStart(section);
      const at = positions.find((p) => p >= from) ?? positions[0];
      return at === undefined ? 1 : this.lineAt(this.objectStart(at));
    } catch {
      return 1;
    }
  }

  /** The line of a character offset. */
  lineAt(offset: number): number {
    const starts = (this.lineStarts ??= this.findLineStarts());
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private findLineStarts(): number[] {
    const starts = [0];
    for (let at = this.text.indexOf('\n'); at !== -1; at = this.text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }

  private index(): Map<string, number[]> {
    if (this.ids) return this.ids;
    const ids = new Map<string, number[]>();
    const re = /"identifier"\s*:\s*"([^"\\]{1,200})"/g;
    for (let m = re.exec(this.text); m !== null; m = re.exec(this.text)) {
      const key = (m[1] as string).trim().toLowerCase();
      const list = ids.get(key);
      if (list) list.push(m.index);
      else ids.set(key, [m.index]);
    }
    this.ids = ids;
    return ids;
  }

  private sectionStart(section: string): number {
    let at = this.sections.get(section);
    if (at === undefined) {
      const m = new RegExp(`"${section}"\\s*:`, 'i').exec(this.text);
      at = m ? m.index : 0;
      this.sections.set(section, at);
    }
    return at;
  }

  /** The `{` that opens the object holding `offset`, looking back a little way; else `offset`. */
  private objectStart(offset: number): number {
    let depth = 0;
    for (let i = offset - 1; i >= 0 && i > offset - 20_000; i--) {
      const ch = this.text[i];
      if (ch === '}') depth++;
      else if (ch === '{') {
        if (depth === 0) return i;
        depth--;
      }
    }
    return offset;
  }
}
