/**
 * Finds named entities (products, plans, venues) in text. Entities are document tags of the form
 * `entity:<name>`; each gets aliases without generic words ("Acorn Guest House" → "acorn"), and matching
 * tolerates one typo in longer words, because customers misspell names.
 */

const genericWords = new Set([
  'the',
  'a',
  'an',
  'and',
  'of',
  'hotel',
  'restaurant',
  'guest',
  'house',
  'guesthouse',
  'bed',
  'breakfast',
  'b',
  'lodge',
  'bar',
  'cafe',
  'inn',
  'cambridge',
  'city',
  'centre',
  'center',
  'grill',
  'kitchen',
  'app',
  'plan',
]);

export const entityTagPrefix = 'entity:';

export interface EntityMention {
  readonly entity: string;
  /** Index of the turn (0 = oldest) or -1 for the current message. */
  readonly turn: number;
}

interface Alias {
  readonly entity: string;
  readonly tokens: readonly string[];
}

export function normalizeForMatching(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/guesthouse/g, 'guest house')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export class EntityGazetteer {
  private readonly aliases: Alias[] = [];

  constructor(entities: Iterable<string>) {
    for (const entity of new Set(entities)) {
      const tokens = normalizeForMatching(entity);
      if (tokens.length === 0) continue;
      this.aliases.push({ entity, tokens });
      const distinctive = tokens.filter((token) => !genericWords.has(token));
      if (distinctive.length > 0 && distinctive.length < tokens.length && distinctive.join('').length >= 4)
        this.aliases.push({ entity, tokens: distinctive });
    }
    this.aliases.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  get size(): number {
    return this.aliases.length;
  }

  /** Entities named in one text, longest alias first, without overlapping matches. */
  find(text: string): string[] {
    const tokens = normalizeForMatching(text);
    const used = new Array<boolean>(tokens.length).fill(false);
    const found: string[] = [];
    for (const alias of this.aliases) {
      for (let start = 0; start + alias.tokens.length <= tokens.length; start += 1) {
        if (used[start]) continue;
        if (!alias.tokens.every((token, i) => !used[start + i] && similarToken(token, tokens[start + i]!))) continue;
        for (let i = 0; i < alias.tokens.length; i += 1) used[start + i] = true;
        if (!found.includes(alias.entity)) found.push(alias.entity);
      }
    }
    return found;
  }
}

function similarToken(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  if (expected.length < 5 || Math.abs(expected.length - actual.length) > 1) return false;
  return editDistanceAtMostOne(expected, actual);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
