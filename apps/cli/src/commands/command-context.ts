/** Reads the global options every command shares. */
import type { Command } from 'commander';

export function workspaceDir(command: Command): string {
  return workspaceOption(command) ?? process.cwd();
}

/** The --workspace option when given, for commands whose default is not the current folder. */
export function workspaceOption(command: Command): string | undefined {
  return (command.optsWithGlobals() as { workspace?: string }).workspace;
}
