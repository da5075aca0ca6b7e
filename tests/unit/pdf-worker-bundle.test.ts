// The PDF worker's bundle (dist/pdf-worker/pdf-worker.cjs, scripts/build-pdf-worker.ts) that the browser
// host starts through bin/pdf-worker.mjs: chosen while it is up to date, compiled from the code cache the
// build made, and printing the very PDF the sources' worker prints (same pages, same text).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleStale, loadBundle, PDF_WORKER_BUNDLE } from '../../bin/bundle-cache.mjs';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { workerUrl } from '../../electron/pdf/run-in-worker.ts';
import { createPdfWorker } from '../../electron/pdf/worker-client.ts';
import { readJson, SEED_URL } from '../helpers.ts';
import { pdfText } from '../pdf/helpers.ts';

const stale = existsSync(PDF_WORKER_BUNDLE) ? bundleStale(PDF_WORKER_BUNDLE) : 'not built';
const why = stale === 'not built' ? 'run `npm run build` first' : `the bundle is older than its sources (${stale}): run \`npm run build\``;

describe.skipIf(stale !== null)(`the PDF worker bundle${stale === null ? '' : ` — skipped: ${why}`}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-desk-pdf-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is what the app starts while it is up to date', () => {
    expect(fileURLToPath(workerUrl())).toBe(fileURLToPath(new URL('../../bin/pdf-worker.mjs', import.meta.url)));
  });

  it('is compiled from the code cache the build made', () => {
    expect(loadBundle(PDF_WORKER_BUNDLE).cacheRefused).toBe(false);
  });

  it('prints the published plan as the sources do', async () => {
    const doc = readJson<PlanDocument>(SEED_URL);
    const job = { kind: 'plan' as const, doc, opts: { now: new Date('2025-08-01T00:00:00Z') } };
    const print = async (url: URL, name: string) => {
      const w = createPdfWorker({ url });
      try {
        const r = await w.render(job);
        writeFileSync(join(dir, name), r.pdf);
        return { pages: r.pages, warnings: r.warnings, text: pdfText(join(dir, name)), fontsParsed: (await w.counters()).fontsParsed };
      } finally {
        await w.stop();
      }
    };
    const bundled = await print(new URL('../../bin/pdf-worker.mjs', import.meta.url), 'bundle.pdf');
    const sources = await print(new URL('../../electron/pdf/worker.ts', import.meta.url), 'sources.pdf');
    expect(bundled).toEqual(sources);
    expect(bundled.text).toContain(doc.initiatives[0]!.title.replace(/\s+/g, ''));
    expect(bundled.fontsParsed).toBe(2);
  }, 60_000);
});
