// Every CLI command, by name. A command of two words ("round create") is matched on both.
import type { Command } from '../io.ts';
import { dumpCommand, initCommand, loadCommand } from './plan-commands.ts';

export const commands: Command[] = [
  initCommand,
  dumpCommand,
  loadCommand,
];
