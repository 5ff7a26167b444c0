/** Declarative procedures (workflows/*.yaml): steps that collect, call, branch, confirm, approve, hand off and reply. */
import type { AuthorityLimit } from './policy.js';

/** A test on the run's context: `value` is a dotted path (`order.status`, `slots.reason`). */
export type Condition =
  | {
      readonly value: string;
      readonly equals?: unknown;
      readonly in?: readonly unknown[];
      readonly greaterThan?: number;
      readonly atMost?: number;
      readonly exists?: boolean;
    }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  /** A named condition from glossary.yaml. */
  | { readonly condition: string };

interface StepBase {
  readonly id?: string;
  /** Step to go to next (default: the following step). 'end' finishes. */
  readonly next?: string;
}

export type WorkflowStep =
  | (StepBase & { readonly collect: string; readonly prompt: string; readonly pattern?: string; readonly values?: readonly string[] })
  | (StepBase & {
      readonly call: string;
      readonly arguments: Readonly<Record<string, unknown>>;
      readonly save?: string;
      readonly onFailure?: string;
    })
  | (StepBase & { readonly branch: readonly { readonly when?: Condition; readonly goto: string }[] })
  /** Presents the details of the next `call` step and waits for the customer's explicit yes. */
  | (StepBase & { readonly confirm: string; readonly onDecline?: string })
  /** Waits for a human's approval of the next `call` step. */
  | (StepBase & { readonly approve: string })
  | (StepBase & { readonly handoff: string })
  | (StepBase & { readonly reply: string });

export interface WorkflowDefinition {
  readonly name: string;
  readonly description: string;
  /** Intent labels that start this workflow. */
  readonly intents: readonly string[];
  /** Authority limits: above `max`, the call waits for a human's approval (enforced by the engine on every call). */
  readonly authority?: readonly AuthorityLimit[];
  readonly steps: readonly WorkflowStep[];
}

/** The workflow an intent selects, or undefined when none declares it. */
export function selectWorkflow(workflows: readonly WorkflowDefinition[], intent: string): WorkflowDefinition | undefined {
  return workflows.find((workflow) => workflow.intents.includes(intent));
}

/** Every workflow's authority limits, for the policy guards. */
export function authorityLimitsOf(workflows: readonly WorkflowDefinition[]): AuthorityLimit[] {
  return workflows.flatMap((workflow) => workflow.authority ?? []);
}
