/** What customers asked about: each intent's count and share of the range's conversations. */
import { formatPercent } from '../format/format-value';

export function IntentMixTable({ mix }: { readonly mix: readonly { readonly intent: string; readonly count: number }[] }) {
  const total = mix.reduce((sum, item) => sum + item.count, 0);
  const sorted = [...mix].sort((a, b) => b.count - a.count);
  return (
    <section aria-labelledby="intent-mix-heading">
      <h2 id="intent-mix-heading">Intent mix</h2>
      {sorted.length === 0 ? (
        <p className="muted">No intents in this range.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Intent</th>
              <th scope="col">Count</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((item) => (
              <tr key={item.intent}>
                <th scope="row">{item.intent}</th>
                <td className="number">{item.count}</td>
                <td className="number">{formatPercent(total === 0 ? null : item.count / total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
