/** `switchboard serve`: the HTTP API over the workspace's store. */
import { InvalidArgumentError, type Command } from 'commander';
import {
  buildApp,
  closeOnSignal,
  createConversationTokens,
  createIdentityTokenVerifier,
  listen,
  type LogLevel,
  type RunningServer,
} from '@switchboard/server';
import { outcomeSettings } from '@switchboard/core/outcomes';
import { createRolloutAssignment } from '@switchboard/core/rollout';
import { parseCriteria } from '@switchboard/core/evaluation';
import { findBrowserAssetDirs } from '../browser-asset-dirs.js';
import { printLine } from '../output.js';
import { newId, wallClock } from '../runtime.js';
import { createServingPipeline, ensureIngested, openWorkspace, workspaceActor, type Workspace } from '../workspace.js';
import { servingWorkspace } from '../workspace-release.js';
import { adapterExpiryWarnings, workspaceAdapters } from '../workspace-adapters.js';
import { releasePipelines, startRolloutTicks, workspaceRolloutControl } from '../workspace-rollout.js';
import { workspaceShadowService } from '../workspace-shadow.js';
import { workspaceExperimentControl } from '../workspace-experiments.js';
import { workspaceDir } from './command-context.js';

export interface ServeOptions {
  host?: string;
  port?: number;
  /** Overrides `log.level` in config. */
  logLevel?: LogLevel;
  /** The HTML of /demo (`switchboard demo` only). */
  demoPage?: string;
}

const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Builds the index and the app over an open workspace and starts listening. */
export async function startWorkspaceServer(workspace: Workspace, options: ServeOptions): Promise<RunningServer> {
  await ensureIngested(workspace);
  // The serving release answers, not switchboard.yaml as it is now (docs/rollout.md, "Releases").
  const serving = await servingWorkspace(workspace, (message) => process.stderr.write(`switchboard: warning: ${message}\n`));
  const pipeline = await createServingPipeline(serving.workspace);
  const warn = (message: string) => process.stderr.write(`switchboard: warning: ${message}\n`);
  // Hot-fix adapters are meant to be merged into the base model: say so when one has expired or soon will.
  for (const warning of adapterExpiryWarnings(
    workspaceAdapters(serving.workspace),
    serving.workspace.config.adapters.maxAgeDays,
    wallClock(),
  ))
    warn(warning);
  const rolloutControl = workspaceRolloutControl(workspace, warn);
  const app = buildApp({
    pipeline,
    act: workspaceActor(serving.workspace),
    // The serving release, a staged rollout's arm or else a running experiment's, read live from the store (docs/rollout.md).
    release: createRolloutAssignment({
      rollouts: workspace.stores.rollouts,
      releases: workspace.stores.releases,
      experiments: workspace.stores.experiments,
      holdoutPercent: workspace.config.experiments.holdoutPercent,
      clock: wallClock,
    }),
    pipelineFor: releasePipelines(workspace, { release: serving.release, pipeline }, warn),
    // A running shadow run's candidate answers its sample too, seen by no customer (docs/rollout.md, "Shadow mode").
    shadow: workspaceShadowService(workspace, warn),
    shadows: workspace.stores.shadows,
    conversations: workspace.stores.conversations,
    events: workspace.stores.events,
    handoffs: workspace.stores.handoffs,
    apiKeys: workspace.stores.apiKeys,
    knowledge: workspace.stores.knowledge,
    // Read at each search: the refreshing pipeline swaps its index when the knowledge moves.
    retriever: () => pipeline.retriever,
    publicRoutes: { metrics: workspace.config.metrics.public, widget: workspace.config.widget.public },
    // The secrets come from the environment only, never from switchboard.yaml (docs/security.md).
    identity: createIdentityTokenVerifier({ ...workspace.config.identity, secret: process.env['SWITCHBOARD_IDENTITY_SECRET'] }),
    conversationTokens: createConversationTokens({
      secret: process.env['SWITCHBOARD_TOKEN_SECRET'],
      warn: (message) => process.stderr.write(`warning: ${message}\n`),
    }),
    rateLimits: workspace.config.rateLimit,
    humanQueue: { queue: workspace.config.handoff.queue, hours: workspace.config.handoff.hours },
    outcomes: outcomeSettings(workspace.config.outcomes),
    switches: workspace.stores.switches,
    killSwitchMessage: workspace.config.killSwitch.message,
    evalRuns: workspace.stores.evalRuns,
    // The same controls `experiment status --json` and `rollout status --json` print, so HTTP answers the same body.
    experiments: workspaceExperimentControl(workspace),
    rollout: rolloutControl,
    // Validated when the config loaded; the console checks each stored run against them.
    releaseCriteria: parseCriteria(workspace.config.release.criteria),
    browserAssets: { ...findBrowserAssetDirs(), ...(options.demoPage === undefined ? {} : { demoPage: options.demoPage }) },
    allowedOrigins: workspace.config.widget.allowedOrigins,
    clock: wallClock,
    newId,
    bodyLimitBytes: workspace.config.server.bodyLimitBytes,
    trustProxy: workspace.config.server.trustProxy,
    log: { level: options.logLevel ?? workspace.config.log.level, bodies: workspace.config.log.bodies },
    health: () => ({ chunks: pipeline.retriever.lexical.size, workspace: workspace.config.workspace.name }),
  });
  // Every replica ticks; the rollout's conditional writes let one apply each decision.
  const stopTicks = startRolloutTicks(rolloutControl, workspace.config.rollout.tickSeconds, warn);
  app.addHook('onClose', async () => stopTicks());
  return listen(app, options.host ?? workspace.config.server.host, options.port ?? workspace.config.server.port);
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP API (/v1/…, /healthz, /metrics), the console at /console and the chat widget at /widget.js')
    .option('--host <host>', 'interface to listen on (default: server.host in config)')
    .option('--port <port>', 'port to listen on, 0 for any free port (default: server.port in config)', (value) =>
      Number.parseInt(value, 10),
    )
    .option('--log-level <level>', `request log level: ${logLevels.join(', ')} (default: log.level in config, info)`, (value): LogLevel => {
      if (!(logLevels as readonly string[]).includes(value)) throw new InvalidArgumentError(`use one of ${logLevels.join(', ')}`);
      return value as LogLevel;
    })
    .action(async (options: ServeOptions, command: Command) => {
      const workspace = openWorkspace(workspaceDir(command));
      const server = await startWorkspaceServer(workspace, options);
      printLine(`Switchboard is listening on ${server.url}`);
      printLine(`Console: ${server.url}/console/ (sign in with an agent or admin key: switchboard keys create)`);
      await closeOnSignal(server, () => workspace.close());
    });
}
