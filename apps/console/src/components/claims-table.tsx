/** The grounding check claim by claim: each claim, whether the evidence supports it, and why not. */
import type { GroundingClaim } from '../trace/grounding-claims';

interface Props {
  readonly claims: readonly GroundingClaim[];
  /** The stage's own verdict (`detail.allowed`), when it gives one: says what an empty list means. */
  readonly allowed?: unknown;
}

export function ClaimsTable({ claims, allowed }: Props) {
  if (claims.length === 0)
    return (
      <p className="muted">
        Grounding check:{' '}
        {allowed === true
          ? 'no claim was flagged; the reply passed.'
          : allowed === false
            ? 'the reply was blocked (see the violations).'
            : 'the reply states no fact to check.'}
      </p>
    );
  return (
    <table className="claims">
      <caption>Grounding check</caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Sources</th>
          <th scope="col">Verdict</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim, index) => (
          <tr key={index} className={`claim-${String(claim.supported)}`}>
            <td>{claim.text}</td>
            <td>{claim.sources.join(' ')}</td>
            <td>
              <span className={`badge verdict-${String(claim.supported)}`}>{claim.supported ? 'supported' : 'unsupported'}</span>
            </td>
            <td>{claim.why ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
