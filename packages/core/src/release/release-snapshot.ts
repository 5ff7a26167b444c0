/** Which parts of a workspace a release snapshots, and whether two snapshots behave alike. */
import type { ReleaseSnapshot } from '@switchboard/spec';
import { canonicalJson } from './canonical-json.js';

/**
 * The configuration sections that decide answers: prompts and models (`llm`, with its routes), composer settings,
 * handoff, guardrails, safety thresholds and actions, retrieval weights, personas, the knowledge's languages and how
 * long hot-fix adapters are routed to (`adapters`). The rest (store, server, sources, chunking, rate limits, identity,
 * widget, log…) is operations or ingest-time.
 */
export const behaviourSections = [
  'adapters',
  'answer',
  'guardrails',
  'handoff',
  'language',
  'llm',
  'personas',
  'retrieval',
  'safety',
] as const;

/** The workspace files whose contents decide what workflows do, and the hot-fix adapters the model routes include. */
export const behaviourFilePattern = /^(?:workflows\/[^/]+\.(?:ya?ml|json)|tools\.yaml|policy\.yaml|glossary\.yaml|adapters\.yaml)$/;

export interface SnapshotInput {
  /** The configuration as loaded; only `behaviourSections` are kept. */
  readonly config: Readonly<Record<string, unknown>>;
  /** Workspace files by relative path ('/' separated); only those matching `behaviourFilePattern` are kept. */
  readonly files: Readonly<Record<string, string>>;
  readonly knowledgeVersion: number;
  readonly evalRunId: string;
}

/** The configuration's `behaviourSections`, the rest left out. */
export function behaviourConfig(config: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const sections: Record<string, unknown> = {};
  for (const section of behaviourSections) if (config[section] !== undefined) sections[section] = config[section];
  return sections;
}

export function releaseSnapshot(input: SnapshotInput): ReleaseSnapshot {
  const config = behaviourConfig(input.config);
  const files: Record<string, string> = {};
  for (const path of Object.keys(input.files).sort()) if (behaviourFilePattern.test(path)) files[path] = input.files[path] ?? '';
  // A JSON round trip drops what JSON cannot hold, so the stored snapshot reads back equal to this one.
  return JSON.parse(
    JSON.stringify({ config, files, knowledgeVersion: input.knowledgeVersion, evalRunId: input.evalRunId }),
  ) as ReleaseSnapshot;
}

/** The text a release's sha256 `hash` is taken over: the snapshot's canonical JSON. */
export function releaseHashInput(snapshot: ReleaseSnapshot): string {
  return canonicalJson(snapshot);
}

/**
 * True when two snapshots answer alike: the same configuration sections and files. The knowledge version and the gating
 * run say where a release was evaluated, not how it behaves, so they are not compared.
 */
export function sameBehaviour(a: Pick<ReleaseSnapshot, 'config' | 'files'>, b: Pick<ReleaseSnapshot, 'config' | 'files'>): boolean {
  return canonicalJson({ config: a.config, files: a.files }) === canonicalJson({ config: b.config, files: b.files });
}
