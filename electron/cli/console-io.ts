// The CLI's messages on the terminal: the report on stdout, everything for the person on stderr.
import type { CliIO } from './io.ts';

export const consoleIO: CliIO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
};
