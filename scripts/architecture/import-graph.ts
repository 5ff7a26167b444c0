/** Reads the import graph of the workspace's TypeScript sources: which file imports which, by relative path. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { DirectedGraph } from './find-cycles.js';

/** The `src` folders of every workspace package, app and example under `root`. */
export function sourceRoots(root: string): string[] {
  return ['packages', 'apps', 'examples'].flatMap((group) => {
    const groupDir = path.join(root, group);
    if (!existsSync(groupDir)) return [];
    return readdirSync(groupDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(groupDir, entry.name, 'src')))
      .map((entry) => path.join(groupDir, entry.name, 'src'));
  });
}

/** Every `.ts` file under `dir`, tests included or not. */
function typeScriptFiles(dir: string, includeTests: boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .filter((entry) => includeTests || !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The file a relative specifier names, as NodeNext resolves our sources: `./x.js` is `./x.ts`, a folder its index. */
function resolveRelative(fromFile: string, specifier: string): string | undefined {
  const target = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [
    target.replace(/\.js$/, '.ts'),
    target.replace(/\.mjs$/, '.mts'),
    target,
    `${target}.ts`,
    path.join(target, 'index.ts'),
  ];
  return candidates.find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
}

/**
 * The graph of files (absolute paths) under the given source roots: an edge for every relative import, type-only,
 * re-export and dynamic `import()` included. Imports by package name are left out; the lint's layering rules
 * keep packages from importing one another in a circle.
 */
export function readImportGraph(roots: readonly string[], options: { includeTests?: boolean } = {}): DirectedGraph {
  const graph = new Map<string, Set<string>>();
  for (const root of roots) {
    for (const file of typeScriptFiles(root, options.includeTests ?? false)) {
      const targets = new Set<string>();
      for (const imported of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
        if (!imported.fileName.startsWith('.')) continue;
        const target = resolveRelative(file, imported.fileName);
        if (target) targets.add(target);
      }
      graph.set(file, targets);
    }
  }
  // Edges into files that were left out (tests) are dropped, so only the chosen files form cycles.
  for (const targets of graph.values()) for (const target of targets) if (!graph.has(target)) targets.delete(target);
  return graph;
}

/** True when one folder is the other or lies inside it. */
function nested(folder: string, other: string): boolean {
  return folder === other || folder.startsWith(other + path.sep) || other.startsWith(folder + path.sep);
}

/**
 * The graph of folders: an edge from a file's folder to each folder it imports from. A folder counts together with
 * its subfolders, so `src/index.ts` importing `src/zendesk/` and `src/zendesk/` importing a helper in `src/` is a
 * folder using its own parts, not an edge; an import between sibling (or cousin) folders is.
 */
export function folderGraph(files: DirectedGraph): DirectedGraph {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of files) {
    const from = path.dirname(file);
    const edges = folders.get(from) ?? new Set<string>();
    folders.set(from, edges);
    for (const target of targets) if (!nested(from, path.dirname(target))) edges.add(path.dirname(target));
  }
  return folders;
}
