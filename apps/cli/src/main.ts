/** The `switchboard` command: parses arguments, wires adapters through the commands, maps errors to exit codes. */
import { Command, CommanderError, Option } from 'commander';
import { registerAnswersEvalCommand } from './commands/answers-eval-command.js';
import { registerAskCommand } from './commands/ask-command.js';
import { registerDemoCommand } from './commands/demo-command.js';
import { registerEvalCommand } from './commands/eval-command.js';
import { registerEvalRunCommands } from './commands/eval-run-command.js';
import { registerEvalGateCommand } from './commands/eval-gate-command.js';
import { registerReleaseCommands } from './commands/release-command.js';
import { registerRolloutCommands } from './commands/rollout-command.js';
import { registerExperimentCommands } from './commands/experiment-command.js';
import { registerShadowCommands } from './commands/shadow-command.js';
import { registerAdapterCommands } from './commands/adapter-command.js';
import { registerIntentCommands } from './commands/intent-commands.js';
import { registerIngestCommand } from './commands/ingest-command.js';
import { registerInitCommand } from './commands/init-command.js';
import { registerKeysCommands } from './commands/keys-commands.js';
import { registerKillSwitchCommand } from './commands/killswitch-command.js';
import { registerSafetyCommands } from './commands/safety-commands.js';
import { registerSearchCommand } from './commands/search-command.js';
import { registerServeCommand } from './commands/serve-command.js';
import { registerSourcesCommand } from './commands/sources-command.js';
import { registerSyncCommand } from './commands/sync-command.js';
import { registerWorkflowCommands } from './commands/workflow-commands.js';
import { registerRunbookCommands } from './commands/runbook-commands.js';
import { registerTrainRankerCommand } from './commands/train-ranker-command.js';
import { registerSimulateCommand } from './commands/simulate-command.js';
import { registerSimulateTrafficCommand } from './commands/simulate-traffic-command.js';
import { reportError } from './exit-codes.js';

const version = '0.1.0';
// Commander reads the program's options wherever they stand on the line, so `adapter add NAME --version SEMVER`
// (issue 20) reaches the program's --version: given a value, it is the adapter's; alone, it prints the program's.
const versionOption = new Option('-V, --version [semver]', 'output the version number');
versionOption.flags = '-V, --version';
const program = new Command('switchboard')
  .description('Switchboard: grounded AI customer support on your own knowledge')
  .addOption(versionOption)
  .option('-w, --workspace <dir>', 'workspace folder (default: the current folder)')
  .showHelpAfterError()
  .exitOverride();

program.on('option:version', (value: string | null) => {
  if (value !== null) return;
  process.stdout.write(`${version}\n`);
  throw new CommanderError(0, 'commander.version', version);
});

registerInitCommand(program);
registerIngestCommand(program);
registerSyncCommand(program);
registerSourcesCommand(program);
registerSearchCommand(program);
registerAskCommand(program);
registerServeCommand(program);
registerDemoCommand(program);
registerKeysCommands(program);
registerKillSwitchCommand(program);
registerEvalCommand(program);
registerWorkflowCommands(program);
registerRunbookCommands(program);
registerIntentCommands(program);
registerSafetyCommands(program);
registerAnswersEvalCommand(program);
registerEvalRunCommands(program);
registerEvalGateCommand(program);
registerReleaseCommands(program);
registerRolloutCommands(program);
registerExperimentCommands(program);
registerShadowCommands(program);
registerAdapterCommands(program);

registerTrainRankerCommand(program);
registerSimulateCommand(program);
registerSimulateTrafficCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode;
  else process.exitCode = reportError(error);
}
