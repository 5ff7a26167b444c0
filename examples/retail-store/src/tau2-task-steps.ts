/** Turns a τ²-bench task's expected actions into replay steps: a confirmation before each write, authentication first. */
import type { ToolDefinition } from '@switchboard/core/workflow';
import type { RetailDatabase } from './retail-database.js';
import type { ReplayStep } from '@switchboard/evaluation';

export interface Tau2Task {
  readonly id: string;
  readonly evaluation_criteria?: {
    readonly actions?: readonly { readonly name: string; readonly arguments: Record<string, unknown> }[] | null;
  } | null;
}

const authenticating = new Set(['find_user_id_by_email', 'find_user_id_by_name_zip']);
const open = new Set(['calculate', 'transfer_to_human_agents']);

/**
 * About 45 τ² tasks list only their write actions (the benchmark scores the final database), so the replay
 * authenticates first as the agent must: by the email of the customer who owns the first record the task acts on.
 */
export function tau2TaskSteps(task: Tau2Task, db: RetailDatabase, tools: readonly ToolDefinition[]): ReplayStep[] {
  const actions = task.evaluation_criteria?.actions ?? [];
  const writes = new Set(tools.filter((tool) => tool.writes).map((tool) => tool.name));
  const steps: ReplayStep[] = [];
  const firstGuarded = actions.findIndex((action) => !open.has(action.name));
  const guarded = actions[firstGuarded];
  if (guarded && !authenticating.has(guarded.name)) {
    const orderId = actions.map((action) => action.arguments['order_id']).find((id) => typeof id === 'string');
    const userId =
      (orderId === undefined ? undefined : db.orders[orderId as string]?.user_id) ?? (guarded.arguments['user_id'] as string | undefined);
    const email = userId === undefined ? undefined : db.users[userId]?.email;
    if (email !== undefined) steps.push({ tool: 'find_user_id_by_email', arguments: { email } });
  }
  for (const action of actions) {
    if (writes.has(action.name)) steps.push({ confirm: true });
    steps.push({ tool: action.name, arguments: action.arguments });
  }
  return steps;
}
