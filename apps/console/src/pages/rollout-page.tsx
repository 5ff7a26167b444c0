/**
 * Admin: the latest staged rollout as `switchboard rollout status` shows it — its stage and arms, each guardrail's
 * estimate with its always-valid interval and breach state, and every decision with its reason. Refreshed every 15 s.
 */
import { useSession } from '../api/session-context';
import type { RolloutResponse, RolloutStatus } from '../api/experiment-types';
import { useResource } from '../api/use-resource';
import { ErrorMessage } from '../components/error-message';
import { Loading } from '../components/loading';
import {
  formatGuardrailValue,
  formatInterval,
  formatPValue,
  guardrailLabel,
  guardrailState,
  rolloutOf,
  stageLabel,
} from '../experiments/experiment-view';
import { formatDateTime } from '../format/format-value';
import { useDocumentTitle } from '../hooks/use-document-title';

const pollMs = 15_000;

export function RolloutPage() {
  useDocumentTitle('Rollout');
  const { api } = useSession();
  const response = useResource('rollout', (signal) => api.get<RolloutResponse>('/v1/rollout', signal), pollMs);
  const rollout = rolloutOf(response.data);
  return (
    <>
      <h1>Rollout</h1>
      <ErrorMessage error={response.error} action="The rollout could not be loaded" />
      {response.loading && !response.data ? <Loading what="the rollout" /> : null}
      {response.data && !rollout ? (
        <p className="muted">
          No rollout was started: <code>switchboard rollout start RELEASE</code> rolls a release out in stages.
        </p>
      ) : null}
      {rollout ? <RolloutReport rollout={rollout} /> : null}
    </>
  );
}

function RolloutReport({ rollout }: { readonly rollout: RolloutStatus }) {
  const breached = rollout.guardrails.filter((guardrail) => guardrail.decision === 'breach');
  return (
    <>
      <p role="status" className={rollout.state === 'rolled_back' ? 'error' : rollout.state === 'completed' ? 'notice' : 'muted'}>
        <code>{rollout.release}</code> against <code>{rollout.baseline}</code>: <strong>{rollout.state.replace('_', ' ')}</strong>
        {rollout.state === 'running' || rollout.state === 'paused' ? ` · ${stageLabel(rollout)}` : ''}
        {breached.length > 0 ? ` · breached: ${breached.map((guardrail) => guardrailLabel(guardrail.name)).join(', ')}` : ''}
      </p>
      <h2>Arms</h2>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Arm</th>
            <th scope="col">Release</th>
            <th scope="col">Customers</th>
            <th scope="col">Conversations this stage</th>
          </tr>
        </thead>
        <tbody>
          {rollout.arms.map((arm) => (
            <tr key={arm.arm}>
              <th scope="row">{arm.arm}</th>
              <td>
                <code>{arm.release}</code>
              </td>
              <td className="number">{arm.percent}%</td>
              <td className="number">{arm.conversations}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Guardrails</h2>
      <p className="muted">
        Candidate − baseline with its always-valid interval; a guardrail is breached when the candidate is worse than its limit at α, and a
        breach rolls the release back at the next tick.
      </p>
      <div className="table-scroll">
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Guardrail</th>
              <th scope="col">Estimate</th>
              <th scope="col">Interval</th>
              <th scope="col">Limit</th>
              <th scope="col">p</th>
              <th scope="col">Conversations (baseline / candidate)</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {rollout.guardrails.map((guardrail) => {
              const state = guardrailState(guardrail.decision);
              const format = (value: number) => formatGuardrailValue(guardrail, value);
              return (
                <tr key={guardrail.name}>
                  <th scope="row">{guardrailLabel(guardrail.name)}</th>
                  <td className="number">{formatGuardrailValue(guardrail, guardrail.estimate)}</td>
                  <td className="number">{formatInterval(guardrail.interval, format)}</td>
                  <td className="number">{format(guardrail.threshold)}</td>
                  <td className="number">{formatPValue(guardrail.pValue)}</td>
                  <td className="number">
                    {guardrail.counts.baseline} / {guardrail.counts.candidate}
                  </td>
                  <td>
                    <span className={state.good === null ? 'badge' : `badge verdict-${String(state.good)}`}>{state.label}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>Decisions</h2>
      {rollout.decisions.length === 0 ? (
        <p className="muted">No decision yet.</p>
      ) : (
        <ol className="decisions">
          {rollout.decisions.map((decision, index) => (
            <li key={`${decision.at}-${index}`}>
              <strong>{decision.action}</strong> {formatDateTime(decision.at)}: {decision.reason}
              {decision.guardrail ? (
                <>
                  {' '}
                  <span className="badge verdict-false">{guardrailLabel(decision.guardrail)}</span>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
