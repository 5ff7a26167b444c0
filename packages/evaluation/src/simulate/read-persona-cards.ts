/**
 * Reads the persona cards of a simulation (`simulate conversations --personas FILE`): a YAML list of
 * `{name, goal, mood, cohort, facts, customer?}`. Every problem is reported at once, naming the file, the card (number
 * and name), the field and the line.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { PersonaCard } from '@switchboard/core/evaluation';
import { parseYamlFile } from '@switchboard/ingest';
import { isSwitchboardError, SwitchboardError } from '@switchboard/spec';
import { suiteName } from '../suite/read-eval-suite.js';
import { identityAttributes } from '../suite/suite-case-schema.js';

const shape = '- name: …, goal: "…", mood: "…", cohort: "…", facts: {…}, customer: {plan: …}';
const scalar = z.union([z.string(), z.number(), z.boolean()], { error: 'must be a single value (text, number, true or false)' });
const text = (example: string) =>
  z
    .string({ error: `must be text, e.g. ${example}` })
    .trim()
    .min(1, `must not be empty; e.g. ${example}`);
const unknownField = (known: readonly string[]) => (issue: { code?: string }) =>
  issue.code === 'unrecognized_keys' ? `is not a known field (known: ${known.join(', ')})` : undefined;

const cardShape = {
  name: z
    .string({ error: 'must be a short name such as angry-refund' })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'must be a short name of letters, digits, -, _ or . such as angry-refund'),
  goal: text('"get a refund for the annual plan bought 10 days ago"'),
  mood: text('"frustrated, writes in short sentences"'),
  cohort: text('"self-serve"'),
  facts: z.record(z.string(), scalar, { error: 'must be a mapping of what the customer knows, e.g. {order: "#W1001"}' }),
  // Only what a signed identity token carries: a card decides no more than production would let a customer decide.
  customer: z
    .strictObject(Object.fromEntries(identityAttributes.map((name) => [name, scalar.optional()])), {
      error: unknownField(identityAttributes),
    })
    .optional(),
};
const cardSchema = z.strictObject(cardShape, { error: unknownField(Object.keys(cardShape)) });

/** `workspaceDir`: a file under it is named relative to it in messages. */
export function readPersonaCards(file: string, workspaceDir?: string): PersonaCard[] {
  const name = suiteName(file, workspaceDir);
  const absolute = resolve(file);
  if (!existsSync(absolute)) throw new SwitchboardError('DATASET_INVALID', `${name}: file not found`);
  const parsed = parseCards(absolute, name);
  if (!Array.isArray(parsed.value) || parsed.value.length === 0)
    throw new SwitchboardError('DATASET_INVALID', `${name}: expected a YAML list of persona cards (${shape})`);
  const items: unknown[] = parsed.value;
  const problems: string[] = [];
  const cards: PersonaCard[] = [];
  const seen = new Map<string, number>();
  items.forEach((raw, index) => {
    const where = (field: readonly (string | number)[], problem: string) => {
      const line = parsed.lineOf?.([index, ...field]);
      return `${name}: ${cardLabel(index, raw)}: ${problem}${line ? ` (line ${line})` : ''}`;
    };
    // Checked on every card, valid or not, so a repeated name shows in the same run as the card's other problems.
    const cardName = typeof raw === 'object' && raw !== null ? (raw as { name?: unknown }).name : undefined;
    if (typeof cardName === 'string' && cardName.trim()) {
      const previous = seen.get(cardName.trim());
      if (previous !== undefined) problems.push(where(['name'], `name '${cardName.trim()}' is already used by card ${previous + 1}`));
      else seen.set(cardName.trim(), index);
    }
    const result = cardSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path as (string | number)[];
        const fields = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
        for (const field of fields) {
          const label = field.length === 0 ? 'the card' : field.join('.');
          const missing = field.length > 0 && valueAt(raw, field) === undefined && issue.code !== 'unrecognized_keys';
          problems.push(where(field, `${label} ${missing ? `is missing; it ${issue.message}` : issue.message}`));
        }
      }
      return;
    }
    cards.push(result.data as PersonaCard);
  });
  if (problems.length > 0) throw new SwitchboardError('DATASET_INVALID', problems.join('\n'), { details: { file: name } });
  return cards;
}

/** "card 2 (name 'angry-refund')": the 1-based position, and the name when the card has one. */
function cardLabel(index: number, raw: unknown): string {
  const name = typeof raw === 'object' && raw !== null ? (raw as { name?: unknown }).name : undefined;
  return `card ${index + 1}${typeof name === 'string' && name.trim() ? ` (name '${name.trim()}')` : ''}`;
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let value = raw;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** A syntax error is a dataset problem like any other, named by the file as the run names it. */
function parseCards(path: string, name: string): ReturnType<typeof parseYamlFile> {
  try {
    return parseYamlFile(path, dirname(path));
  } catch (error) {
    if (!isSwitchboardError(error)) throw error;
    const prefix = `${basename(path)}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    throw new SwitchboardError('DATASET_INVALID', `${name}: ${message}`, { cause: error, details: error.details });
  }
}
