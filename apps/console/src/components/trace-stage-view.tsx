/**
 * One pipeline stage: name, milliseconds and decision. Skipped and failed stages say why; retrieve shows its chunks'
 * per-field and per-signal scores, guard (and any stage with claims) the grounding check claim by claim, act its actions.
 */
import type { TraceStage } from '../api/types';
import { formatMilliseconds } from '../format/format-duration';
import { claimKeys, groundingClaims } from '../trace/grounding-claims';
import { retrievedRows } from '../trace/scored-rows';
import { stageOutcome, withoutKeys } from '../trace/stage-outcome';
import { ClaimsTable } from './claims-table';
import { DetailValue } from './detail-value';
import { ScoreTable } from './score-table';

export function TraceStageView({ stage, onOpenChunk }: { readonly stage: TraceStage; readonly onOpenChunk: (chunkId: string) => void }) {
  const outcome = stageOutcome(stage.detail);
  const chunks = stage.name === 'retrieve' ? retrievedRows(stage.detail) : [];
  const claims = groundingClaims(stage.detail);
  const showClaims = outcome.status === 'ran' && (stage.name === 'guard' || claims.length > 0);
  const rest = withoutKeys(stage.detail, ['skipped', 'error', ...(chunks.length > 0 ? ['chunks'] : []), ...(showClaims ? claimKeys : [])]);
  return (
    <li className={`stage stage-${outcome.status}`} data-testid="trace-stage" data-stage={stage.name}>
      <h4 className="stage-head">
        <span className="stage-name">{stage.name}</span> <span className="muted">{formatMilliseconds(stage.milliseconds)}</span>{' '}
        {outcome.status === 'ran' ? null : <span className={`badge badge-${outcome.status}`}>{outcome.status}</span>}
      </h4>
      {outcome.status === 'ran' ? null : (
        <p>
          {outcome.status === 'skipped' ? 'Skipped' : 'Failed'}: {outcome.why}
        </p>
      )}
      {stage.name === 'act' && outcome.status === 'ran' ? <p className="muted">Actions taken by the workflow:</p> : null}
      {Object.keys(rest).length > 0 ? <DetailValue value={rest} /> : null}
      {chunks.length > 0 ? <ScoreTable caption="Retrieved chunks" rows={chunks} onOpenChunk={onOpenChunk} /> : null}
      {showClaims ? <ClaimsTable claims={claims} allowed={stage.detail.allowed} /> : null}
    </li>
  );
}
