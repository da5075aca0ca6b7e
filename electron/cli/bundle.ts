// What the CLI bundle (dist/cli/plan-desk.cjs, scripts/build-cli.ts) exports to bin/load-cli.mjs.
export { consoleIO } from './console-io.ts';
export { runCli } from './run.ts';
