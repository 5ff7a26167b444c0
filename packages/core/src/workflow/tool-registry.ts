/** The workspace's tools by name, with argument and result validation that names the tool and the field. */
import { SwitchboardError } from '@switchboard/spec';
import { builtinTools } from './builtin-tools.js';
import { checkJsonSchema, type SchemaIssue } from './json-schema.js';
import type { ToolDefinition } from './tool-definition.js';

export interface ToolRegistry {
  get(name: string): ToolDefinition | undefined;
  list(): readonly ToolDefinition[];
  /** Throws VALIDATION_FAILED naming the tool and field when `args` do not fit the tool's argument schema. */
  checkArguments(name: string, args: unknown): void;
  /** Throws VALIDATION_FAILED naming the tool and field when `result` does not fit the tool's result schema. */
  checkResult(name: string, result: unknown): void;
}

function describe(tool: string, what: 'arguments' | 'result', issues: readonly SchemaIssue[]): SwitchboardError {
  const first = issues[0]!;
  const field = first.path.replace(/^\$\.?/, '') || '(whole value)';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new SwitchboardError('VALIDATION_FAILED', `tool '${tool}': ${what} field '${field}' ${first.message}${more}`, {
    details: { tool, what, field, issues },
  });
}

/** Builds the registry; a workspace tool may replace a built-in of the same name. */
export function createToolRegistry(definitions: readonly ToolDefinition[], options: { builtins?: boolean } = {}): ToolRegistry {
  const byName = new Map<string, ToolDefinition>();
  for (const tool of options.builtins === false ? [] : builtinTools) byName.set(tool.name, tool);
  for (const tool of definitions) byName.set(tool.name, tool);
  const require = (name: string): ToolDefinition => {
    const tool = byName.get(name);
    if (!tool) throw new SwitchboardError('NOT_FOUND', `unknown tool '${name}'; declare it in tools.yaml`, { details: { tool: name } });
    return tool;
  };
  return {
    get: (name) => byName.get(name),
    list: () => [...byName.values()],
    checkArguments(name, args) {
      const issues = checkJsonSchema(require(name).arguments, args);
      if (issues.length > 0) throw describe(name, 'arguments', issues);
    },
    checkResult(name, result) {
      const issues = checkJsonSchema(require(name).result, result);
      if (issues.length > 0) throw describe(name, 'result', issues);
    },
  };
}
