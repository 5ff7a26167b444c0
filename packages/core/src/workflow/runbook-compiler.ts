/** Drafts a workflow from a runbook for a human to review: mapped steps, and each unresolved finding left as a TODO. */
import { analyzeRunbook } from './runbook-lint.js';
import type { InstructionAnalysis } from './runbook-linter.js';
import type { WorkflowWorkspace } from './workflow-workspace.js';

type DraftStep = Record<string, unknown>;

const slotName = (phrase: string): string =>
  phrase
    .toLowerCase()
    .replace(/^(?:for|about)\s+/, '')
    .replace(/\b(?:the|their|his|her|your|a|an)\b/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40) || 'answer';

function stepsFor(analysis: InstructionAnalysis, index: number): DraftStep[] {
  const { instruction, findings } = analysis;
  const todo = findings.length === 0 ? {} : { todo: findings.map((finding) => `${finding.kind}: ${finding.message}`).join(' | ') };
  const id = `line_${instruction.line}`;
  const steps: DraftStep[] = [];
  if (analysis.condition)
    steps.push({
      id,
      branch: [
        {
          when: analysis.condition.named ? { condition: analysis.condition.named } : { value: 'TODO', equals: 'TODO' },
          goto: `${id}_then`,
        },
        { goto: `after_${id}` },
      ],
      ...(analysis.condition.named ? {} : { todo: `define "${analysis.condition.phrase}" as a condition` }),
    });
  const bodyId = analysis.condition ? `${id}_then` : id;
  const tool = analysis.action?.tool;
  if (tool) {
    const args = Object.fromEntries(
      (tool.arguments.required ?? Object.keys(tool.arguments.properties ?? {})).map((name) => [name, `{{slots.${name}}}`]),
    );
    if (tool.writes) steps.push({ id: bodyId, confirm: `To confirm: ${instruction.text} Shall I go ahead (yes/no)?` });
    steps.push({ ...(tool.writes ? {} : { id: bodyId }), call: tool.name, arguments: args, save: `result_${index}`, ...todo });
  } else if (analysis.role?.contact) steps.push({ id: bodyId, handoff: instruction.text, ...todo });
  else if (analysis.customer?.kind === 'ask')
    steps.push({ id: bodyId, collect: slotName(analysis.customer.phrase), prompt: instruction.text, ...todo });
  else steps.push({ id: bodyId, reply: instruction.text, ...todo });
  if (analysis.condition)
    steps.push({ id: `after_${id}`, reply: '', todo: 'the branch joins here; remove this placeholder or say something' });
  return steps;
}

export interface CompiledRunbook {
  /** The draft workflow, shaped like workflows/*.yaml (steps may carry `todo`). */
  readonly workflow: { name: string; description: string; intents: string[]; steps: DraftStep[] };
  readonly todos: number;
}

export function compileRunbook(markdown: string, workspace: WorkflowWorkspace, name: string): CompiledRunbook {
  const analyses = analyzeRunbook(markdown, workspace).filter(
    (analysis) => analysis.action || analysis.role || analysis.customer || analysis.condition || analysis.findings.length > 0,
  );
  const steps = analyses.flatMap(stepsFor);
  return {
    workflow: { name, description: `Drafted from a runbook by switchboard runbook compile; review every step.`, intents: [], steps },
    todos: steps.filter((step) => 'todo' in step).length,
  };
}
