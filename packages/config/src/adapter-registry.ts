/**
 * adapters.yaml, the workspace's registry of hot-fix adapters: written by `switchboard adapter`, snapshotted by every
 * release, and validated whenever it is read, with every problem named by file, line and field.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import { SwitchboardError } from '@switchboard/spec';
import { formatProblems, validateYaml } from './yaml-validation.js';

export const adapterRegistryFileName = 'adapters.yaml';

/** The personas `personas.rules` can choose: an adapter's cohorts are some of these. */
export const personaNames = ['enterprise', 'self-serve', 'developer'] as const;

/** Semantic Versioning 2.0.0 (semver.org's own regular expression). */
export const semverPattern =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** A name that is safe in a trace, a file and a command line: letters, digits, '.', '_' and '-'. */
export const adapterNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const adapterEntrySchema = z.strictObject({
  name: z.string().regex(adapterNamePattern, 'must be letters, digits, ".", "_" or "-" (at most 64)'),
  /** The model name the endpoint serves the adapter under (vLLM `--lora-modules NAME=path`). */
  model: z.string().min(1),
  version: z.string().regex(semverPattern, 'must be a semantic version such as 1.0.0'),
  intents: z.array(z.string().min(1)).min(1),
  /** Personas it serves; empty: every persona (and none) of its intents. */
  cohorts: z.array(z.enum(personaNames)).default([]),
  addedAt: z.iso.datetime(),
  /** The stability anchors as they ran before it was registered. */
  anchors: z.strictObject({
    suites: z.array(z.string()),
    /** The run with the adapter routed, and the run without it that it was compared with. */
    runId: z.string().nullable(),
    baselineRunId: z.string().nullable(),
    /** Cases that passed without the adapter and failed with it; registered anyway only with `forcedReason`. */
    regressions: z.array(z.string()),
    checkedAt: z.iso.datetime(),
    forcedReason: z.string().min(1).optional(),
  }),
});

const adapterRegistrySchema = z.strictObject({
  adapters: z.array(adapterEntrySchema).default([]),
});

export type AdapterEntry = z.infer<typeof adapterEntrySchema>;

/** Parses adapters.yaml; throws CONFIG_INVALID listing every problem with its line and field. An empty file has no adapters. */
export function parseAdapterRegistry(text: string, file: string): AdapterEntry[] {
  const { value, problems, lineOf } = validateYaml(text, file, adapterRegistrySchema);
  if (value) {
    const names = value.adapters.map((adapter) => adapter.name);
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate === undefined) return value.adapters;
    const index = names.lastIndexOf(duplicate);
    problems.push({
      file,
      line: lineOf(['adapters', index, 'name']),
      field: `adapters.${index}.name`,
      message: `'${duplicate}' is registered twice`,
    });
  }
  throw new SwitchboardError('CONFIG_INVALID', formatProblems(problems, file), { details: { problems } });
}

/** The text of adapters.yaml for these entries, with a header saying who writes it. */
export function adapterRegistryYaml(adapters: readonly AdapterEntry[]): string {
  const header =
    '# Hot-fix adapters, written by `switchboard adapter add|remove` (docs/rollout.md, "Hot-fix adapters").\n' +
    '# Every release snapshots this file; edit it through the CLI, which runs the stability anchors first.\n';
  return header + stringify({ adapters }, { lineWidth: 0 });
}
