/** Any JSON value rendered readably: numbers rounded, lists joined, objects as nested name/value lists. */
import { formatScore } from '../format/format-value';

export function DetailValue({ value }: { readonly value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">none</span>;
  if (typeof value === 'number') return <>{Number.isInteger(value) ? value : formatScore(value)}</>;
  if (typeof value === 'boolean') return <>{value ? 'yes' : 'no'}</>;
  if (typeof value === 'string') return <>{value === '' ? <span className="muted">empty</span> : value}</>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">none</span>;
    if (value.every((item) => typeof item !== 'object' || item === null)) return <>{value.map(String).join(', ')}</>;
    return (
      <ol className="detail-list">
        {value.map((item, index) => (
          <li key={index}>
            <DetailValue value={item} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return <span className="muted">none</span>;
    return (
      <dl className="detail">
        {entries.map(([name, item]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>
              <DetailValue value={item} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}
