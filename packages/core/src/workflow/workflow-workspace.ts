/** Validates the parsed workflow files of a workspace and assembles tools, guards, workflows and glossary. */
import { SwitchboardError } from '@switchboard/spec';
import { checkJsonSchema, type JsonSchema } from './json-schema.js';
import type { PolicyGuards } from './policy.js';
import type { ToolDefinition } from './tool-definition.js';
import { builtinTools } from './builtin-tools.js';
import { authorityLimitsOf, type Condition, type WorkflowDefinition } from './workflow-definition.js';
import { glossaryFileSchema, policyFileSchema, toolsFileSchema, workflowFileSchema, workflowStepKinds } from './workspace-schemas.js';

/** A role or route a runbook may name ("the AE", "billing team"), and where it leads. */
export interface Contact {
  readonly role: string;
  readonly aliases: readonly string[];
  readonly route: string;
}

export interface NamedCondition {
  readonly description: string;
  readonly aliases: readonly string[];
  readonly when: Condition;
}

export interface WorkflowWorkspace {
  readonly tools: readonly ToolDefinition[];
  readonly servers: Readonly<Record<string, { readonly kind: string; readonly data?: string }>>;
  readonly guards: PolicyGuards;
  readonly workflows: readonly WorkflowDefinition[];
  readonly contacts: readonly Contact[];
  readonly conditions: Readonly<Record<string, NamedCondition>>;
  readonly terms: readonly string[];
}

/** A parsed file: its name for messages, and its value. `lineOf` maps a field path to a line when known. */
export interface ParsedFile {
  readonly file: string;
  readonly value: unknown;
  readonly lineOf?: (path: readonly (string | number)[]) => number | undefined;
}

function check(schema: JsonSchema, parsed: ParsedFile | undefined): void {
  if (!parsed) return;
  const issue = checkJsonSchema(schema, parsed.value)[0];
  if (!issue) return;
  const path = issue.path.replace(/^\$\.?/, '');
  const segments = path
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const line = parsed.lineOf?.(segments);
  throw new SwitchboardError(
    'CONFIG_INVALID',
    `${parsed.file}: '${path || '(top level)'}' ${issue.message}${line ? ` (line ${line})` : ''}`,
    {
      details: { file: parsed.file, field: path, line },
    },
  );
}

function fail(file: string, message: string): never {
  throw new SwitchboardError('CONFIG_INVALID', `${file}: ${message}`, { details: { file } });
}

export interface WorkflowFiles {
  readonly tools?: ParsedFile;
  readonly policy?: ParsedFile;
  readonly glossary?: ParsedFile;
  readonly workflows: readonly ParsedFile[];
}

export function parseWorkflowWorkspace(files: WorkflowFiles): WorkflowWorkspace {
  check(toolsFileSchema, files.tools);
  check(policyFileSchema, files.policy);
  check(glossaryFileSchema, files.glossary);
  files.workflows.forEach((workflow) => check(workflowFileSchema, workflow));
  const toolsFile = (files.tools?.value ?? { tools: [] }) as { servers?: WorkflowWorkspace['servers']; tools: Partial<ToolDefinition>[] };
  const servers = toolsFile.servers ?? {};
  const tools = toolsFile.tools.map((tool): ToolDefinition => {
    if ((tool.http === undefined) === (tool.server === undefined))
      fail(files.tools!.file, `tool '${tool.name}' needs exactly one of 'http' or 'server'`);
    if (tool.server !== undefined && tool.server !== 'builtin' && !servers[tool.server])
      fail(files.tools!.file, `tool '${tool.name}' names server '${tool.server}', which 'servers' does not declare`);
    return { timeoutMs: 10_000, retries: 0, ...tool } as ToolDefinition;
  });
  const known = new Set([...builtinTools, ...tools].map((tool) => tool.name));
  const workflows = files.workflows.map((parsed) => toWorkflow(parsed, known));
  for (const [i, workflow] of workflows.entries())
    for (const limit of workflow.authority ?? []) {
      const tool = [...builtinTools, ...tools].find((candidate) => candidate.name === limit.tool);
      if (!tool?.arguments.properties?.[limit.argument])
        fail(files.workflows[i]!.file, `authority limit names '${limit.tool}' argument '${limit.argument}', which the tool does not take`);
    }
  const policy = (files.policy?.value ?? {}) as PolicyGuards;
  const policyTools = [
    ...(policy.authentication?.tools ?? []),
    ...(policy.authentication?.openTools ?? []),
    ...Object.values(policy.records ?? {}).map((record) => record.tool),
    ...[...(policy.preconditions ?? []), ...(policy.allowedValues ?? []), ...(policy.oncePerRecord ?? [])].flatMap((rule) => rule.tools),
  ];
  for (const tool of policyTools) if (!known.has(tool)) fail(files.policy!.file, `names tool '${tool}', which tools.yaml does not declare`);
  const glossary = (files.glossary?.value ?? {}) as {
    contacts?: Partial<Contact>[];
    conditions?: Record<string, Partial<NamedCondition>>;
    terms?: string[];
  };
  return {
    tools,
    servers,
    guards: { ...policy, authorityLimits: authorityLimitsOf(workflows) },
    workflows,
    contacts: (glossary.contacts ?? []).map((contact) => ({ aliases: [], ...contact }) as Contact),
    conditions: Object.fromEntries(
      Object.entries(glossary.conditions ?? {}).map(([key, condition]) => [
        key,
        { description: '', aliases: [], ...condition } as NamedCondition,
      ]),
    ),
    terms: glossary.terms ?? [],
  };
}

function toWorkflow(parsed: ParsedFile, known: ReadonlySet<string>): WorkflowDefinition {
  const { triggers, ...raw } = parsed.value as Omit<Partial<WorkflowDefinition>, 'steps'> & {
    name: string;
    steps: Record<string, unknown>[];
    triggers?: { intents?: string[] };
  };
  const ids = new Set(raw.steps.map((step) => step['id']).filter((id) => typeof id === 'string'));
  raw.steps.forEach((step, i) => {
    const kinds = workflowStepKinds.filter((kind) => kind in step);
    if (kinds.length !== 1)
      fail(parsed.file, `steps[${i}] must have exactly one of ${workflowStepKinds.join(', ')} (found ${kinds.join(', ') || 'none'})`);
    if (typeof step['call'] === 'string' && !known.has(step['call']))
      fail(parsed.file, `steps[${i}] calls tool '${step['call']}', which tools.yaml does not declare`);
    const targets = [
      step['next'],
      step['onFailure'],
      step['onDecline'],
      ...((step['branch'] as { goto?: string }[] | undefined) ?? []).map((arm) => arm.goto),
    ];
    for (const target of targets)
      if (typeof target === 'string' && target !== 'end' && !ids.has(target))
        fail(parsed.file, `steps[${i}] goes to '${target}', which no step has as its id`);
  });
  const steps = raw.steps.map((step) => ('call' in step && step['arguments'] === undefined ? { ...step, arguments: {} } : step));
  const intents = [...new Set([...(raw.intents ?? []), ...(triggers?.intents ?? [])])];
  return { ...raw, description: raw.description ?? '', intents, steps: steps as unknown as WorkflowDefinition['steps'] };
}
