import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCycles, type DirectedGraph } from './find-cycles.js';
import { folderGraph, readImportGraph, sourceRoots } from './import-graph.js';

const workspace = fileURLToPath(new URL('../..', import.meta.url));

function graphOf(edges: Record<string, readonly string[]>): DirectedGraph {
  return new Map(Object.entries(edges).map(([node, targets]) => [node, new Set(targets)]));
}

describe('findCycles', () => {
  it('finds each group of nodes that reach one another, and a node that imports itself', () => {
    const graph = graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['a'], e: ['e'], f: ['g'], g: [] });
    expect(findCycles(graph).sort()).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('finds none in a graph without cycles', () => {
    expect(findCycles(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });
});

describe('folderGraph', () => {
  it('joins two sibling folders that import each other', () => {
    const files = graphOf({
      '/p/src/ranking/rerank.ts': ['/p/src/retrieval/chunk.ts'],
      '/p/src/retrieval/index.ts': ['/p/src/ranking/bm25.ts'],
      '/p/src/retrieval/chunk.ts': [],
      '/p/src/ranking/bm25.ts': [],
    });
    expect(findCycles(folderGraph(files))).toEqual([['/p/src/ranking', '/p/src/retrieval']]);
  });

  it('counts a subfolder as part of its parent, so a parent using its parts is no cycle', () => {
    const files = graphOf({
      '/p/src/index.ts': ['/p/src/zendesk/articles.ts'],
      '/p/src/zendesk/articles.ts': ['/p/src/json-shape.ts'],
      '/p/src/json-shape.ts': [],
    });
    expect(findCycles(folderGraph(files))).toEqual([]);
  });
});

describe('readImportGraph', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'import-graph-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('packages/one/src/a.ts', "import type { B } from './b.js';\nexport type A = B;\n");
    write('packages/one/src/b.ts', "export * from './a.js';\nexport type B = string;\n");
    write('packages/one/src/c.ts', "import '@switchboard/spec';\nexport const load = () => import('./sub/index.js');\n");
    write('packages/one/src/sub/index.ts', "import { a } from '../a.test.js';\nexport const d = a;\n");
    write('packages/one/src/a.test.ts', "import { load } from './c.js';\nexport const a = load;\n");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('follows type-only imports, re-exports, dynamic imports and folder indexes, and leaves tests and package names out', () => {
    const graph = readImportGraph(sourceRoots(root));
    const source = (file: string) => path.join(root, 'packages/one/src', file);
    expect(graph.get(source('a.ts'))).toEqual(new Set([source('b.ts')]));
    expect(graph.get(source('b.ts'))).toEqual(new Set([source('a.ts')]));
    expect(graph.get(source('c.ts'))).toEqual(new Set([source('sub/index.ts')]));
    expect(graph.has(source('a.test.ts'))).toBe(false);
    expect(findCycles(graph)).toEqual([[source('a.ts'), source('b.ts')]]);
  });
});

describe('the workspace sources', () => {
  const graph = readImportGraph(sourceRoots(workspace));
  const relative = (cycle: readonly string[]) => cycle.map((node) => path.relative(workspace, node));

  it('are read: every package, and the imports between their files', () => {
    const packages = new Set([...graph.keys()].map((file) => path.relative(workspace, file).split(path.sep).slice(0, 2).join('/')));
    expect([...packages]).toEqual(expect.arrayContaining(['packages/spec', 'packages/core', 'packages/ingest', 'apps/server']));
    expect([...graph.values()].reduce((edges, targets) => edges + targets.size, 0)).toBeGreaterThan(500);
  });

  it('have no import cycle between files', () => {
    expect(findCycles(graph).map(relative)).toEqual([]);
  });

  it('have no import cycle between folders', () => {
    expect(findCycles(folderGraph(graph)).map(relative)).toEqual([]);
  });
});
