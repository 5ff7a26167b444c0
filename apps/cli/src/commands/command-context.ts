/** Reads the global options every command shares. */
import type { Command } from 'commander';

export function workspaceDir(command: Command): string {
  return (command.optsWithGlobals() as { workspace?: string }).workspace ?? process.cwd();
}
