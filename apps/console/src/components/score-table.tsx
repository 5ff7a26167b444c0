/** Ranked chunks with their score, per-field scores (title, body, …) and per-signal scores (bm25, dense, …). */
import { formatScore } from '../format/format-value';
import { scoreColumns, type ScoredRow } from '../trace/scored-rows';

interface Props {
  readonly caption: string;
  readonly rows: readonly ScoredRow[];
  readonly onOpenChunk?: (chunkId: string) => void;
}

export function ScoreTable({ caption, rows, onOpenChunk }: Props) {
  const fields = scoreColumns(rows.map((row) => row.fieldScores));
  const signals = scoreColumns(rows.map((row) => row.signals));
  return (
    <div className="table-scroll">
      <table className="scores">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Rank
            </th>
            <th scope="col" rowSpan={2}>
              Chunk
            </th>
            <th scope="col" rowSpan={2}>
              Score
            </th>
            {fields.length > 0 ? (
              <th scope="colgroup" colSpan={fields.length}>
                Per field
              </th>
            ) : null}
            {signals.length > 0 ? (
              <th scope="colgroup" colSpan={signals.length}>
                Per signal
              </th>
            ) : null}
          </tr>
          <tr>
            {[...fields, ...signals].map((name, index) => (
              <th scope="col" key={`${index}-${name}`}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.chunkId}>
              <td>{row.rank}</td>
              <th scope="row">
                {onOpenChunk ? (
                  <button type="button" className="link-button" onClick={() => onOpenChunk(row.chunkId)}>
                    {row.title}
                  </button>
                ) : (
                  row.title
                )}
                {row.breadcrumb ? <span className="muted block">{row.breadcrumb}</span> : null}
              </th>
              <td className="number">{formatScore(row.score)}</td>
              {fields.map((name) => (
                <td className="number" key={`field-${name}`}>
                  {formatScore(row.fieldScores[name])}
                </td>
              ))}
              {signals.map((name) => (
                <td className="number" key={`signal-${name}`}>
                  {formatScore(row.signals[name])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
