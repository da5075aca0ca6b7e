// `npm run plan-desk -- <command>` and the `plan-desk` bin.
import { runCli } from './run.ts';

const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
});
process.exitCode = code;
