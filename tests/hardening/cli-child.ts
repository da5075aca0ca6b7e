// Child process of the hostile-file tests: runs one CLI command and reports its exit code, its
// messages (the report on stdout, its first 20,000 characters) and the process's peak memory (maxRSS, KB) as one JSON line.
import { runCli } from '../../electron/cli/run.ts';

let err = '';
let out = '';
const t0 = performance.now();
const code = await runCli(process.argv.slice(2), { out: (s) => { out = (out + s).slice(0, 20_000); }, err: (s) => { err += `${s}\n`; } });
process.stdout.write(`${JSON.stringify({ code, err, out, ms: performance.now() - t0, maxRssKb: process.resourceUsage().maxRSS })}\n`);
