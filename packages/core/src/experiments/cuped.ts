/** CUPED: variance reduction with a pre-period covariate (Deng, Xu, Kohavi & Walker, WSDM 2013). */
import type { MeanArm } from './arm-statistics.js';
import { summarizeValues } from './arm-statistics.js';

/** One unit: its arm, its outcome in the experiment, and its pre-period value of the same metric when it has one. */
export interface CupedRow {
  readonly arm: string;
  readonly outcome: number;
  /** The unit's pre-experiment value (e.g. its CSAT or resolution rate before the test); absent for new customers. */
  readonly covariate?: number | undefined;
}

export interface CupedArm {
  readonly arm: string;
  /** The raw outcomes. */
  readonly raw: MeanArm;
  /** The adjusted outcomes Y − θ(X − X̄): same expectation, smaller variance. Feed these to the tests. */
  readonly adjusted: MeanArm;
}

export interface CupedResult {
  /** θ = cov(Y, X)/var(X) over all units of all arms. */
  readonly theta: number;
  /** ρ², the squared correlation of outcome and covariate: the share of variance removed, pooled. */
  readonly correlationSquared: number;
  /** Arms in order of first appearance. */
  readonly arms: readonly CupedArm[];
}

/**
 * Adjusts each outcome to Y − θ(X − X̄) with θ = cov(Y, X)/var(X) and X̄ estimated on all arms together, as Deng et
 * al. prescribe: pooling keeps θ and X̄ the same in every arm, so the adjustment shifts no arm's expectation (X is
 * measured before assignment and independent of it) and the difference in adjusted means is unbiased. The pooled
 * variance falls to var(Y)(1 − ρ²). A unit without a covariate is given X̄, so it is simply not adjusted; the
 * estimate stays unbiased because which units lack a pre-period does not depend on the arm.
 */
export function cuped(rows: readonly CupedRow[]): CupedResult {
  if (rows.length < 2) throw new RangeError('cuped: at least two rows are needed');
  const observed = rows.flatMap((row) => (row.covariate === undefined ? [] : [row.covariate]));
  const covariateMean = observed.length === 0 ? 0 : summarizeValues(observed).mean;
  const covariates = rows.map((row) => row.covariate ?? covariateMean);
  const outcomeMean = summarizeValues(rows.map((row) => row.outcome)).mean;
  let covariance = 0;
  let covariateSquares = 0;
  let outcomeSquares = 0;
  rows.forEach((row, i) => {
    const dx = (covariates[i] ?? covariateMean) - covariateMean;
    const dy = row.outcome - outcomeMean;
    covariance += dx * dy;
    covariateSquares += dx * dx;
    outcomeSquares += dy * dy;
  });
  // A covariate that never varies carries no information: θ = 0 leaves the outcomes as they are.
  const theta = covariateSquares > 0 ? covariance / covariateSquares : 0;
  const correlationSquared =
    covariateSquares > 0 && outcomeSquares > 0 ? (covariance * covariance) / (covariateSquares * outcomeSquares) : 0;
  const byArm = new Map<string, { raw: number[]; adjusted: number[] }>();
  rows.forEach((row, i) => {
    const values = byArm.get(row.arm) ?? { raw: [], adjusted: [] };
    values.raw.push(row.outcome);
    values.adjusted.push(row.outcome - theta * ((covariates[i] ?? covariateMean) - covariateMean));
    byArm.set(row.arm, values);
  });
  return {
    theta,
    correlationSquared,
    arms: [...byArm].map(([arm, values]) => ({ arm, raw: summarizeValues(values.raw), adjusted: summarizeValues(values.adjusted) })),
  };
}
