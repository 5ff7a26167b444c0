/** Maps each runbook instruction to the workspace's tools, routes and conditions, and reports what does not map. */
import type { RunbookInstruction } from './runbook-instructions.js';
import { bestTool, contentTerms, findContact, type RunbookVocabulary } from './runbook-vocabulary.js';
import type { ToolDefinition } from './tool-definition.js';
import type { Contact, NamedCondition } from './workflow-workspace.js';

export type RunbookFindingKind = 'unbound_action' | 'undefined_condition' | 'unknown_role' | 'implicit_knowledge';

export interface RunbookFinding {
  readonly line: number;
  readonly text: string;
  readonly kind: RunbookFindingKind;
  readonly message: string;
}

/** How one instruction maps onto the workspace. */
export interface InstructionAnalysis {
  readonly instruction: RunbookInstruction;
  readonly condition?: { readonly phrase: string; readonly named?: string };
  readonly role?: { readonly name: string; readonly contact?: Contact };
  readonly action?: { readonly phrase: string; readonly tool?: ToolDefinition };
  /** 'ask' collects something from the customer, 'tell' replies to them. */
  readonly customer?: { readonly kind: 'ask' | 'tell'; readonly phrase: string };
  readonly findings: readonly RunbookFinding[];
}

const roleVerb =
  /\b(?:ping|page|notify|slack|message|loop in|cc|contact|escalate(?: it| this)? to|hand(?: it| this)?(?: off| over)? to|forward(?: it| this)? to|assign(?: it| this)? to|send (?:it|this) to|transfer (?:it |this |them )?to)\s+(?:the |our |your |a |an )?([a-z][\w-]*(?:\s+(?:team|lead|manager|desk|on-call|agent|owner|rep))?)/i;
const actionVerb =
  /^(?:then\s+|and\s+|also\s+|next,?\s+|first,?\s+|finally,?\s+)?(check|verify|look up|look|find|get|search|pull|fetch|review|refund|cancel|update|change|modify|issue|create|open|file|close|reset|send|return|exchange|process|charge|credit|apply|remove|add|delete|log|record|calculate|compute|approve|email|transfer|lock|unlock|restart|run)\b(.*)$/i;
const askVerb =
  /^(?:then\s+|and\s+|first,?\s+)?(?:ask|get|collect|request|confirm with)\s+(?:the\s+)?(?:customer|user|caller|them)\b(.*)$/i;
const tellVerb = /^(?:then\s+|and\s+|finally,?\s+)?(?:tell|explain|inform|remind|apologi[sz]e|thank|reply|respond|say|let)\b(.*)$/i;
const notRoles = new Set(['customer', 'user', 'caller', 'them', 'him', 'her', 'it', 'this', 'that', 'me', 'us', 'client']);
const vague =
  /\b(urgent|important|critical|serious|vip|angry|upset|big|large|high[- ]value|significant|suspicious|unusual|reasonable|appropriate|necessary|priority|soon|quickly|complicated|tricky|weird)\b/i;
const implicitMarkers =
  /\b(the usual|usually|as usual|standard|normal(?:ly)?|typical(?:ly)?|as always|as before|like last time|you know|obviously|the old|the spreadsheet|the sheet|the wiki|the handbook|common sense|the right|the correct|the relevant|we always|we normally|ask around)\b/i;

function clauseAfterCondition(text: string): { condition?: string; rest: string } {
  const match = /^(?:(?:and|then|but)\s+)?(?:if|when|whenever|unless|in case)\s+([^,;:]+?)(?:,|;|:|\s+then\s+)\s*(.*)$/i.exec(text);
  if (match) return { condition: match[1]!.trim(), rest: match[2]!.trim() };
  const trailing = /^(.*?)\s+(?:if|when|unless|in case)\s+([^,;:.]+)[.!]?$/i.exec(text);
  return trailing ? { condition: trailing[2]!.trim(), rest: trailing[1]!.trim() } : { rest: text };
}

function namedCondition(phrase: string, conditions: Readonly<Record<string, NamedCondition>>): string | undefined {
  const lower = phrase.toLowerCase();
  return Object.entries(conditions).find(([name, condition]) =>
    [name.replace(/[_-]/g, ' '), ...condition.aliases].some((alias) => lower.includes(alias.toLowerCase())),
  )?.[0];
}

/** Capitalised words inside a sentence (not its first word): names of systems, teams and documents. */
function properNames(text: string): string[] {
  return [...text.matchAll(/(?<=\s)([A-Z][\w]*(?:\s+[A-Z][\w]*)*)/g)].map((match) => match[1]!).filter((name) => !/^(I|OK)$/.test(name));
}

export function analyzeInstruction(
  instruction: RunbookInstruction,
  vocabulary: RunbookVocabulary,
  conditions: Readonly<Record<string, NamedCondition>>,
): InstructionAnalysis {
  const findings: RunbookFinding[] = [];
  const report = (kind: RunbookFindingKind, message: string): void =>
    void findings.push({ line: instruction.line, text: instruction.text, kind, message });
  const sentence = instruction.text.replace(/[.!]+$/, '');
  const { condition, rest } = clauseAfterCondition(sentence);
  const analysis: { -readonly [K in keyof InstructionAnalysis]: InstructionAnalysis[K] } = { instruction, findings };
  const flagged = new Set<string>();

  if (condition !== undefined) {
    const named = namedCondition(condition, conditions);
    const unknown = contentTerms(condition).filter((term) => !vocabulary.known.has(term));
    analysis.condition = named === undefined ? { phrase: condition } : { phrase: condition, named };
    if (named === undefined && (vague.test(condition) || unknown.length > 0))
      report(
        'undefined_condition',
        `"${condition}" is not defined: add it under conditions in glossary.yaml as a test on a field the tools return`,
      );
  }

  const role = roleVerb.exec(rest);
  if (role && !notRoles.has(role[1]!.toLowerCase())) {
    const contact = findContact(vocabulary, role[1]!);
    analysis.role = contact ? { name: role[1]!, contact } : { name: role[1]! };
    if (!contact)
      report('unknown_role', `no contact or route named "${role[1]}": add it under contacts in glossary.yaml with where it leads`);
    flagged.add(role[1]!.toLowerCase());
  } else if (askVerb.test(rest)) analysis.customer = { kind: 'ask', phrase: askVerb.exec(rest)![1]!.trim() };
  else if (tellVerb.test(rest)) analysis.customer = { kind: 'tell', phrase: rest };
  else {
    const action = actionVerb.exec(rest);
    if (action) {
      const match = bestTool(vocabulary, rest);
      const names = properNames(` ${action[2]}`);
      const nameUnknown = names.some((name) =>
        contentTerms(name).some((term) => !(match?.tool && contentTerms(`${match.tool.name} ${match.tool.description}`).includes(term))),
      );
      const bound = match && match.overlap >= 2 && !nameUnknown ? match.tool : undefined;
      analysis.action = bound ? { phrase: rest, tool: bound } : { phrase: rest };
      if (!bound) report('unbound_action', `no tool does "${rest}": declare one in tools.yaml, or map the step to an existing tool`);
      names.forEach((name) => flagged.add(name.toLowerCase()));
    }
  }

  const marker = implicitMarkers.exec(instruction.text);
  if (marker)
    report(
      'implicit_knowledge',
      `"${marker[1]}" relies on knowledge the workspace does not hold: state it in a workflow, the glossary or a tool`,
    );
  const amounts = [...instruction.text.matchAll(/[$€£]\s?(\d[\d,]*(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:days|hours|percent|%)/gi)].map((m) =>
    Number((m[1] ?? m[2])!.replace(/,/g, '')),
  );
  for (const amount of amounts)
    if (!vocabulary.numbers.has(amount))
      report('implicit_knowledge', `the figure ${amount} is not in any workflow's authority limits or the glossary terms`);
  for (const name of properNames(sentence))
    if (!flagged.has(name.toLowerCase()) && contentTerms(name).some((term) => !vocabulary.known.has(term)))
      report('implicit_knowledge', `"${name}" is not defined anywhere in the workspace (tools, workflows, glossary)`);
  return analysis;
}
