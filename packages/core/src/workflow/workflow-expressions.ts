/** Conditions and `{{path}}` templates over a workflow run's context (slots and saved tool results). */
import type { Condition } from './workflow-definition.js';

export type RunContext = Readonly<Record<string, unknown>>;

export function readPath(context: RunContext, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      context,
    );
}

export function evaluateCondition(condition: Condition, context: RunContext, named: Readonly<Record<string, Condition>> = {}): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, context, named));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, context, named));
  if ('not' in condition) return !evaluateCondition(condition.not, context, named);
  if ('condition' in condition) {
    const definition = named[condition.condition];
    if (!definition) throw new Error(`condition '${condition.condition}' is not defined in glossary.yaml`);
    return evaluateCondition(definition, context, named);
  }
  const value = readPath(context, condition.value);
  if (condition.exists !== undefined && (value !== undefined && value !== null) !== condition.exists) return false;
  if ('equals' in condition && value !== condition.equals) return false;
  if (condition.in && !condition.in.includes(value)) return false;
  if (condition.greaterThan !== undefined && !(typeof value === 'number' && value > condition.greaterThan)) return false;
  if (condition.atMost !== undefined && !(typeof value === 'number' && value <= condition.atMost)) return false;
  return true;
}

/** Replaces `{{path}}` in text; a value that is exactly one placeholder keeps its type (numbers, lists). */
export function renderTemplate(template: unknown, context: RunContext): unknown {
  if (typeof template === 'string') {
    const whole = /^\{\{\s*([\w.]+)\s*\}\}$/.exec(template);
    if (whole) return readPath(context, whole[1]!);
    return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => {
      const value = readPath(context, path);
      return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    });
  }
  if (Array.isArray(template)) return template.map((item) => renderTemplate(item, context));
  if (template !== null && typeof template === 'object')
    return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, renderTemplate(value, context)]));
  return template;
}
