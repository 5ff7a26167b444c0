/** Builds the grounded system and user messages: persona, policies, escalation, tools that ran, and labelled chunks. */
import type { ChatMessage } from '@switchboard/spec';
import { languageName } from '../text/language-name.js';

/** A retrieved passage the answer may rest on. Optional fields fill in the citation. */
export interface GroundingChunk {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly documentId?: string;
  readonly section?: string;
  readonly path?: string;
  readonly url?: string | null;
  readonly page?: number | null;
}

export interface GroundedPromptInput {
  readonly question: string;
  readonly chunks: readonly GroundingChunk[];
  /** Persona overlay from config: tone, name, brand voice. Never overrides the rules below. */
  readonly persona?: string;
  readonly policies?: readonly string[];
  readonly escalationCriteria?: readonly string[];
  /** Tools that actually ran this turn, with a one-line outcome; the only actions the answer may mention. */
  readonly toolsRun?: readonly { readonly name: string; readonly outcome: string }[];
  /** Sentences a previous attempt could not support; the model is told to drop or fix them. */
  readonly failedClaims?: readonly string[];
  /** ISO 639-1 code of the language to answer in; the prompt names no language without it. */
  readonly language?: string;
  /** The language a previous attempt was written in instead of `language`; the model is told to answer again in it. */
  readonly wrongLanguage?: string | null;
}

/** Short labels ([c1], [c2], …) keep the prompt small; the answerer maps them back to chunk ids. */
export function chunkLabel(position: number): string {
  return `c${position + 1}`;
}

export function buildGroundedPrompt(input: GroundedPromptInput): ChatMessage[] {
  const rules = [
    'Answer only from the numbered sources below. Do not use outside knowledge.',
    'End every sentence that states a fact with the label of the source it comes from, e.g. [c1]. Cite only sources that say it.',
    'Copy numbers, amounts, dates, durations and names exactly as the source writes them.',
    'If the sources do not answer the question, say you do not know and offer to connect the customer with a person.',
    'Never promise refunds, credits, exceptions or actions the sources or the tool results do not state.',
  ];
  // Said outright: without it a model answers in the language of the question or of the sources, whichever it likes.
  if (input.language) rules.push(`Answer in ${languageName(input.language)}.`);
  const tools = input.toolsRun ?? [];
  rules.push(
    tools.length === 0
      ? 'You have not run any tools or taken any action this turn; never say you did.'
      : 'The only actions taken this turn are listed under "Tools that ran"; never claim any other.',
  );
  const sections = [`You are a customer-support assistant.\n\nRules:\n${bullets(rules)}`];
  if (input.persona?.trim()) sections.push(`Voice and persona (style only; the rules above always win):\n${input.persona.trim()}`);
  if (input.policies?.length) sections.push(`Policies:\n${bullets(input.policies)}`);
  if (input.escalationCriteria?.length) sections.push(`Offer a human instead of answering when:\n${bullets(input.escalationCriteria)}`);
  if (tools.length > 0) sections.push(`Tools that ran:\n${bullets(tools.map((tool) => `${tool.name}: ${tool.outcome}`))}`);
  const sources = input.chunks.map((chunk, position) => `[${chunkLabel(position)}] ${chunk.title}\n${chunk.text.trim()}`).join('\n\n');
  sections.push(`Sources:\n${sources || '(none)'}`);

  let user = input.question.trim();
  if (input.failedClaims?.length) {
    user +=
      `\n\nYour previous answer contained sentences the sources do not support:\n${bullets(input.failedClaims)}\n` +
      'Answer again without them. State only what a cited source says, and cite it.';
  }
  if (input.language && input.wrongLanguage) {
    const asked = languageName(input.language);
    user += `\n\nYour previous answer was written in ${languageName(input.wrongLanguage)}. Answer again in ${asked}.`;
  }
  return [
    { role: 'system', content: sections.join('\n\n') },
    { role: 'user', content: user },
  ];
}

function bullets(lines: readonly string[]): string {
  return lines.map((line) => `- ${line}`).join('\n');
}
