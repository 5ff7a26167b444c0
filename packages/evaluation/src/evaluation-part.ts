/** Reads a `--part` value: the tune or the check part of the tune/check split (docs/benchmarks.md), or all. */
import type { EvaluationPart } from '@switchboard/core/evaluation';
import { SwitchboardError } from '@switchboard/spec';

export function parseEvaluationPart(value: string): EvaluationPart | 'all' {
  if (value !== 'tune' && value !== 'check' && value !== 'all')
    throw new SwitchboardError('VALIDATION_FAILED', `--part: expected tune, check or all, got '${value}'`);
  return value;
}
