/**
 * Persona overlays: the same grounded sentences, reordered, trimmed or framed per cohort. Never adds a fact;
 * the only added text is courtesy and the escalation path from config. `personaPrompt` is the LLM's version.
 */
import type { Citation } from '@switchboard/spec';
import { renderGroundedUnits, type GroundedUnit } from '../answer/render-grounded.js';
import type { PersonaName } from './choose-persona.js';

/** A unit of the composed answer; `citation` indexes `citations` (1-based, as in the composed answer). */
export interface GroundedSentence extends GroundedUnit {
  readonly score: number;
}

export interface EscalationPath {
  readonly queue: string;
  readonly hours: string;
}

export interface PersonaAnswer {
  readonly text: string;
  readonly citations: Citation[];
}

const looksLikeCode = (text: string): boolean =>
  /```|`[^`]+`|\b(?:curl|npm|npx|pip|GET|POST|PUT|DELETE)\s|https?:\/\/|\w+\(\)|\{\s*"|--\w/.test(text);

export function applyPersona(
  persona: PersonaName,
  sentences: readonly GroundedSentence[],
  citations: readonly Citation[],
  escalation: EscalationPath,
): PersonaAnswer {
  let chosen = [...sentences];
  if (persona === 'self-serve') {
    // Short, but a procedure is never cut: its steps, whole, are the short answer.
    const steps = chosen.filter((sentence) => sentence.kind === 'step');
    const keep = new Set(steps.length > 0 ? steps : [...chosen].sort((a, b) => b.score - a.score).slice(0, 2));
    chosen = chosen.filter((sentence) => keep.has(sentence));
  } else if (persona === 'developer') {
    chosen = [...chosen.filter((s) => looksLikeCode(s.text)), ...chosen.filter((s) => !looksLikeCode(s.text))];
  }
  const rendered = render(chosen, citations);
  if (persona !== 'enterprise') return rendered;
  return {
    text:
      `Thank you for your question.\n\n${rendered.text}\n\n` +
      `Should you need further assistance, our ${escalation.queue} team can take this on (${escalation.hours}).`,
    citations: rendered.citations,
  };
}

/** Style-only instructions for the LLM prompt; facts still come only from the cited sources. */
export function personaPrompt(persona: PersonaName, escalation: EscalationPath): string {
  switch (persona) {
    case 'enterprise':
      return (
        'Write formally and completely, without contractions. Cite a source for every statement. ' +
        `End by naming the escalation path: the ${escalation.queue} team (${escalation.hours}).`
      );
    case 'self-serve':
      return 'Be short and direct: at most two sentences, the answer first, no pleasantries.';
    case 'developer':
      return 'Lead with the code, command or API call (in a code block when there is one), then explain briefly.';
  }
}

/** Renders the kept units the way the extractive composer does, renumbering citations by first use. */
function render(sentences: readonly GroundedSentence[], citations: readonly Citation[]): PersonaAnswer {
  const renumbered = new Map<number, number>();
  const kept: Citation[] = [];
  const units: GroundedUnit[] = [];
  for (const sentence of sentences) {
    let index = renumbered.get(sentence.citation);
    const source = citations.find((citation) => citation.index === sentence.citation);
    if (index === undefined && source) {
      index = kept.length + 1;
      renumbered.set(sentence.citation, index);
      kept.push({ ...source, index });
    }
    if (index !== undefined) units.push({ ...sentence, citation: index });
  }
  return { text: renderGroundedUnits(units), citations: kept };
}
