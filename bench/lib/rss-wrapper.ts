// `node rss-wrapper.ts OUT SCRIPT ARGS…`: runs SCRIPT in this process and, on exit, writes this
// process's peak RSS (KiB) to OUT. The fallback when GNU time (/usr/bin/time) is absent.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [out, script, ...rest] = process.argv.slice(2);
if (!out || !script) {
  console.error('使い方: node rss-wrapper.ts OUT SCRIPT [ARGS…]');
  process.exit(2);
}
process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
process.argv = [process.argv[0]!, resolve(script), ...rest];
await import(pathToFileURL(resolve(script)).href);
