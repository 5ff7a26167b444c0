/** The `adapters` section of switchboard.yaml: how long a hot-fix adapter may serve, and the suites that must not regress. */
import { z } from 'zod';

export const adaptersSchema = z
  .strictObject({
    /**
     * An adapter is a hot fix, not a second model: after this many days it is no longer routed to, and `serve` and
     * `adapter list` say to merge it into the base model and remove it.
     */
    maxAgeDays: z.number().int().min(1).max(365).default(30),
    /**
     * The stability anchors: eval suite files (relative to the workspace) an adapter must not regress before it may
     * serve. Empty: the suites `eval run` plays by default (every evals/*.yaml).
     */
    anchors: z.array(z.string().min(1)).default([]),
  })
  .prefault({});
