import type { FrameworkImportSkill } from './types';

/** One item on its way into the tree; `parentKey` is another node's key or null (top level). */
export type TreeNode = {
  key: string;
  parentKey: string | null;
  /** The position the source gives among its siblings (CASE sequenceNumber), if any. */
  seq: number | undefined;
  /** Position in the source file, used when there is no sequence number and to break ties. */
  order: number;
};

const bySiblingOrder = (a: TreeNode, b: TreeNode): number => {
  if (a.seq !== undefined && b.seq !== undefined) return a.seq - b.seq || a.order - b.order;
  if (a.seq !== undefined) return -1;
  if (b.seq !== undefined) return 1;
  return a.order - b.order;
};

/**
 * Breaks every loop of parents (the earliest node of the loop in the file goes to the top level;
 * `onLoop` hears about it, the breaker first) and returns the nodes in tree order: parents before
 * children, siblings by sequence number and then file order. Iterative, so deep trees are fine.
 */
export function arrangeTree<N extends TreeNode>(nodes: N[], onLoop: (loop: N[]) => void): N[] {
  const byKey = new Map<string, N>();
  for (const n of nodes) byKey.set(n.key, n);
  for (const n of nodes) if (n.parentKey !== null && !byKey.has(n.parentKey)) n.parentKey = null;

  const done = new Set<string>();
  for (const start of nodes) {
    const path: N[] = [];
    const onPath = new Map<string, number>();
    let node: N | undefined = start;
    while (node !== undefined && !done.has(node.key) && !onPath.has(node.key)) {
      onPath.set(node.key, path.length);
      path.push(node);
      node = node.parentKey === null ? undefined : byKey.get(node.parentKey);
    }
    if (node !== undefined && onPath.has(node.key)) {
      const loop = path.slice(onPath.get(node.key));
      let first = 0;
      loop.forEach((n, i) => {
        if (n.order < (loop[first] as N).order) first = i;
      });
      const ordered = [...loop.slice(first), ...loop.slice(0, first)];
      (ordered[0] as N).parentKey = null;
      onLoop(ordered);
    }
    for (const n of path) done.add(n.key);
  }

  const children = new Map<string | null, N[]>();
  for (const n of nodes) {
    const list = children.get(n.parentKey);
    if (list) list.push(n);
    else children.set(n.parentKey, [n]);
  }
  for (const list of children.values()) list.sort(bySiblingOrder);

  const out: N[] = [];
  const stack: N[] = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as N;
    out.push(n);
    const kids = children.get(n.key);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as N);
  }
  return out;
}

/** What a skill node of either source carries into the import. */
type SkillNode = TreeNode & Pick<FrameworkImportSkill, 'identifier' | 'code' | 'statement' | 'type' | 'educationLevel'>;

/** The arranged nodes as the import's skills, each naming its parent by identifier. */
export function importSkills<N extends SkillNode>(ordered: readonly N[], byKey: ReadonlyMap<string, N>): FrameworkImportSkill[] {
  return ordered.map((n) => ({
    identifier: n.identifier,
    code: n.code,
    statement: n.statement,
    parentIdentifier: n.parentKey === null ? null : (byKey.get(n.parentKey)?.identifier ?? null),
    type: n.type,
    educationLevel: n.educationLevel,
  }));
}
