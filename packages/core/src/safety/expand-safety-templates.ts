/** Expands a safety template document (slots + templates by family) into labelled rows with a seeded random source. */
import { SwitchboardError } from '@switchboard/spec';

/** One template: text with `{slot}` placeholders, labelled as a whole. */
export interface SafetyTemplate {
  /** Unique id, e.g. `ca-en-01`; held-out evaluation splits by this id. */
  readonly id: string;
  /** The attack family (e.g. `claimed_authority`) or `benign_lookalike` for hard negatives. */
  readonly family: string;
  /** ISO 639-1 code of the text, e.g. `en`. */
  readonly language: string;
  readonly label: 'safe' | 'unsafe';
  /** The text; `{name}` is replaced by a value of slot `name` (the same value wherever `{name}` repeats). */
  readonly text: string;
}

/** The file format of `data/safety/manipulation-templates.json`. */
export interface SafetyTemplateDocument {
  /** Slot name → the values it can take. */
  readonly slots: Readonly<Record<string, readonly string[]>>;
  readonly templates: readonly SafetyTemplate[];
}

/** One generated training or evaluation row. */
export interface GeneratedSafetyRow {
  readonly text: string;
  readonly label: 'safe' | 'unsafe';
  /** `manipulation` for unsafe rows, `none` for safe ones. */
  readonly category: 'manipulation' | 'none';
  readonly family: string;
  /** The id of the template the row came from: the group to split by. */
  readonly template: string;
  readonly language: string;
}

export interface ExpandSafetyTemplatesOptions {
  /** How many distinct texts to draw per template (fewer when the template has fewer combinations). */
  readonly perTemplate: number;
  /** A uniform random source in [0, 1); pass a seeded one for reproducible data. */
  readonly random: () => number;
}

const placeholderPattern = /\{([A-Za-z0-9_]+)\}/g;
/** Draws per wanted text before giving up on finding another distinct one. */
const attemptsPerText = 30;

function invalid(message: string, details: Record<string, unknown> = {}): SwitchboardError {
  return new SwitchboardError('DATASET_INVALID', `safety templates: ${message}`, { details });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkSlots(value: unknown): Record<string, readonly string[]> {
  if (!isRecord(value)) throw invalid("'slots' must be an object of slot name → array of strings");
  for (const [name, values] of Object.entries(value)) {
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw invalid(`slot name '${name}' may only use letters, digits and '_'`, { slot: name });
    if (!Array.isArray(values) || values.length === 0) throw invalid(`slots.${name} must be a non-empty array of strings`, { slot: name });
    values.forEach((item, index) => {
      if (typeof item !== 'string') throw invalid(`slots.${name}[${index}] must be a string`, { slot: name });
      if (/[{}]/.test(item)) throw invalid(`slots.${name}[${index}] contains '{' or '}'; slots do not nest`, { slot: name });
    });
  }
  return value as Record<string, readonly string[]>;
}

function checkTemplate(value: unknown, index: number, seen: Set<string>): SafetyTemplate {
  const where = `templates[${index}]`;
  if (!isRecord(value)) throw invalid(`${where} must be an object`);
  const id = value['id'];
  if (typeof id !== 'string' || id === '') throw invalid(`${where}.id must be a non-empty string`);
  if (seen.has(id)) throw invalid(`${where}.id '${id}' is used twice`, { template: id });
  seen.add(id);
  for (const field of ['family', 'language', 'text'] as const) {
    const fieldValue = value[field];
    if (typeof fieldValue !== 'string' || fieldValue.trim() === '') {
      throw invalid(`${where} (${id}).${field} must be a non-empty string`, { template: id, field });
    }
  }
  if (value['label'] !== 'safe' && value['label'] !== 'unsafe') {
    throw invalid(`${where} (${id}).label must be 'safe' or 'unsafe'`, { template: id, field: 'label' });
  }
  return value as unknown as SafetyTemplate;
}

/** Checks the shape of a parsed template document, naming the first field that is wrong. */
export function checkSafetyTemplateDocument(value: unknown): SafetyTemplateDocument {
  if (!isRecord(value)) throw invalid('the document must be an object with "slots" and "templates"');
  const slots = checkSlots(value['slots']);
  const templates = value['templates'];
  if (!Array.isArray(templates)) throw invalid("'templates' must be an array");
  const seen = new Set<string>();
  return { slots, templates: templates.map((template: unknown, index) => checkTemplate(template, index, seen)) };
}

function slotNames(template: SafetyTemplate, slots: SafetyTemplateDocument['slots']): string[] {
  const names = [...new Set([...template.text.matchAll(placeholderPattern)].map((match) => match[1]!))];
  for (const name of names) {
    if (!Object.hasOwn(slots, name)) {
      throw invalid(`template '${template.id}' uses unknown slot '{${name}}'`, { template: template.id, slot: name });
    }
  }
  return names;
}

function fill(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(placeholderPattern, (_, name: string) => values.get(name)!);
}

function expandTemplate(template: SafetyTemplate, slots: SafetyTemplateDocument['slots'], options: ExpandSafetyTemplatesOptions): string[] {
  const names = slotNames(template, slots);
  const combinations = names.reduce((product, name) => product * slots[name]!.length, 1);
  const wanted = Math.min(options.perTemplate, combinations);
  const texts = new Set<string>();
  for (let attempt = 0; texts.size < wanted && attempt < wanted * attemptsPerText; attempt += 1) {
    const values = new Map<string, string>();
    for (const name of names) {
      const choices = slots[name]!;
      values.set(name, choices[Math.floor(options.random() * choices.length)]!);
    }
    texts.add(fill(template.text, values));
  }
  return [...texts];
}

/**
 * Fills every template's slots with values drawn from `options.random`, giving up to `perTemplate` distinct texts per
 * template. Throws `DATASET_INVALID` naming the template and slot when a template uses a slot the document lacks.
 */
export function expandSafetyTemplates(document: SafetyTemplateDocument, options: ExpandSafetyTemplatesOptions): GeneratedSafetyRow[] {
  if (!Number.isInteger(options.perTemplate) || options.perTemplate < 1) {
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      `expandSafetyTemplates: perTemplate must be a positive integer (got ${options.perTemplate})`,
    );
  }
  const checked = checkSafetyTemplateDocument(document);
  return checked.templates.flatMap((template) =>
    expandTemplate(template, checked.slots, options).map((text): GeneratedSafetyRow => ({
      text,
      label: template.label,
      category: template.label === 'unsafe' ? 'manipulation' : 'none',
      family: template.family,
      template: template.id,
      language: template.language,
    })),
  );
}
