/** Splits a human runbook (Markdown) into numbered instruction lines, skipping headings, code and front matter. */

export interface RunbookInstruction {
  /** 1-based line in the file. */
  readonly line: number;
  /** The line as written, without the list marker. */
  readonly text: string;
}

export function runbookInstructions(markdown: string): RunbookInstruction[] {
  const instructions: RunbookInstruction[] = [];
  let inCode = false;
  let inFrontMatter = false;
  markdown.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (i === 0 && trimmed === '---') return void (inFrontMatter = true);
    if (inFrontMatter) return void (trimmed === '---' && (inFrontMatter = false));
    if (/^(```|~~~)/.test(trimmed)) return void (inCode = !inCode);
    if (inCode || trimmed === '' || /^(#|>|\||<!--)/.test(trimmed)) return;
    const text = trimmed.replace(/^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '').trim();
    if (text !== '') instructions.push({ line: i + 1, text });
  });
  return instructions;
}
