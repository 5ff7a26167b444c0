/** Returns the shared parent command (`train`, `eval`, …) that several stages attach their subcommands to. */
import type { Command } from 'commander';

export function parentCommand(program: Command, name: string, description: string): Command {
  return program.commands.find((command) => command.name() === name) ?? program.command(name).description(description);
}
