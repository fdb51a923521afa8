import type { FrameworkImportSkill } from './types';

/** The imported items as a tree, for the preview. Roots keep the file's order, as do children. */
export type CaseTree = {
  roots: string[];
  children: Map<string, string[]>;
  byId: Map<string, FrameworkImportSkill>;
  /** the item and everything under it */
  size: Map<string, number>;
};

export function buildCaseTree(skills: FrameworkImportSkill[]): CaseTree {
  const byId = new Map<string, FrameworkImportSkill>();
  for (const s of skills) if (!byId.has(s.identifier)) byId.set(s.identifier, s);
  const roots: string[] = [];
  const children = new Map<string, string[]>();
  for (const s of byId.values()) {
    const parent = s.parentIdentifier && s.parentIdentifier !== s.identifier ? s.parentIdentifier : null;
    if (parent && byId.has(parent)) {
      const list = children.get(parent);
      if (list) list.push(s.identifier);
      else children.set(parent, [s.identifier]);
    } else {
      roots.push(s.identifier);
    }
  }
  const size = new Map<string, number>();
  const order = [...byId.keys()];
  // Children may in principle come before their parent: count depth-first, without recursion.
  const visit = (root: string) => {
    const stack: [string, boolean][] = [[root, false]];
    while (stack.length) {
      const [id, done] = stack.pop()!;
      if (done) {
        size.set(id, 1 + (children.get(id) ?? []).reduce((n, c) => n + (size.get(c) ?? 0), 0));
        continue;
      }
      if (size.has(id)) continue;
      stack.push([id, true]);
      for (const c of children.get(id) ?? []) stack.push([c, false]);
    }
  };
  for (const id of order) visit(id);
  return { roots, children, byId, size };
}

/**
 * A tree as plain lists, to come back from the import worker: a worker posts Maps whole, in one
 * message the window would stall on; top-level lists go in slices. Leaves have no size entry (1).
 */
export type FlatCaseTree = {
  treeRoots: string[];
  treeChildren: [string, string[]][];
  treeSizes: [string, number][];
};

export function flattenCaseTree(tree: CaseTree): FlatCaseTree {
  return {
    treeRoots: tree.roots,
    treeChildren: [...tree.children],
    treeSizes: [...tree.children.keys()].map((id) => [id, tree.size.get(id) ?? 1]),
  };
}

/** The tree again from its plain lists and the skills it was built from. */
export function caseTreeFromFlat(skills: FrameworkImportSkill[], flat: FlatCaseTree): CaseTree {
  const byId = new Map<string, FrameworkImportSkill>();
  for (const s of skills) if (!byId.has(s.identifier)) byId.set(s.identifier, s);
  return { roots: flat.treeRoots, children: new Map(flat.treeChildren), byId, size: new Map(flat.treeSizes) };
}

/** The skills of one branch (or all, for null), in the file's order: parents before children. */
export function branchSkills(
  tree: CaseTree,
  skills: FrameworkImportSkill[],
  branch: string | null,
): FrameworkImportSkill[] {
  if (branch === null) {
    const seen = new Set<string>();
    return skills.filter((s) => !seen.has(s.identifier) && !!seen.add(s.identifier));
  }
  const keep = new Set<string>();
  const stack = [branch];
  while (stack.length) {
    const id = stack.pop()!;
    if (keep.has(id)) continue;
    keep.add(id);
    stack.push(...(tree.children.get(id) ?? []));
  }
  return [...tree.byId.values()]
    .filter((s) => keep.has(s.identifier))
    .map((s) => (s.identifier === branch ? { ...s, parentIdentifier: null } : s));
}

/** What the teacher reads for an item: its code, then its statement. */
export function itemLabel(s: FrameworkImportSkill): string {
  return [s.code, s.statement].filter(Boolean).join(' ') || s.identifier;
}
