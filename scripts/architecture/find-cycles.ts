/** Finds the cycles of a directed graph: its strongly connected components with more than one node, or a self-loop. */

/** A directed graph: each node and the nodes it points to. */
export type DirectedGraph = ReadonlyMap<string, ReadonlySet<string>>;

/** Each cycle as its sorted nodes; nodes that reach one another belong to the same cycle (Tarjan's algorithm). */
export function findCycles(graph: DirectedGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  // Iterative, so a long import chain cannot overflow the call stack.
  const visit = (start: string) => {
    const frames: { node: string; next: Iterator<string> }[] = [];
    const enter = (node: string) => {
      index.set(node, index.size);
      lowLink.set(node, index.get(node)!);
      stack.push(node);
      onStack.add(node);
      frames.push({ node, next: (graph.get(node) ?? new Set<string>()).values() });
    };
    enter(start);
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      const step = frame.next.next();
      if (!step.done) {
        const target = step.value;
        if (!index.has(target)) enter(target);
        else if (onStack.has(target)) lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, index.get(target)!));
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent) lowLink.set(parent.node, Math.min(lowLink.get(parent.node)!, lowLink.get(frame.node)!));
      if (lowLink.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || graph.get(frame.node)?.has(frame.node)) cycles.push(component.sort());
    }
  };

  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
