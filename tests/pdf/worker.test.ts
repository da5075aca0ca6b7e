// The app's long-lived PDF worker: reused for every job (fonts parsed once), jobs queued one at a
// time with their own progress, let go when idle, and a worker that dies or hangs fails only its job.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/errors.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { RenderProgress } from '../../electron/pdf/render.ts';
import { workerUrl } from '../../electron/pdf/run-in-worker.ts';
import { createPdfWorker, type PdfWorker } from '../../electron/pdf/worker-client.ts';
import { miniPlan, readJson, SEED_URL } from '../helpers.ts';
import { bigPlan, pdfText, squash, TOOLS_MISSING } from './helpers.ts';
import { sampleComparison } from './sample-comparison.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-desk-pdf-worker-'));
const workers: PdfWorker[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  rmSync(dir, { recursive: true, force: true });
});
const make = (o: Omit<Parameters<typeof createPdfWorker>[0], 'url'> = {}) => {
  const w = createPdfWorker({ url: workerUrl(), ...o });
  workers.push(w);
  return w;
};
const published = (): PlanDocument => (existsSync(SEED_URL) ? readJson<PlanDocument>(SEED_URL) : miniPlan());
const NOW = new Date('2025-08-01T00:00:00Z');
const plan = (doc: PlanDocument, opts = {}) => ({ kind: 'plan' as const, doc, opts: { now: NOW, ...opts } });
const textOf = (name: string, pdf: Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return pdfText(file);
};
async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('the job did not fail');
}

describe.skipIf(TOOLS_MISSING)('the long-lived PDF worker', () => {
  it('renders the seed three times in one worker: same pages and text, the font parsed once', async () => {
    const w = make();
    const doc = published();
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await w.render(plan(doc)));
    const texts = runs.map((r, i) => textOf(`seed-${i}.pdf`, r.pdf));
    expect(runs[0]!.pages).toBeGreaterThan(2);
    expect(runs.map((r) => r.pages)).toEqual([runs[0]!.pages, runs[0]!.pages, runs[0]!.pages]);
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
    for (const it of doc.initiatives) expect(texts[0], `No.${it.no}`).toContain(squash(it.title));
    expect(await w.counters()).toMatchObject({ renders: 3, fontsParsed: 2, fontsServed: 6 });
    expect(w.state()).toMatchObject({ started: 1, alive: true, busy: false, queued: 0 });
  });

  it('warms up on a sample of the plan once per worker, asking for the plan only then', async () => {
    const w = make();
    const doc = published();
    let asked = 0;
    const sample = () => { asked++; return doc; };
    await w.warm(sample);
    await w.warm(sample); // the PDF screen opened again: no second sample
    expect(asked).toBe(1);
    expect(await w.counters()).toMatchObject({ renders: 0, samples: 1, fontsParsed: 2 });
    const r = await w.render(plan(doc));
    expect(textOf('after-sample.pdf', r.pdf)).toContain(squash(doc.initiatives[1]!.title)); // the whole plan, not the sample
    expect(await w.counters()).toMatchObject({ renders: 1, samples: 1 });
  });

  it('queues jobs and runs them one at a time, each with its own progress and result', async () => {
    const w = make();
    const big: RenderProgress[] = [];
    const small: RenderProgress[] = [];
    const a = w.render(plan(published()), (p) => big.push(p));
    const b = w.render(plan(miniPlan(), { era: 'wareki' }), (p) => small.push(p));
    expect(w.state()).toMatchObject({ busy: true, queued: 1 });
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.pages).not.toBe(rb.pages);
    expect(big[0]).toMatchObject({ phase: 'layout', pages: ra.pages });
    expect(small[0]).toMatchObject({ phase: 'layout', pages: rb.pages });
    expect(big.every((p) => p.pages === ra.pages) && small.every((p) => p.pages === rb.pages)).toBe(true);
    expect(big.at(-1)!.fraction).toBe(1);
    expect(small.at(-1)!.fraction).toBe(1);
    expect(textOf('wareki.pdf', rb.pdf)).toContain('令和');
    expect(w.state()).toMatchObject({ started: 1, busy: false, queued: 0 });
  });

  it('renders the 新旧対照表 in the same worker', async () => {
    const w = make();
    const c = sampleComparison();
    const r = await w.render({ kind: 'compare', comparison: c, opts: { now: NOW } });
    expect(r.pages).toBeGreaterThan(0);
    const text = textOf('compare.pdf', r.pdf);
    expect(text).toContain(squash(`${c.to.title} 新旧対照表`));
    expect(text).toContain('比較用の実績を追記しました');
    await w.render(plan(miniPlan()));
    expect(w.state().started).toBe(1);
  });

  it('lets an idle worker go, and starts a fresh one for the next job', async () => {
    const w = make({ idleMs: 150 });
    await w.render(plan(miniPlan()));
    expect(w.state().alive).toBe(true);
    await new Promise((r) => setTimeout(r, 600));
    expect(w.state()).toMatchObject({ alive: false, started: 1 });
    const again = await w.render(plan(miniPlan()));
    expect(again.pages).toBeGreaterThan(2);
    expect(w.state()).toMatchObject({ alive: true, started: 2 });
  });

  it('starts its thread ahead of a job, which then runs on it; unused, the thread is let go when idle', async () => {
    const w = make({ idleMs: 300 });
    w.start();
    w.start();
    expect(w.state()).toMatchObject({ started: 1, alive: true, busy: false });
    expect((await w.render(plan(miniPlan()))).pages).toBeGreaterThan(2);
    expect(w.state()).toMatchObject({ started: 1, alive: true });
    const idle = make({ idleMs: 100 });
    idle.start();
    await new Promise((r) => setTimeout(r, 500));
    expect(idle.state()).toMatchObject({ started: 1, alive: false });
  });

  it('fails only the job of a worker that runs out of memory, in Japanese, and carries on with a new one', async () => {
    const w = make({ resourceLimits: { maxOldGenerationSizeMb: 32 } });
    const doomed = w.render(plan(bigPlan(1000)));
    const next = w.render(plan(miniPlan()));
    const e = await failure(doomed);
    expect(e.code).toBe('INTERNAL');
    expect(e.message).toContain('メモリが足りなくなりました');
    expect(e.message).toContain('データは変更していません');
    expect((await next).pages).toBeGreaterThan(2);
    expect(w.state()).toMatchObject({ started: 2, alive: true });
  }, 30_000);

  it('gives up a job that takes too long (its worker is terminated) and says so', async () => {
    const w = make({ jobTimeoutMs: 1 });
    const e = await failure(w.render(plan(miniPlan())));
    expect(e.code).toBe('INTERNAL');
    expect(e.message).toContain('終わらないため中止しました');
    expect(w.state()).toMatchObject({ alive: false, busy: false });
  });

  it('fails a job whose data cannot reach the thread, and runs the next in the same worker', async () => {
    const w = make();
    const bad = miniPlan() as PlanDocument & { extra?: () => void };
    bad.extra = () => undefined;
    const e = await failure(w.render(plan(bad)));
    expect(e.message).toContain('PDF の作成処理にデータを渡せませんでした');
    expect((await w.render(plan(miniPlan()))).pages).toBeGreaterThan(2);
    expect(w.state().started).toBe(1);
  });

  it('fails running and queued jobs with a Japanese message on stop', async () => {
    const w = make();
    const failures = Promise.all([failure(w.render(plan(miniPlan()))), failure(w.render(plan(miniPlan())))]);
    await w.stop();
    for (const e of await failures) expect(e.message).toContain('PDF の作成処理が途中で終了しました');
    expect(w.state()).toMatchObject({ alive: false, busy: false, queued: 0 });
  });
});
