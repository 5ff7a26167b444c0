/** Text output of `experiment create` (the plan), `experiment list` and `experiment status` (the analysis). */
import type { ArmComparison, ExperimentList, ExperimentPlan, ExperimentStatus } from '@switchboard/core/experiments';
import type { Experiment } from '@switchboard/spec';
import { formatTable, printLine } from '../output.js';

const number = (value: number | null | undefined, digits = 4): string =>
  value === null || value === undefined ? '-' : value.toFixed(digits);
const interval = (range: { lower: number; upper: number } | undefined): string =>
  range ? `[${number(range.lower)}, ${number(range.upper)}]` : '-';

export function printExperimentPlan(experiment: Experiment, plan: ExperimentPlan): void {
  const arms = experiment.arms.map((arm) => `${arm.name}=${arm.release}`).join(', ');
  printLine(`experiment ${experiment.name} created${experiment.aa ? ' (A/A)' : ''}: ${arms}; metric ${experiment.metric}`);
  printLine(`  design: MDE ${experiment.mde}, alpha ${experiment.alpha}, power ${experiment.power}, holdout ${experiment.holdoutPercent}%`);
  const rate = plan.baseline
    ? `baseline ${experiment.metric} ${number(plan.baseline.value)} over ${plan.baseline.conversations} conversations`
    : `too little traffic in the last ${plan.windowDays} days to estimate the baseline; assumed ${plan.assumed}`;
  printLine(
    `  traffic (last ${plan.windowDays} days): ${number(plan.conversationsPerDay, 1)} conversations/day, ${number(plan.unitsPerDay, 1)} customers/day; ${rate}`,
  );
  printLine(`  sample size: ${plan.perArm} customers per arm`);
  printLine(
    plan.days === null
      ? '  duration: unknown: no conversations in the window to estimate traffic from'
      : `  duration: about ${Math.ceil(plan.days)} days at recent traffic (a planning figure; the sequential test may stop sooner)`,
  );
}

export function printExperimentList({ experiments, served }: ExperimentList): void {
  if (experiments.length === 0) return printLine('no experiments yet (switchboard experiment create NAME --arms A=REL1,B=REL2 --metric …)');
  printLine(
    formatTable(
      ['experiment', 'state', 'arms', 'metric', 'created', 'stopped'],
      experiments.map((experiment) => [
        `${experiment.name}${experiment.aa ? ' (A/A)' : ''}`,
        experiment.name === served ? 'running, served' : experiment.state,
        experiment.arms.map((arm) => `${arm.name}=${arm.release}`).join(', '),
        experiment.metric,
        experiment.createdAt,
        experiment.stoppedAt ?? '-',
      ]),
    ),
  );
  if (served === null && experiments.some((experiment) => experiment.state === 'running'))
    printLine('no experiment is served while a staged rollout is running or paused (switchboard rollout status)');
}

const comparisonRow = (label: string, comparison: ArmComparison | null): string[] => [
  label,
  number(comparison?.difference),
  interval(comparison?.interval),
  interval(comparison?.alwaysValidInterval),
  number(comparison?.alwaysValidPValue),
  comparison?.relativeLift ? `${number(comparison.relativeLift.estimate * 100, 1)}%` : '-',
];

export function printExperimentStatus(status: ExperimentStatus): void {
  const { experiment } = status;
  printLine(`experiment ${experiment.name}${experiment.aa ? ' (A/A)' : ''}: metric ${experiment.metric}, since ${experiment.createdAt}`);
  printLine(
    `verdict: ${status.verdict}${status.verdict === 'srm' ? ' (sample-ratio mismatch: the split is broken; do not trust the effect)' : ''}`,
  );
  if (experiment.stoppedAt) printLine(`stopped at ${experiment.stoppedAt}: conversations after it are not analysed`);
  if (status.assignedBy === 'release')
    printLine(
      'note: some replies were served outside the experiment (before it was served, or during a staged rollout), so conversations are put in arms by the release that answered them',
    );
  printLine();
  printLine(
    formatTable(
      ['arm', 'release', 'customers', 'measured', 'mean', `${(1 - experiment.alpha) * 100}% interval`, 'CUPED mean'],
      status.arms.map((arm) => [
        arm.name,
        experiment.arms.find((known) => known.name === arm.name)?.release ?? '-',
        String(arm.units),
        String(arm.measured),
        number(arm.mean),
        interval(arm.interval ?? undefined),
        number(arm.adjustedMean),
      ]),
    ),
  );
  printLine();
  const [baseline, candidate] = experiment.arms;
  printLine(`effect ${candidate?.name} − ${baseline?.name} (${(1 - experiment.alpha) * 100}% intervals):`);
  printLine(
    formatTable(
      ['', 'difference', 'interval', 'always-valid interval', 'p (always valid)', 'lift'],
      [comparisonRow('unadjusted', status.unadjusted), comparisonRow('CUPED', status.adjusted)],
    ),
  );
  printLine(
    `CUPED: θ ${number(status.cuped.theta)}, ρ² ${number(status.cuped.correlationSquared)}, ${status.cuped.unitsWithPrePeriod} customers with a pre-period`,
  );
  printLine(`SRM: χ² ${number(status.srm.statistic)}, p ${number(status.srm.pValue)}${status.srm.mismatch ? ' MISMATCH' : ''}`);
  for (const key of ['intent', 'persona', 'language'] as const) {
    const rows = status.segments[key];
    if (rows.length === 0) continue;
    printLine();
    printLine(`by ${key} (unadjusted; for exploring, not for deciding):`);
    printLine(
      formatTable(
        [key, 'customers', 'difference', 'interval', 'p (always valid)'],
        rows.map((row) => [
          row.segment,
          String(row.units),
          number(row.comparison?.difference),
          interval(row.comparison?.interval),
          number(row.comparison?.alwaysValidPValue),
        ]),
      ),
    );
  }
}
