/** A small JSON Schema subset (type, properties, required, items, enum, bounds, pattern) that names the failing field. */

/** The JSON Schema keywords tool declarations may use. Unknown keywords are ignored, as JSON Schema does. */
export interface JsonSchema {
  readonly type?: JsonType | readonly JsonType[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  /** false rejects keys not listed in `properties`. */
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly pattern?: string;
  readonly anyOf?: readonly JsonSchema[];
}

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** One mismatch: `path` is the dotted field (`arguments.items[1].id`), `message` what was expected. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

function typeOf(value: unknown): JsonType | 'undefined' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object') return typeof value as JsonType;
  return 'undefined';
}

function matchesType(value: unknown, type: JsonType): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Every way `value` fails `schema`, empty when it conforms. */
export function checkJsonSchema(schema: JsonSchema, value: unknown, path = '$'): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const fail = (message: string): void => void issues.push({ path, message });
  if (schema.anyOf) {
    if (!schema.anyOf.some((option) => checkJsonSchema(option, value, path).length === 0)) fail('matches none of the allowed shapes');
    return issues;
  }
  if (schema.type !== undefined) {
    const types: readonly JsonType[] = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((type) => matchesType(value, type))) {
      fail(`expected ${types.join(' or ')}, got ${typeOf(value)}`);
      return issues;
    }
  }
  if (schema.enum && !schema.enum.some((allowed) => allowed === value))
    fail(`must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) fail(`must have at least ${schema.minLength} characters`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) fail(`must have at most ${schema.maxLength} characters`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) fail(`must match /${schema.pattern}/`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`must be at least ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`must be at most ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail(`must have at least ${schema.minItems} items`);
    if (schema.items) value.forEach((item, i) => issues.push(...checkJsonSchema(schema.items!, item, `${path}[${i}]`)));
  }
  if (typeOf(value) === 'object') issues.push(...checkObject(schema, value as Record<string, unknown>, path));
  return issues;
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, path: string): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const key of schema.required ?? []) if (value[key] === undefined) issues.push({ path: `${path}.${key}`, message: 'is required' });
  for (const [key, field] of Object.entries(value)) {
    const declared = schema.properties?.[key];
    if (declared) issues.push(...checkJsonSchema(declared, field, `${path}.${key}`));
    else if (schema.additionalProperties === false) issues.push({ path: `${path}.${key}`, message: 'is not a declared field' });
    else if (typeof schema.additionalProperties === 'object')
      issues.push(...checkJsonSchema(schema.additionalProperties, field, `${path}.${key}`));
  }
  return issues;
}
