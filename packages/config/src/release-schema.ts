/** The `release` section of switchboard.yaml: the acceptance criteria `switchboard eval gate` holds a change to. */
import { z } from 'zod';
import { criterionProblem } from '@switchboard/spec';

/**
 * `criteria`: aggregate name → `"OP NUMBER"`, e.g. `{faithfulness: ">= 0.98", regressions: "== 0"}`, declared before
 * the change they judge. Checked here, at load, so a misspelt name or a malformed comparison stops every command at
 * once instead of surfacing as a criterion the gate cannot read.
 */
export const releaseSchema = z
  .strictObject({
    criteria: z
      .record(z.string(), z.unknown())
      .superRefine((criteria, context) => {
        for (const [name, text] of Object.entries(criteria)) {
          const problem = criterionProblem(name, text);
          if (problem !== null) context.addIssue({ code: 'custom', path: [name], message: problem });
        }
      })
      .transform((criteria) => criteria as Readonly<Record<string, string>>)
      .default({}),
  })
  .prefault({});
