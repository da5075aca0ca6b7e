#!/usr/bin/env node
// The `plan-desk` command. Runs the CLI bundle when it is built and up to date, else the TypeScript
// sources with Node's compile cache (bin/load-cli.mjs says why and how).
import { loadCli } from './load-cli.mjs';

const { runCli, consoleIO, afterRun } = await loadCli();
process.exitCode = await runCli(process.argv.slice(2), consoleIO);
afterRun();
