/** What a workspace can do and knows about, as stemmed words: the vocabulary a runbook is checked against. */
import { isStopWord, stem, words } from '../text/analyze.js';
import type { JsonSchema } from './json-schema.js';
import type { ToolDefinition } from './tool-definition.js';
import type { Contact, WorkflowWorkspace } from './workflow-workspace.js';

export interface RunbookVocabulary {
  /** Stemmed words of each tool's name, description and argument names. */
  readonly tools: readonly { readonly tool: ToolDefinition; readonly terms: ReadonlySet<string> }[];
  /** Every stemmed word the workspace defines anywhere. */
  readonly known: ReadonlySet<string>;
  readonly contacts: readonly Contact[];
  /** Numbers the workspace states (authority limits, terms), for amounts a runbook quotes. */
  readonly numbers: ReadonlySet<number>;
}

export function contentTerms(text: string): string[] {
  return words(text.replace(/_/g, ' '))
    .filter((word) => !isStopWord(word) && word.length > 1)
    .map(stem);
}

function schemaText(schema: JsonSchema | undefined): string {
  if (!schema) return '';
  const own = [schema.description ?? '', ...(schema.enum ?? []).map(String), ...Object.keys(schema.properties ?? {})];
  return [...own, ...Object.values(schema.properties ?? {}).map(schemaText), schemaText(schema.items)].join(' ');
}

export function buildRunbookVocabulary(workspace: WorkflowWorkspace): RunbookVocabulary {
  const tools = workspace.tools.map((tool) => ({
    tool,
    terms: new Set(contentTerms(`${tool.name} ${tool.description} ${schemaText(tool.arguments)}`)),
  }));
  const policyValues = [
    ...(workspace.guards.allowedValues ?? []).flatMap((rule) => rule.values),
    ...(workspace.guards.preconditions ?? []).flatMap((rule) => [...rule.in, rule.field, rule.record, rule.message]),
    ...Object.keys(workspace.guards.records ?? {}),
  ].map(String);
  const text = [
    ...workspace.tools.map((tool) => `${tool.name} ${tool.description} ${schemaText(tool.arguments)} ${schemaText(tool.result)}`),
    ...workspace.workflows.map(
      (workflow) => `${workflow.name} ${workflow.description} ${workflow.intents.join(' ')} ${JSON.stringify(workflow.steps)}`,
    ),
    ...workspace.contacts.map((contact) => `${contact.role} ${contact.aliases.join(' ')}`),
    ...Object.entries(workspace.conditions).map(([name, condition]) => `${name} ${condition.description} ${condition.aliases.join(' ')}`),
    ...workspace.terms,
    ...policyValues,
  ].join(' ');
  const numbers = new Set<number>([
    ...(workspace.guards.authorityLimits ?? []).map((limit) => limit.max),
    ...workspace.terms.flatMap((term) => (term.match(/\d+(?:\.\d+)?/g) ?? []).map(Number)),
  ]);
  return { tools, known: new Set(contentTerms(text)), contacts: workspace.contacts, numbers };
}

/** The tool whose words best cover the instruction, with how many content words they share. */
export function bestTool(vocabulary: RunbookVocabulary, text: string): { tool: ToolDefinition; overlap: number } | undefined {
  const terms = new Set(contentTerms(text));
  let best: { tool: ToolDefinition; overlap: number } | undefined;
  for (const candidate of vocabulary.tools) {
    const overlap = [...terms].filter((term) => candidate.terms.has(term)).length;
    if (overlap > (best?.overlap ?? 0)) best = { tool: candidate.tool, overlap };
  }
  return best;
}

export function findContact(vocabulary: RunbookVocabulary, role: string): Contact | undefined {
  const wanted = role.toLowerCase().trim();
  return vocabulary.contacts.find((contact) => [contact.role, ...contact.aliases].some((name) => name.toLowerCase() === wanted));
}
