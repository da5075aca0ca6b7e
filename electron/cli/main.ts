// The CLI from its sources: `node electron/cli/main.ts <command>`. The `plan-desk` bin runs the
// bundle of electron/cli/bundle.ts instead when it is built and up to date (bin/load-cli.mjs).
import { consoleIO } from './console-io.ts';
import { runCli } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), consoleIO);
