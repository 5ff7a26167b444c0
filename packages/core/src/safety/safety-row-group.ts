/** The group a labelled safety row belongs to for the tune/check split, the same for the training script and the CLI. */
import { defaultGroupKey } from '../evaluation/tune-check-split.js';

export interface GroupableSafetyRow {
  readonly text: string;
  /** A source-question id (translations of one question share it). */
  readonly group?: string;
  /** A generator template id: rows from one template stay in one part. */
  readonly template?: string;
  /** JailbreakBench's behaviour: one goal asked plainly and inside jailbreak wrappers. */
  readonly behavior?: string;
}

/** `group`, else `template`, else `behavior`, else the normalised text (so exact copies stay together). */
export function safetyRowGroup(row: GroupableSafetyRow): string {
  return row.group ?? row.template ?? row.behavior ?? defaultGroupKey(row.text);
}
