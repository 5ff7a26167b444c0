/** The fixtures folder and the output shape the ingest tests share (they run the CLI with testkit's runCli). */
import { fileURLToPath } from 'node:url';

export const ingestFixtures = fileURLToPath(new URL('../../../packages/ingest/src/__fixtures__', import.meta.url));

/** The JSON summary printed by `ingest --json` and `sync --json`. */
export interface IngestJson {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly skipped: number;
  readonly empty: number;
  readonly failed: { path: string; reason: string }[];
  readonly warnings: { path: string; message: string }[];
  readonly sources: Record<string, { added: number; updated: number; unchanged: number; removed: number; failed: number }>;
}
