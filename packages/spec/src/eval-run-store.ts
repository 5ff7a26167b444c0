/** The repository of golden-suite runs (`switchboard eval run`): each run saved once, read back by id or newest first. */

/** A stored run: the columns a listing shows, and the whole run as JSON. */
export interface StoredEvalRun {
  /** Unique: saving a second run with a stored id rejects. */
  readonly runId: string;
  /** ISO time the run started; listings are newest first by it. */
  readonly startedAt: string;
  /** sha256 prefix of the configuration the run used. */
  readonly configHash: string;
  /** The knowledge base version the run answered from. */
  readonly knowledgeVersion: number;
  /** The workspace's git commit, or null outside a repository. */
  readonly gitCommit: string | null;
  readonly casesTotal: number;
  readonly casesPassed: number;
  /** The run as JSON (`EvalRun` of packages/evaluation); the store keeps it as given. */
  readonly body: string;
}

export interface EvalRunStore {
  /** Stores a run. Rejects with a `SwitchboardError` `VALIDATION_FAILED` naming the id when it is already stored. */
  save(run: StoredEvalRun): Promise<void>;
  /** The run with this id, or null when unknown. */
  get(runId: string): Promise<StoredEvalRun | null>;
  /** The newest runs first (by `startedAt`, then most recently saved), at most `limit` when given. */
  list(limit?: number): Promise<StoredEvalRun[]>;
}
