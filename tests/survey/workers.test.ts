// Parsing in worker threads gives exactly what parsing in the calling thread gives (order kept,
// refusals included), and a worker that cannot start falls back to the calling thread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFiles } from '../../electron/excel/read-pool.ts';
import { FormEditor, setupRound, type RoundFixture } from './helpers.ts';

let fx: RoundFixture;
let files: Buffer[];
beforeAll(async () => {
  fx = await setupRound();
  const form = await FormEditor.open(fx.form('市民課'));
  form.resultCell('t-01', 2025).value = '記入しました。';
  const edited = await form.save(join(fx.dir, 'edited.xlsx'));
  files = [
    ...fx.round.files.map((f) => readFileSync(fx.form(f.department))),
    readFileSync(edited),
    Buffer.from('a,b\n1,2\n'),
    readFileSync(fx.form('職員課')).subarray(0, 500),
  ];
});
afterAll(() => fx.db.close());

describe('reading returns in worker threads', () => {
  it('equals reading in this thread, file by file', async () => {
    const here = await readWorkbookFiles(files, 0);
    const pooled = await readWorkbookFiles(files, 2);
    expect(pooled).toEqual(here);
    expect(here.map((r) => (r.ok ? 'ok' : r.rejection.reason))).toEqual(['ok', 'ok', 'ok', 'ok', 'csv', 'broken']);
    const edited = here[3]!;
    expect(edited.ok && Object.values(edited.dump.sheets['回答']!.cells)).toContain('記入しました。');
  });

  it('falls back to this thread when a worker cannot start', async () => {
    const missing = new URL('./no-such-worker.ts', import.meta.url);
    expect(await readWorkbookFiles(files.slice(0, 2), 2, missing)).toEqual(await readWorkbookFiles(files.slice(0, 2), 0));
  });
});
