/**
 * The tool executor of a shadow run: reads run, writes never do. A write gets a result made from its declared result
 * schema instead, so the candidate's workflow carries on as it would in production and the comparison sees its reply,
 * while no record anywhere changes.
 */
import type { JsonSchema } from '../workflow/json-schema.js';
import type { ToolExecutor } from '../workflow/tool-definition.js';

/** The plainest value that satisfies `schema`: its first enum value, else an empty value of its first type with every required field. */
export function schemaStub(schema: JsonSchema): unknown {
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  if (schema.anyOf?.[0]) return schemaStub(schema.anyOf[0]);
  const type = typeof schema.type === 'string' ? schema.type : (schema.type?.[0] ?? (schema.properties ? 'object' : 'null'));
  switch (type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((name) => [name, schemaStub(schema.properties?.[name] ?? {})]));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => schemaStub(schema.items ?? {}));
    case 'string':
      return 'dry-run'.padEnd(schema.minLength ?? 0, '-').slice(0, schema.maxLength ?? undefined);
    case 'number':
    case 'integer':
      return schema.minimum ?? 0;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

/** Wraps `inner`: a tool declared `writes: true` is never passed to it and answers `schemaStub(result)`; the rest run. */
export function dryRunExecutor(inner: ToolExecutor): ToolExecutor {
  return {
    async execute(definition, call, context) {
      if (definition.writes) return schemaStub(definition.result);
      return inner.execute(definition, call, context);
    },
  };
}
