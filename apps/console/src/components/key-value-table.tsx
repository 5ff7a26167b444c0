/** A record as a two-column table (tool arguments, scores): names on the left, readable values on the right. */
import { DetailValue } from './detail-value';

export function KeyValueTable({ value, caption }: { readonly value: Readonly<Record<string, unknown>>; readonly caption?: string }) {
  const entries = Object.entries(value);
  if (entries.length === 0) return <p className="muted">None.</p>;
  return (
    <table className="key-value">
      {caption ? <caption>{caption}</caption> : null}
      <tbody>
        {entries.map(([name, item]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>
              <DetailValue value={item} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
