/** What the bot hands a person: reason, intent and confidence, safety category, retrieved articles, actions, transcript. */
import type { HandoffPacket } from '../api/types';
import { formatDateTime, formatPercent, formatScore } from '../format/format-value';

export function HandoffPacketView({ packet }: { readonly packet: HandoffPacket }) {
  return (
    <section aria-labelledby="packet-heading" className="packet">
      <h3 id="packet-heading">Handoff packet</h3>
      <dl className="facts">
        <dt>Reason</dt>
        <dd>{packet.reason}</dd>
        <dt>Intent</dt>
        <dd>{packet.intent ? `${packet.intent.label} (confidence ${formatPercent(packet.intent.confidence)})` : 'none'}</dd>
        <dt>Safety category</dt>
        <dd>{packet.safetyCategory ?? 'none'}</dd>
      </dl>
      <h4>Retrieved articles</h4>
      {packet.retrieved.length === 0 ? (
        <p className="muted">Nothing was retrieved.</p>
      ) : (
        <ol>
          {packet.retrieved.map((article) => (
            <li key={article.path}>
              {article.title}{' '}
              <span className="muted">
                ({article.path}, score {formatScore(article.score)})
              </span>
            </li>
          ))}
        </ol>
      )}
      <h4>Actions</h4>
      {packet.actions.length === 0 ? (
        <p className="muted">No actions ran.</p>
      ) : (
        <ul>
          {packet.actions.map((action, index) => (
            <li key={index}>
              {action.tool}: {action.outcome} <span className="muted">({formatDateTime(action.at)})</span>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Transcript at handoff ({packet.transcript.length} messages)</summary>
        <ol className="transcript">
          {packet.transcript.map((turn, index) => (
            <li key={index}>
              <strong>{turn.role}</strong> <span className="muted">{formatDateTime(turn.at)}</span>
              <p className="text">{turn.text}</p>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
