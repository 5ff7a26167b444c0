/** The HTML report's failed cases: each one's reasons, its transcript turn by turn, and what each reply's trace recorded. */
import { formatMilliseconds, formatReportNumber, html, htmlTable, type SafeHtml } from './eval-report-html.js';
import type { CaseResult, PlayedReply } from './suite-types.js';

/** The anchor a case's section carries, so the regressions list can link to it. */
export function caseAnchor(result: CaseResult): string {
  return `case-${result.suite}-${result.id}`.replace(/[^A-Za-z0-9_-]+/g, '-');
}

function replyFacts(reply: PlayedReply): string[] {
  return [
    reply.outcome ?? (reply.handoff ? 'handoff' : 'answered'),
    reply.handoff ? `handoff ${reply.handoff.mode}: ${reply.handoff.reason}` : '',
    reply.intent ? `intent ${reply.intent.label} (${formatReportNumber(reply.intent.confidence)})` : '',
    `confidence ${formatReportNumber(reply.confidence)}`,
    `faithfulness ${formatReportNumber(reply.faithfulness)}`,
    reply.language ? `language ${reply.language}` : '',
    `${formatMilliseconds(reply.milliseconds)} ms`,
    reply.costUsd > 0 ? `$${formatReportNumber(reply.costUsd)}` : '',
  ].filter((fact) => fact !== '');
}

function renderReply(reply: PlayedReply): SafeHtml {
  return html`<div class="message bot">
    <div class="who">Bot</div>
    <div class="text">${reply.text}</div>
    <div class="facts">${replyFacts(reply).join(' · ')}</div>
    ${
      reply.citations.length > 0 &&
      html`<div class="facts">
        cites ${reply.citations.map((citation, i) => html`${i > 0 ? ', ' : ''}<code>${citation.url ?? citation.path}</code>`)}
      </div>`
    }
    ${reply.unloggedActionClaims.length > 0 && html`<div class="facts warn">claims no logged action backs: ${reply.unloggedActionClaims.join(' | ')}</div>`}
    <div class="facts">trace <code>${reply.traceId}</code></div>
    ${
      reply.stages &&
      reply.stages.length > 0 &&
      htmlTable(
        ['stage', 'ms', 'detail'],
        reply.stages.map((stage) => [stage.name, formatMilliseconds(stage.milliseconds), html`<code>${stage.summary}</code>`]),
        'stages',
      )
    }
  </div>`;
}

/** Customer turns interleaved with the replies to them (`turn` is 1-based); without recorded turns, the replies alone. */
function transcript(result: CaseResult): SafeHtml {
  const replies = [...result.played.replies].sort((a, b) => a.turn - b.turn);
  const turns = result.turns ?? [];
  const lastTurn = Math.max(turns.length, ...replies.map((reply) => reply.turn));
  return html`${Array.from({ length: lastTurn }, (_, index) => [
    turns[index] !== undefined &&
      html`<div class="message customer">
        <div class="who">Customer</div>
        <div class="text">${turns[index]}</div>
      </div>`,
    replies.filter((reply) => reply.turn === index + 1).map((reply) => renderReply(reply)),
  ])}`;
}

export function renderFailedCase(result: CaseResult): SafeHtml {
  const actions = result.played.actions;
  return html`<section class="case" id="${caseAnchor(result)}">
    <h3><code>${result.id}</code> <span class="suite">${result.suite}</span></h3>
    <ul class="reasons">
      ${result.reasons.map((reason) => html`<li>${reason}</li>`)}
    </ul>
    ${transcript(result)}
    ${
      actions.length > 0 &&
      html`<div class="facts">
        actions:
        ${actions.map(
          (action, i) => html`${i > 0 ? '; ' : ''}<code>${action.tool}</code> ${JSON.stringify(action.args)} → ${action.outcome}`,
        )}
      </div>`
    }
  </section>`;
}
