// Small helpers shared by integration tests: temp folders, file hashes, the CLI in-process.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../electron/cli/run.ts';
import type { PlanDocument } from '../shared/domain/document.ts';

export const tempDir = (prefix = 'plan-desk-test-') => mkdtempSync(join(tmpdir(), prefix));
export const sha256File = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
export const readJson = <T = unknown>(url: URL | string) => JSON.parse(readFileSync(url, 'utf8')) as T;
export const MINI_URL = new URL('./fixtures/mini-plan.json', import.meta.url);
export const SEED_URL = new URL('../seeds/plan-2025.json', import.meta.url);
export const miniPlan = () => readJson<PlanDocument>(MINI_URL);

/** Runs the CLI in-process and captures what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => { out += s; }, err: (s) => { err += `${s}\n`; } });
  return { code, out, err };
}
