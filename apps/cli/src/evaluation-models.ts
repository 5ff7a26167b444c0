/**
 * The chat models of the LLM-driven evaluations (`simulate conversations`, `eval run --judge`), from the workspace's
 * `llm` section or SWITCHBOARD_LLM_*: the large model plays customers, `llm.judgeModel` (else the large model) judges.
 */
import type { SwitchboardConfig } from '@switchboard/config';
import { createSuiteJudge, readJudgeRubric, type SuiteJudge } from '@switchboard/evaluation';
import { resolveChatModel, resolveLlmSettings } from '@switchboard/providers';
import { SwitchboardError, type ChatModel } from '@switchboard/spec';
import type { Workspace } from './workspace.js';

export interface EvaluationModels {
  /** Plays the simulated customers. */
  readonly customer: ChatModel;
  /** Grades replies and conversations. */
  readonly judge: ChatModel;
}

/** `purpose` names what needs the model, for the error when none is configured ("simulate conversations"). */
export function evaluationModels(config: SwitchboardConfig, purpose: string): EvaluationModels {
  const settings = resolveLlmSettings(config.llm, process.env);
  if (!settings)
    throw new SwitchboardError(
      'CONFIG_INVALID',
      `${purpose} needs an LLM, and none is configured: set llm.model (and llm.baseUrl for a local server) in ` +
        'switchboard.yaml, or SWITCHBOARD_LLM_BASE_URL and SWITCHBOARD_LLM_MODEL (docs/llm.md)',
      { details: { field: 'llm.model' } },
    );
  const model = (name: string) =>
    resolveChatModel(name, { baseUrl: settings.baseUrl, apiKey: settings.apiKey, timeoutMs: config.llm.timeoutMs });
  return { customer: model(settings.model), judge: model(settings.judgeModel ?? settings.model) };
}

/** `eval run --judge`: the judge model, the workspace rubric and the persona rules that decide each case's tone. */
export function workspaceSuiteJudge(workspace: Workspace): SuiteJudge {
  const { judge } = evaluationModels(workspace.config, 'eval run --judge');
  const { personas, handoff } = workspace.config;
  return createSuiteJudge(judge, readJudgeRubric(workspace.dir), {
    rules: personas.rules,
    escalation: { queue: handoff.queue, hours: handoff.hours },
  });
}
