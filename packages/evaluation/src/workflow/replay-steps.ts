/** Replays a JSON list of agent actions and confirmations through the action gateway, reporting each tool step. */
import { readFileSync } from 'node:fs';
import { SwitchboardError } from '@switchboard/spec';
import {
  createActionGateway,
  createMemoryActionLog,
  createToolRegistry,
  type ActionLogEntry,
  type StartTimer,
  type ToolCall,
  type ToolExecutor,
  type WorkflowWorkspace,
} from '@switchboard/core/workflow';

/** {"tool", "arguments"} is an action the agent attempts; {"confirm": true} means the customer confirmed the next write's details. */
export type ReplayStep =
  | { readonly tool: string; readonly arguments?: Readonly<Record<string, unknown>> }
  | { readonly confirm: true }
  | { readonly approve: string };

export interface ReplayStepResult {
  readonly index: number;
  readonly tool: string;
  readonly status: 'executed' | 'blocked' | 'failed' | 'awaiting_approval';
  readonly reason?: string;
  readonly guard?: string;
}

export function parseReplaySteps(value: unknown, file: string): ReplayStep[] {
  if (!Array.isArray(value)) throw new SwitchboardError('VALIDATION_FAILED', `${file}: expected a JSON array of steps`);
  value.forEach((step: unknown, index) => {
    const ok =
      step !== null &&
      typeof step === 'object' &&
      (('tool' in step && typeof step.tool === 'string') ||
        ('confirm' in step && step.confirm === true) ||
        ('approve' in step && typeof step.approve === 'string'));
    if (!ok)
      throw new SwitchboardError(
        'VALIDATION_FAILED',
        `${file}: step ${index} must be {"tool": name, "arguments": {...}} or {"confirm": true}`,
      );
  });
  return value as ReplayStep[];
}

/** The steps of a JSON file, checked by parseReplaySteps. */
export function readReplaySteps(file: string): ReplayStep[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new SwitchboardError('VALIDATION_FAILED', `${file}: cannot read JSON (${(error as Error).message})`, { cause: error });
  }
  return parseReplaySteps(value, file);
}

export interface ReplayOptions {
  readonly workspace: WorkflowWorkspace;
  readonly executor: ToolExecutor;
  readonly steps: readonly ReplayStep[];
  readonly clock: () => number;
  readonly newId: (prefix?: string) => string;
  readonly startTimer?: StartTimer;
  readonly conversationId?: string;
}

export async function replaySteps(options: ReplayOptions): Promise<{ steps: ReplayStepResult[]; log: readonly ActionLogEntry[] }> {
  const registry = createToolRegistry(options.workspace.tools);
  const gateway = createActionGateway({
    conversationId: options.conversationId ?? 'replay',
    registry,
    executor: options.executor,
    guards: options.workspace.guards,
    log: createMemoryActionLog(),
    clock: options.clock,
    newId: options.newId,
    ...(options.startTimer ? { startTimer: options.startTimer } : {}),
  });
  // A confirmation or approval covers the next write step: the details the agent presented just before asking.
  const nextWrite = (from: number): ToolCall | undefined => {
    const step = options.steps.slice(from + 1).find((candidate) => 'tool' in candidate && registry.get(candidate.tool)?.writes !== false);
    return step && 'tool' in step ? { tool: step.tool, arguments: step.arguments ?? {} } : undefined;
  };
  const results: ReplayStepResult[] = [];
  for (const [index, step] of options.steps.entries()) {
    if ('confirm' in step || 'approve' in step) {
      const call = nextWrite(index);
      if (call && 'confirm' in step) gateway.confirm(call);
      else if (call && 'approve' in step) gateway.approve(call, step.approve);
      continue;
    }
    const outcome = await gateway.attempt({ tool: step.tool, arguments: step.arguments ?? {} });
    results.push({
      index,
      tool: step.tool,
      status: outcome.status,
      ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
      ...(outcome.guard === undefined ? {} : { guard: outcome.guard }),
    });
  }
  return { steps: results, log: gateway.log() };
}
