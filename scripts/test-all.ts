// `npm test`: typecheck, lint, build, unit/integration (vitest), e2e (Playwright), then one
// closing line with the totals of both runners. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'plan-desk-test-'));
const bin = (name: string) => join('node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(label: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON reports of vitest and Playwright, read by shape
function count(file: string, read: (json: any) => { passed: number; failed: number; skipped: number }) {
  try {
    const c = read(JSON.parse(readFileSync(file, 'utf8')));
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
  } catch {
    totals.failed += 1; // a runner that wrote no report did not pass
  }
}

let ok = step('typecheck', bin('tsc'), ['-p', 'tsconfig.json'])
  && step('lint', bin('eslint'), ['.'])
  && step('build', 'npm', ['run', '--silent', 'build']);

if (ok) {
  const vitestJson = join(out, 'vitest.json');
  const unit = step('unit and integration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
  count(vitestJson, (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + (j.numTodoTests ?? 0) }));
  const e2eJson = join(out, 'e2e.json');
  const e2e = step('end-to-end tests (Playwright, Debian Chromium)', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
  count(e2eJson, (j) => ({ passed: j.stats.expected, failed: j.stats.unexpected + j.stats.flaky, skipped: j.stats.skipped }));
  ok = unit && e2e;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
