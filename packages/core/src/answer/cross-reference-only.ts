/**
 * Whether a sentence only points elsewhere ("See Two-factor authentication.", "For details, see Export formats.",
 * "Learn more in Billing."): quoted alone it answers nothing, and the cited article is already linked under the answer.
 */
const pointer =
  /^(?:(?:for (?:more|details|more details|more information|the full list|instructions|steps)[^,.]{0,40},?\s*)?(?:see|refer to|read|check out|visit|go to the article)|learn more(?: about [^.]{1,60})?(?: in| at| on)?|more (?:information|details|about this) (?:in|at|on)|read more(?: about| in| on)?|see also)\b/i;

export function isCrossReferenceOnly(sentence: string): boolean {
  const text = sentence.trim();
  if (!pointer.test(text)) return false;
  // "See Two-factor authentication." has a few words after the pointer; "See the table below for each plan's limits
  // and what happens when you reach them" carries content of its own.
  return text.split(/\s+/).length <= 9;
}
