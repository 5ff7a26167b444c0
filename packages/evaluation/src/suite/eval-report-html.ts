/**
 * The HTML report's markup helpers: a tagged template that escapes every interpolated value unless it is markup the
 * template itself built, so case text and replies can never become markup, however the report is assembled.
 */
import { formatCriterionValue } from '@switchboard/core/evaluation';

/** Markup built by `html`; the only value `html` interpolates without escaping. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]!);
}

function markupOf(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(markupOf).join('');
  return escapeHtml(String(value));
}

/** `html\`<td>${text}</td>\``: text escaped, nested `html` kept, arrays joined, null/undefined/false left out. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let markup = strings[0]!;
  for (const [i, value] of values.entries()) markup += markupOf(value) + strings[i + 1]!;
  return new SafeHtml(markup);
}

/** A table with a header row; cells are escaped unless built with `html`. */
export function htmlTable(header: readonly string[], rows: readonly (readonly HtmlValue[])[], className?: string): SafeHtml {
  return html`<table${className ? html` class="${className}"` : ''}>
<thead><tr>${header.map((title) => html`<th>${title}</th>`)}</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr>
        ${row.map((cell) => html`<td>${cell}</td>`)}
      </tr>`,
  )}</tbody>
</table>`;
}

/** A measured number as the gate prints it (whole numbers as they are, fractions to four decimals); '–' for none. */
export function formatReportNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatCriterionValue(value);
}

/** Milliseconds to a tenth: finer is timer noise. */
export function formatMilliseconds(value: number): string {
  return String(Number(value.toFixed(1)));
}
