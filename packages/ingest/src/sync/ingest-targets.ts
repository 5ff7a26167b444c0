/**
 * Which source a path in the workspace belongs to. A file is held by the deepest configured source whose path
 * covers it, whatever command brought it; a path outside every configured source is held by the `files` source.
 * So `ingest .`, `ingest kb` and `ingest` (or `sync`) store each file once.
 */
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { SourceSettings } from './source-settings.js';

/** The part of a workspace that decides where a path belongs: its folder, its sources and where its store is. */
export interface SourceLayout {
  /** Absolute; source paths and a relative store path are relative to it. */
  readonly dir: string;
  readonly config: { readonly sources: readonly SourceSettings[]; readonly store: { readonly path: string } };
}

/** The source that holds paths ingested outside every configured source. */
export const pathSourceName = 'files';

/** One ingest run: the files under `root`, less `exclude`, into one source. */
export interface IngestTarget {
  /** The configured source, or null for `files` (or a `--source` name that is not configured). */
  readonly source: SourceSettings | null;
  readonly name: string;
  readonly root: string;
  /** Files and folders under `root` that other sources hold, and the store's own folder. */
  readonly exclude: readonly string[];
  /** How the summary names the run: `<source>:<path>`. */
  readonly label: string;
}

/** The runs that `ingest <path>` makes: the path into the source that covers it, and each configured source inside it into itself. */
export function ingestTargets(workspace: SourceLayout, path: string, sourceName?: string): IngestTarget[] {
  const root = resolve(path);
  if (sourceName !== undefined) {
    // An explicit --source holds everything under the path.
    const source =
      workspace.config.sources.find((s) => s.name === sourceName) ?? located(workspace).find((s) => s.root === root)?.source ?? null;
    return [{ source, name: sourceName, root, exclude: storeFolderUnder(workspace, root), label: `${sourceName}:${path}` }];
  }
  const owner = located(workspace)
    .filter((s) => isWithin(root, s.root))
    .sort((a, b) => b.root.length - a.root.length)[0];
  const inside = located(workspace).filter((s) => isStrictlyWithin(s.root, root));
  return [
    {
      source: owner?.source ?? null,
      name: owner?.source.name ?? pathSourceName,
      root,
      exclude: excludedUnder(workspace, root),
      label: `${owner?.source.name ?? pathSourceName}:${path}`,
    },
    ...inside.map(({ source, root: sourceRoot }) => ({
      source,
      name: source.name,
      root: sourceRoot,
      exclude: excludedUnder(workspace, sourceRoot),
      label: `${source.name}:${source.path ?? ''}`,
    })),
  ];
}

/** What a walk of `root` leaves out: the configured sources' paths strictly inside it, and the store's folder. */
export function excludedUnder(workspace: SourceLayout, root: string): string[] {
  return [
    ...located(workspace)
      .filter((s) => isStrictlyWithin(s.root, root))
      .map((s) => s.root),
    ...storeFolderUnder(workspace, root),
  ];
}

function located(workspace: SourceLayout): { source: SourceSettings; root: string }[] {
  return workspace.config.sources.flatMap((source) =>
    source.path === undefined ? [] : [{ source, root: resolve(workspace.dir, source.path) }],
  );
}

/** The folder holding the store (data/: the database and trained models) is not knowledge, unless named itself. */
function storeFolderUnder(workspace: SourceLayout, root: string): string[] {
  const { path } = workspace.config.store;
  const folder = dirname(isAbsolute(path) ? path : join(workspace.dir, path));
  return folder !== workspace.dir && isStrictlyWithin(folder, root) ? [folder] : [];
}

function isWithin(path: string, folder: string): boolean {
  return path === folder || isStrictlyWithin(path, folder);
}

function isStrictlyWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
