// Child process of the hostile-file tests: runs one CLI command and reports its exit code, its
// messages and the process's peak memory (maxRSS, KB) as one JSON line.
import { runCli } from '../../electron/cli/run.ts';

let err = '';
const t0 = performance.now();
const code = await runCli(process.argv.slice(2), { out: () => undefined, err: (s) => { err += `${s}\n`; } });
process.stdout.write(`${JSON.stringify({ code, err, ms: performance.now() - t0, maxRssKb: process.resourceUsage().maxRSS })}\n`);
