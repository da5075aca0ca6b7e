// The CLI bundle that bin/plan-desk.mjs runs (dist/cli/plan-desk.cjs, scripts/build-cli.ts) answers as
// the sources do: the same help, a PDF with the app's fonts (one fontkit shared with pdfkit), an
// Excel export read back by the survey worker emitted beside it, a 新旧対照表 from the PDF worker,
// and its code cache accepted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE, bundleStale, loadBundle } from '../../bin/load-cli.mjs';
import { runCli } from '../../electron/cli/run.ts';
import type { CliIO } from '../../electron/cli/io.ts';
import type { ReadReply, ReadRequest } from '../../electron/excel/read-worker.ts';
import { pdfText, squash } from '../pdf/helpers.ts';
import { tempDir } from '../helpers.ts';

const built = existsSync(BUNDLE) && bundleStale() === null;
const why = existsSync(BUNDLE) ? `the bundle is older than its sources (${bundleStale()}): run \`npm run build\`` : 'run `npm run build` first';

async function run(cli: typeof runCli, ...argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIO = { out: (s) => { out += s; }, err: (s) => { err += `${s}\n`; } };
  const code = await cli(argv, io);
  return { code, out, err };
}

describe.skipIf(!built)(`the CLI bundle${built ? '' : ` — skipped: ${why}`}`, () => {
  const bundle = built ? loadBundle() : null;
  const bundled = bundle?.cli as { runCli: typeof runCli } | undefined;
  const dir = tempDir('plan-desk-bundle-');
  const db = join(dir, 'plan.db');

  it('is compiled from the code cache the build made', () => {
    expect(bundle!.cacheRefused).toBe(false);
  });

  it('prints the same help as the sources', async () => {
    const [a, b] = [await run(bundled!.runCli, '--help'), await run(runCli, '--help')];
    expect(a).toEqual(b);
    expect(a.out).toMatch(/plan-desk pdf /);
  });

  it('creates the plan, prints it to PDF and exports it to Excel', async () => {
    expect((await run(bundled!.runCli, 'init', '--db', db)).code).toBe(0);
    const pdf = join(dir, 'plan.pdf');
    const r = await run(bundled!.runCli, 'pdf', '--db', db, '--out', pdf);
    expect(r.code, r.err).toBe(0);
    const seed = JSON.parse(readFileSync(fileURLToPath(new URL('../../seeds/plan-2025.json', import.meta.url)), 'utf8')) as { initiatives: { title: string }[] };
    const text = pdfText(pdf);
    for (const it of seed.initiatives) expect(text).toContain(squash(it.title));
    const xlsx = join(dir, 'plan.xlsx');
    const x = await run(bundled!.runCli, 'export-xlsx', '--db', db, '--out', xlsx);
    expect(x.code, x.err).toBe(0);

    // The survey import's worker, where the bundle's read pool looks for it (beside the bundle).
    const worker = new Worker(join(dirname(BUNDLE), 'survey-read-worker.mjs'));
    try {
      const data = readFileSync(xlsx);
      const reply = await new Promise<ReadReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 7, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) } satisfies ReadRequest);
      });
      expect('error' in reply ? reply.error : null).toBeNull();
      expect(reply.id).toBe(7);
    } finally {
      await worker.terminate();
    }
  }, 60_000);

  it('prints the 新旧対照表 (rendered by the PDF worker thread the bundle starts)', async () => {
    if (!existsSync(db)) expect((await run(bundled!.runCli, 'init', '--db', db)).code).toBe(0);
    const out = join(dir, 'compare.pdf');
    const r = await run(bundled!.runCli, 'compare', '--db', db, '--from', '2025年度改定版', '--to', 'working', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(pdfText(out)).toContain(squash('新旧対照表'));
  }, 60_000);
});
