import type { Skill } from './model';

export type SkillRow = { skill: Skill; depth: number; childCount: number };

/** The skills of one framework as the tree reads top to bottom: parents before children, siblings by order. */
export function flattenSkillTree(skills: Skill[]): SkillRow[] {
  const ids = new Set(skills.map((s) => s.id));
  const children = new Map<string | null, Skill[]>();
  for (const s of skills) {
    // A parent that no longer exists makes the skill top-level rather than hiding it.
    const parent = s.parentId && ids.has(s.parentId) ? s.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(s);
    children.set(parent, list);
  }
  for (const list of children.values()) {
    list.sort((a, b) => a.order - b.order || a.code.localeCompare(b.code, undefined, { numeric: true }));
  }
  const out: SkillRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const s of children.get(parent) ?? []) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      out.push({ skill: s, depth, childCount: children.get(s.id)?.length ?? 0 });
      walk(s.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The skill and everything below it. */
export function descendantIds(skills: Skill[], rootId: string): Set<string> {
  const byParent = new Map<string, string[]>();
  for (const s of skills) {
    if (!s.parentId) continue;
    const list = byParent.get(s.parentId) ?? [];
    list.push(s.id);
    byParent.set(s.parentId, list);
  }
  const out = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    for (const child of byParent.get(id) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        stack.push(child);
      }
    }
  }
  return out;
}
