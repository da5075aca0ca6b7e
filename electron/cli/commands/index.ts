// Every CLI command, by name. A command of two words ("round create") is matched on both.
import type { Command } from '../io.ts';
import { dumpCommand, initCommand, loadCommand } from './plan-commands.ts';
import { checkCommand } from './check-command.ts';
import { revisionCommands } from './revision-commands.ts';
import { synthCommand } from './synth-command.ts';
import { backupCommand, restoreCommand } from './backup-commands.ts';
import { pdfCommand } from './pdf-command.ts';
import { surveyCommands } from './survey-commands.ts';

export const commands: Command[] = [
  initCommand,
  dumpCommand,
  loadCommand,
  checkCommand,
  ...revisionCommands,
  synthCommand,
  backupCommand,
  restoreCommand,
  pdfCommand,
  ...surveyCommands,
];
