/** JSON Schemas of the workflow files a workspace holds: tools.yaml, policy.yaml, glossary.yaml, workflows/*.yaml. */
import { actionClaimKinds } from './action-claim-kind.js';
import type { JsonSchema } from './json-schema.js';

const name: JsonSchema = { type: 'string', pattern: '^[a-z][a-z0-9_]*$' };
const names: JsonSchema = { type: 'array', items: { type: 'string' } };
const strictObject = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

const http = strictObject(
  {
    method: { enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] },
    url: { type: 'string', pattern: '^https?://' },
    auth: {
      anyOf: [
        strictObject({ type: { enum: ['bearer'] }, tokenEnv: { type: 'string', minLength: 1 } }, ['type', 'tokenEnv']),
        strictObject({ type: { enum: ['header'] }, header: { type: 'string', minLength: 1 }, valueEnv: { type: 'string', minLength: 1 } }, [
          'type',
          'header',
          'valueEnv',
        ]),
      ],
    },
  },
  ['method', 'url'],
);

export const toolSchema = strictObject(
  {
    name,
    description: { type: 'string', minLength: 1 },
    arguments: { type: 'object' },
    result: { type: 'object' },
    writes: { type: 'boolean' },
    idempotent: { type: 'boolean' },
    timeoutMs: { type: 'integer', minimum: 1 },
    retries: { type: 'integer', minimum: 0, maximum: 5 },
    handoff: { type: 'boolean' },
    effects: { type: 'array', items: { enum: actionClaimKinds } },
    http,
    server: { type: 'string', minLength: 1 },
  },
  ['name', 'description', 'arguments', 'result', 'writes', 'idempotent'],
);

export const toolsFileSchema = strictObject(
  {
    servers: {
      type: 'object',
      additionalProperties: strictObject({ kind: { type: 'string', minLength: 1 }, data: { type: 'string' } }, ['kind']),
    },
    /** Free-form YAML anchors for reuse; not read. */
    definitions: {},
    tools: { type: 'array', items: toolSchema },
  },
  ['tools'],
);

const toolsAndArgument = (extra: Record<string, JsonSchema>, required: string[]): JsonSchema =>
  strictObject({ tools: names, argument: { type: 'string' }, message: { type: 'string' }, ...extra }, ['tools', 'argument', ...required]);

export const policyFileSchema = strictObject({
  killSwitch: { type: 'boolean' },
  authentication: strictObject({ tools: names, openTools: names }, ['tools']),
  oneCustomerPerConversation: { type: 'boolean' },
  records: {
    type: 'object',
    additionalProperties: strictObject({ tool: name, argument: { type: 'string' }, ownerField: { type: 'string' } }, ['tool', 'argument']),
  },
  ownership: { type: 'array', items: strictObject({ argument: { type: 'string' }, record: { type: 'string' } }, ['argument']) },
  preconditions: {
    type: 'array',
    items: toolsAndArgument({ record: { type: 'string' }, field: { type: 'string' }, in: { type: 'array' } }, [
      'record',
      'field',
      'in',
      'message',
    ]),
  },
  allowedValues: { type: 'array', items: toolsAndArgument({ values: { type: 'array', minItems: 1 } }, ['values']) },
  oncePerRecord: { type: 'array', items: toolsAndArgument({}, []) },
  confirmWrites: { type: 'boolean' },
});

export const glossaryFileSchema = strictObject({
  contacts: {
    type: 'array',
    items: strictObject({ role: { type: 'string', minLength: 1 }, aliases: names, route: { type: 'string', minLength: 1 } }, [
      'role',
      'route',
    ]),
  },
  conditions: {
    type: 'object',
    additionalProperties: strictObject({ description: { type: 'string' }, aliases: names, when: { type: 'object' } }, ['when']),
  },
  terms: names,
});

const stepKinds = ['collect', 'call', 'branch', 'confirm', 'approve', 'handoff', 'reply'];

export const workflowFileSchema = strictObject(
  {
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-_]*$' },
    description: { type: 'string' },
    intents: names,
    /** The same as `intents`, spelled as a trigger block: `triggers: { intents: [cancel_order] }`. */
    triggers: strictObject({ intents: names }),
    authority: {
      type: 'array',
      items: strictObject({ tool: name, argument: { type: 'string' }, max: { type: 'number' } }, ['tool', 'argument', 'max']),
    },
    steps: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: Object.fromEntries(
          [...stepKinds, 'id', 'next', 'prompt', 'pattern', 'values', 'arguments', 'save', 'onFailure', 'onDecline', 'todo'].map((key) => [
            key,
            {},
          ]),
        ),
        additionalProperties: false,
      },
    },
  },
  ['name', 'steps'],
);

export const workflowStepKinds: readonly string[] = stepKinds;
