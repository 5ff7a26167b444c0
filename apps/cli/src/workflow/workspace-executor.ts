/** Routes each tool to where it runs: an HTTP endpoint, a built-in, or an in-process server the workspace declares. */
import { resolve } from 'node:path';
import { SwitchboardError } from '@switchboard/spec';
import { createBuiltinToolServer, type ToolExecutor, type WorkflowWorkspace } from '@switchboard/core/workflow';
import { createRetailStoreServer, readRetailDatabase } from '@switchboard/example-retail-store';
import { createHttpToolExecutor } from '@switchboard/providers';

export interface WorkspaceExecutorOptions {
  readonly dir: string;
  readonly workspace: WorkflowWorkspace;
  /** Replaces each server's data file (replay --data). */
  readonly dataFile?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly newId: (prefix?: string) => string;
  readonly fetch?: typeof fetch;
}

/** Builds one executor for the workspace; each server gets a fresh copy of its data, so nothing is written back. */
export function createWorkspaceExecutor(options: WorkspaceExecutorOptions): ToolExecutor {
  const servers = new Map<string, ToolExecutor>();
  for (const [name, server] of Object.entries(options.workspace.servers)) {
    if (server.kind !== 'retail-store')
      throw new SwitchboardError('CONFIG_INVALID', `tools.yaml: server '${name}' has unknown kind '${server.kind}' (known: retail-store)`);
    const data = options.dataFile ?? (server.data === undefined ? undefined : resolve(options.dir, server.data));
    if (!data) throw new SwitchboardError('CONFIG_INVALID', `tools.yaml: server '${name}' needs 'data', the database file`);
    servers.set(name, createRetailStoreServer(readRetailDatabase(data)));
  }
  const builtin = createBuiltinToolServer({ newId: options.newId });
  const http = createHttpToolExecutor({ env: options.env, ...(options.fetch ? { fetch: options.fetch } : {}) });
  return {
    execute(definition, call, context) {
      if (definition.http) return http.execute(definition, call, context);
      const server = definition.server === 'builtin' || definition.server === undefined ? builtin : servers.get(definition.server);
      if (!server)
        throw new SwitchboardError('CONFIG_INVALID', `tool '${definition.name}' names server '${definition.server}', which is not running`);
      return server.execute(definition, call, context);
    },
  };
}
