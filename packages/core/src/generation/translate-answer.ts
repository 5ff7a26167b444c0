/**
 * Puts a checked answer into the customer's language when the knowledge is written in another: the claims were
 * checked against the sources in the sources' language (lexical support cannot compare a Spanish sentence with an
 * English source), then one more call translates, and the translation is checked for its language, its source labels
 * and its figures, with one retry.
 */
import type { ChatMessage } from '@switchboard/spec';
import type { CheckedDraft, Complete } from './draft-and-check.js';
import { languageName } from '../text/language-name.js';
import { checkReplyLanguage, type ReplyLanguageCheck } from './reply-language.js';
import { citedLabels } from './split-claims.js';

export function buildTranslationPrompt(answer: string, language: string, problems: readonly string[] = []): ChatMessage[] {
  const name = languageName(language);
  const rules = [
    `Answer in ${name}: translate the customer-support answer you are given into ${name}.`,
    'Keep every source label such as [c1] right after the sentence it belongs to.',
    'Copy numbers, amounts, dates, names, menu paths (Settings > Billing), code and links exactly as written.',
    'Add nothing and leave nothing out. Reply with the translation only.',
  ];
  let system = `You translate customer-support answers.\n\nRules:\n${rules.map((rule) => `- ${rule}`).join('\n')}`;
  if (problems.length > 0) system += `\n\nYour previous translation ${problems.join('; ')}. Translate again.`;
  return [
    { role: 'system', content: system },
    { role: 'user', content: answer },
  ];
}

/**
 * The draft in `language`; when both translations fail their check, the draft with the last translation's language
 * check and problems (the caller falls back as for a failed claim). A provider failure on the first call propagates.
 */
export async function translateDraft(draft: CheckedDraft, language: string, complete: Complete): Promise<CheckedDraft> {
  let problems: string[] = [];
  let check: ReplyLanguageCheck | null = null;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let translated: string;
    try {
      translated = await complete(buildTranslationPrompt(draft.text, language, problems));
    } catch (error) {
      if (attempt === 0) throw error;
      break;
    }
    check = checkReplyLanguage(translated, language);
    problems = translationProblems(draft.text, translated, check);
    if (problems.length === 0) return { ...draft, text: translated, language: check, translationProblems: [] };
  }
  return { ...draft, language: check ?? { asked: language, detected: null, matches: false }, translationProblems: problems };
}

function translationProblems(original: string, translated: string, check: ReplyLanguageCheck): string[] {
  const problems: string[] = [];
  if (!check.matches)
    problems.push(`was written in ${check.detected ? languageName(check.detected) : 'another language'}, not ${languageName(check.asked)}`);
  const lost = difference(labelsAndFigures(original), labelsAndFigures(translated));
  const added = difference(labelsAndFigures(translated), labelsAndFigures(original));
  if (lost.length > 0) problems.push(`lost or changed ${lost.join(', ')}`);
  if (added.length > 0) problems.push(`added ${added.join(', ')}`);
  return problems;
}

/** The source labels cited and every run of digits, the parts a translation must carry over unchanged. */
function labelsAndFigures(text: string): string[] {
  const labels = citedLabels(text).map((label) => `[${label}]`);
  const figures = text.replace(/\[c?\d+(?:\s*[,;]\s*c?\d+)*\]/gi, ' ').match(/\d+/g) ?? [];
  return [...labels, ...figures];
}

/** Items of `a` not matched one for one in `b`. */
function difference(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((item) => {
    const at = left.indexOf(item);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}
