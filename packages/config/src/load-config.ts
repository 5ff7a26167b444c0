/** Reads switchboard.yaml, validates it once and reports every problem with its line. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SwitchboardError } from '@switchboard/spec';
import { configSchema, type SwitchboardConfig } from './config-schema.js';
import { formatProblems, validateYaml } from './yaml-validation.js';

export type { ConfigProblem } from './yaml-validation.js';

export const configFileName = 'switchboard.yaml';

/** Parses and validates YAML text; throws CONFIG_INVALID listing every problem. */
export function parseConfig(text: string, file: string): SwitchboardConfig {
  const { value, problems } = validateYaml(text, file, configSchema);
  if (value) return deepFreeze(value);
  throw new SwitchboardError('CONFIG_INVALID', formatProblems(problems), { details: { problems } });
}

/** Loads `<dir>/switchboard.yaml`; a missing file gives the defaults. */
export function loadConfig(directory: string): SwitchboardConfig {
  const file = join(directory, configFileName);
  if (!existsSync(file)) return deepFreeze(configSchema.parse({}));
  return parseConfig(readFileSync(file, 'utf8'), file);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
