/** Calls tools declared with an HTTP binding: URL template, method, credentials from the environment, injectable fetch. */
import { SwitchboardError } from '@switchboard/spec';
import type { HttpToolExecutor } from './http-tool-types.js';

export interface HttpToolExecutorOptions {
  readonly fetch?: typeof fetch;
  /** The environment credentials are read from (the app passes process.env). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Fills `{name}` from the arguments; the arguments used in the URL are not sent again in the body or query. */
export function expandUrlTemplate(
  template: string,
  args: Readonly<Record<string, unknown>>,
): { url: string; rest: Record<string, unknown> } {
  const rest: Record<string, unknown> = { ...args };
  const url = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (args[key] === undefined) throw new SwitchboardError('VALIDATION_FAILED', `URL template ${template} needs argument '${key}'`);
    delete rest[key];
    return encodeURIComponent(String(args[key]));
  });
  return { url, rest };
}

export function createHttpToolExecutor(options: HttpToolExecutorOptions): HttpToolExecutor {
  const doFetch = options.fetch ?? fetch;
  return {
    async execute(definition, call, context) {
      const binding = definition.http;
      if (!binding) throw new SwitchboardError('CONFIG_INVALID', `tool '${definition.name}' has no http binding`);
      const { url, rest } = expandUrlTemplate(binding.url, call.arguments);
      const headers: Record<string, string> = { accept: 'application/json' };
      const secretEnv = binding.auth?.type === 'bearer' ? binding.auth.tokenEnv : binding.auth?.valueEnv;
      const secret = secretEnv === undefined ? undefined : options.env[secretEnv];
      if (secretEnv !== undefined && !secret)
        throw new SwitchboardError('CONFIG_INVALID', `tool '${definition.name}': environment variable ${secretEnv} is not set`);
      if (binding.auth?.type === 'bearer') headers['authorization'] = `Bearer ${secret}`;
      else if (binding.auth?.type === 'header') headers[binding.auth.header.toLowerCase()] = secret!;
      if (context.idempotencyKey) headers['idempotency-key'] = context.idempotencyKey;
      const target = new URL(url);
      let body: string | undefined;
      if (binding.method === 'GET' || binding.method === 'DELETE')
        for (const [key, value] of Object.entries(rest))
          target.searchParams.set(key, typeof value === 'string' ? value : JSON.stringify(value));
      else {
        body = JSON.stringify(rest);
        headers['content-type'] = 'application/json';
      }
      let response: Response;
      try {
        response = await doFetch(target, { method: binding.method, headers, body, signal: context.signal });
      } catch (error) {
        throw new SwitchboardError('PROVIDER_FAILURE', `tool '${definition.name}': ${binding.method} ${target.origin} failed`, {
          cause: error,
          isRetryable: true,
        });
      }
      if (!response.ok)
        throw new SwitchboardError(
          'PROVIDER_FAILURE',
          `tool '${definition.name}': ${binding.method} ${target.origin}${target.pathname} answered ${response.status}`,
          {
            isRetryable: response.status === 429 || response.status >= 500,
            details: { status: response.status },
          },
        );
      const text = await response.text();
      try {
        return text === '' ? null : (JSON.parse(text) as unknown);
      } catch (error) {
        throw new SwitchboardError('PROVIDER_FAILURE', `tool '${definition.name}': the response is not JSON`, { cause: error });
      }
    },
  };
}
