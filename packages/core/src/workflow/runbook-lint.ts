/** Lints a human runbook against a workspace: every finding with its line. */
import { runbookInstructions } from './runbook-instructions.js';
import { analyzeInstruction, type InstructionAnalysis, type RunbookFinding } from './runbook-linter.js';
import { buildRunbookVocabulary } from './runbook-vocabulary.js';
import type { WorkflowWorkspace } from './workflow-workspace.js';

export function analyzeRunbook(markdown: string, workspace: WorkflowWorkspace): InstructionAnalysis[] {
  const vocabulary = buildRunbookVocabulary(workspace);
  return runbookInstructions(markdown).map((instruction) => analyzeInstruction(instruction, vocabulary, workspace.conditions));
}

export function lintRunbook(markdown: string, workspace: WorkflowWorkspace): { findings: RunbookFinding[] } {
  return { findings: analyzeRunbook(markdown, workspace).flatMap((analysis) => analysis.findings) };
}
