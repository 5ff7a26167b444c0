/**
 * The workspace's hot-fix adapters: adapters.yaml read and written (atomically), each adapter resolved as a chat model
 * on the configured LLM endpoint, and the expiry warnings `serve` and `adapter list` print.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterRegistryFileName, adapterRegistryYaml, parseAdapterRegistry, type AdapterEntry } from '@switchboard/config';
import { adapterExpiry, adapterExpiryWarning, adapterLabel, type AdapterRoute } from '@switchboard/core/generation';
import { resolveChatModel, type ChatModelSettings, type LlmSettings } from '@switchboard/providers';
import { SwitchboardError } from '@switchboard/spec';

/** adapters.yaml of the folder, validated; none when the file does not exist. */
export function readAdapterRegistry(dir: string): AdapterEntry[] {
  const file = join(dir, adapterRegistryFileName);
  return existsSync(file) ? parseAdapterRegistry(readFileSync(file, 'utf8'), file) : [];
}

/** Writes adapters.yaml through a temporary file and a rename, so a reader never sees half of it. */
export function writeAdapterRegistry(dir: string, adapters: readonly AdapterEntry[]): void {
  const file = join(dir, adapterRegistryFileName);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, adapterRegistryYaml(adapters));
  renameSync(temporary, file);
}

/** The adapters this workspace answers with: a release's (from its snapshot) when it has one, else adapters.yaml's. */
export function workspaceAdapters(workspace: {
  readonly dir: string;
  readonly adapters?: readonly AdapterEntry[];
}): readonly AdapterEntry[] {
  return workspace.adapters ?? readAdapterRegistry(workspace.dir);
}

/**
 * The adapter's model name on the base model's endpoint: 'openai-compatible:llama3.1' with adapter model 'billing-fix'
 * gives 'openai-compatible:billing-fix'. A name that already names a provider is taken as written.
 */
export function adapterModelName(baseModel: string, adapterModel: string): string {
  if (/^(?:openai-compatible|openai|anthropic):/.test(adapterModel)) return adapterModel;
  return `${baseModel.slice(0, baseModel.indexOf(':'))}:${adapterModel}`;
}

/** Each adapter as the answerer routes to it, on the same endpoint and key as the base model. */
export function adapterRoutes(
  adapters: readonly AdapterEntry[],
  settings: LlmSettings,
  options: { readonly maxAgeDays: number; readonly timeoutMs: number },
): AdapterRoute[] {
  const endpoint: ChatModelSettings = { baseUrl: settings.baseUrl, apiKey: settings.apiKey, timeoutMs: options.timeoutMs };
  return adapters.map((adapter) => ({
    name: adapter.name,
    version: adapter.version,
    model: resolveChatModel(adapterModelName(settings.model, adapter.model), endpoint),
    intents: adapter.intents,
    cohorts: adapter.cohorts,
    expiresAt: adapterExpiry(Date.parse(adapter.addedAt), options.maxAgeDays, 0).expiresAt,
  }));
}

/** One warning per adapter expired or expiring within a week (core/generation/adapter-expiry.ts). */
export function adapterExpiryWarnings(adapters: readonly AdapterEntry[], maxAgeDays: number, now: number): string[] {
  return adapters.flatMap((adapter) => {
    const warning = adapterExpiryWarning(adapterLabel(adapter), adapterExpiry(Date.parse(adapter.addedAt), maxAgeDays, now), maxAgeDays);
    return warning === null ? [] : [warning];
  });
}

/**
 * Asks the endpoint for one short reply as the adapter's model. A name the endpoint does not serve would fail every
 * adapter call, the base model would answer in its place, and the anchors would pass without testing the adapter.
 */
export async function probeAdapter(adapter: AdapterEntry, settings: LlmSettings, timeoutMs: number): Promise<void> {
  const [route] = adapterRoutes([adapter], settings, { maxAgeDays: 1, timeoutMs });
  try {
    await route!.model.generate({ messages: [{ role: 'user', content: 'Reply with OK.' }], maxOutputTokens: 5, temperature: 0 });
  } catch (error) {
    throw new SwitchboardError(
      'PROVIDER_FAILURE',
      `--model ${adapter.model}: ${settings.baseUrl ?? 'the endpoint'} did not answer as ${route!.model.id} ` +
        `(${(error as Error).message}); is the adapter loaded there (vLLM: --enable-lora --lora-modules ${adapter.model}=PATH)?`,
      { cause: error },
    );
  }
}
