/**
 * One failed case of an eval run: why it failed, its transcript, and each reply's trace id with the stages the run kept.
 * The trace itself lived in the run's scratch copy of the store, so the id is shown, not linked.
 */
import type { EvalCase, EvalReply } from '../api/eval-run-types';
import { caseTranscript } from '../evaluations/eval-run-tables';
import { formatMilliseconds } from '../format/format-duration';
import { formatScore } from '../format/format-value';

function replyFacts(reply: EvalReply): string {
  return [
    reply.outcome ?? (reply.handoff ? 'handoff' : 'answered'),
    reply.handoff ? `handoff ${reply.handoff.mode}: ${reply.handoff.reason}` : '',
    reply.intent ? `intent ${reply.intent.label} (${formatScore(reply.intent.confidence)})` : '',
    `confidence ${formatScore(reply.confidence)}`,
    reply.faithfulness === null ? '' : `faithfulness ${formatScore(reply.faithfulness)}`,
    formatMilliseconds(reply.milliseconds),
  ]
    .filter((fact) => fact !== '')
    .join(' · ');
}

function Reply({ reply }: { readonly reply: EvalReply }) {
  return (
    <li className="message">
      <p className="message-meta muted">Bot</p>
      <p className="text">{reply.text}</p>
      <p className="message-meta muted">{replyFacts(reply)}</p>
      {reply.citations.length > 0 ? (
        <p className="message-meta">
          Cites{' '}
          {reply.citations.map((citation, index) => (
            <code key={index}>{`${index > 0 ? ', ' : ''}${citation.url ?? citation.path}`}</code>
          ))}
        </p>
      ) : null}
      {reply.unloggedActionClaims && reply.unloggedActionClaims.length > 0 ? (
        <p className="message-meta error">Claims no logged action backs: {reply.unloggedActionClaims.join(' | ')}</p>
      ) : null}
      <p className="message-meta">
        Trace <code>{reply.traceId}</code>
      </p>
      {reply.stages && reply.stages.length > 0 ? (
        <details>
          <summary>Stages of trace {reply.traceId}</summary>
          <div className="table-scroll">
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">Stage</th>
                  <th scope="col">Time</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {reply.stages.map((stage, index) => (
                  <tr key={`${index}-${stage.name}`}>
                    <th scope="row">{stage.name}</th>
                    <td className="number">{formatMilliseconds(stage.milliseconds)}</td>
                    <td>
                      <code>{stage.summary}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </li>
  );
}

export function EvalFailedCase({ result }: { readonly result: EvalCase }) {
  const actions = result.played.actions;
  return (
    <section className="card" aria-labelledby={`case-${result.suite}-${result.id}`}>
      <h3 id={`case-${result.suite}-${result.id}`}>
        <code>{result.id}</code> <span className="muted">{result.suite}</span>
      </h3>
      <ul>
        {result.reasons.map((reason, index) => (
          <li key={index}>{reason}</li>
        ))}
      </ul>
      <ol className="stack transcript" aria-label={`Transcript of ${result.id}`}>
        {caseTranscript(result).map((entry, index) =>
          entry.kind === 'customer' ? (
            <li className="message message-customer" key={index}>
              <p className="message-meta muted">Customer</p>
              <p className="text">{entry.text}</p>
            </li>
          ) : (
            <Reply reply={entry.reply} key={index} />
          ),
        )}
      </ol>
      {actions.length > 0 ? (
        <p className="message-meta">
          Actions:{' '}
          {actions.map((action, index) => (
            <span key={index}>
              {index > 0 ? '; ' : ''}
              <code>{action.tool}</code> {JSON.stringify(action.args)} → {action.outcome}
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
