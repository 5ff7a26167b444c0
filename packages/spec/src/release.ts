/** A release (issue 20): an immutable, content-hashed snapshot of everything that decides how the bot answers. */

/** What a release holds. Its canonical JSON (keys sorted) hashed with sha256 is the release's `hash`. */
export interface ReleaseSnapshot {
  /**
   * The configuration sections that decide answers, as loaded (defaults filled in), by section name: `answer`,
   * `guardrails`, `handoff`, `language`, `llm`, `personas`, `retrieval`, `safety`.
   */
  readonly config: Readonly<Record<string, unknown>>;
  /** The workspace's workflow and policy files (`workflows/*.yaml`, `tools.yaml`, `policy.yaml`, `glossary.yaml`) by relative path. */
  readonly files: Readonly<Record<string, string>>;
  /** The knowledge-base version the release was evaluated on (`KnowledgeStore.knowledgeVersion()`). */
  readonly knowledgeVersion: number;
  /** The golden-suite run (`eval gate`) that gated the release, passed or, with `forced`, failed. */
  readonly evalRunId: string;
}

/** A stored release. Never changed once created. */
export interface Release {
  /** Unique; chosen by whoever creates it (`switchboard release create NAME`). */
  readonly name: string;
  /** sha256 (hex) of the snapshot's canonical JSON. */
  readonly hash: string;
  /** ISO time it was created. */
  readonly createdAt: string;
  /** Free text from `--note`; null without one. */
  readonly note: string | null;
  /** The reason given with `--force` when the gate failed and the release was created anyway; null when the gate passed. */
  readonly forced: string | null;
  readonly snapshot: ReleaseSnapshot;
}
