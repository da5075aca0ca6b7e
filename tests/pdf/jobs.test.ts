// The PDF job table (progress, one hand-out, expiry, the limit on jobs at once) and the job
// handlers through the contract: a real render of the fixture in a worker, and refused options.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../shared/api/dispatch.ts';
import { AppError } from '../../shared/api/errors.ts';
import type { PdfJobStatus } from '../../shared/api/pdf-jobs.ts';
import type { PdfFile } from '../../shared/revisions/types.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { makeContext, type HandlerContext } from '../../electron/handlers/context.ts';
import { makePdfJobHandlers } from '../../electron/handlers/pdf-job-handlers.ts';
import { createPdfJobTable } from '../../electron/pdf/pdf-jobs.ts';
import type { OnProgress } from '../../electron/pdf/render.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { miniPlan, sha256File } from '../helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-desk-pdf-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILE: PdfFile = { fileName: 'x.pdf', mimeType: 'application/pdf', base64: 'JVBERi0=', pages: 3, warnings: [] };
const tick = () => new Promise((r) => setTimeout(r, 0));

/** A render the test drives by hand: report progress, then resolve or reject. */
function manualRun() {
  let progress: OnProgress = () => {};
  let resolve: (f: PdfFile) => void = () => {};
  let reject: (e: unknown) => void = () => {};
  const run = (p: OnProgress) => {
    progress = p;
    return new Promise<PdfFile>((res, rej) => { resolve = res; reject = rej; });
  };
  return { run, progress: (x: Parameters<OnProgress>[0]) => progress(x), resolve: (f: PdfFile) => resolve(f), reject: (e: unknown) => reject(e) };
}

describe('the PDF job table', () => {
  it('reports progress that never goes back, then hands the file out once', async () => {
    const table = createPdfJobTable();
    const m = manualRun();
    const id = table.start(m.run);
    expect(table.get(id)).toMatchObject({ state: 'running', fraction: 0, pages: 0, phase: 'queued' });
    await tick();
    m.progress({ phase: 'layout', pages: 24, fraction: 0 });
    const laid = table.get(id)!;
    expect(laid).toMatchObject({ state: 'running', pages: 24, phase: 'layout' });
    expect(laid.fraction).toBeGreaterThan(0);
    m.progress({ phase: 'render', pages: 24, fraction: 0.5 });
    const half = table.get(id)!.fraction;
    expect(half).toBeGreaterThan(laid.fraction);
    expect(half).toBeLessThan(1);
    m.progress({ phase: 'render', pages: 24, fraction: 0.1 }); // a second layout pass starts over
    expect(table.get(id)!.fraction).toBe(half);
    m.resolve(FILE);
    await tick();
    const done = table.get(id)!;
    expect(done).toMatchObject({ state: 'done', fraction: 1, pages: 3, result: FILE });
    expect(table.get(id)).toBeNull();
    expect(table.size()).toBe(0);
  });

  it('reports a failure once, with the Japanese message of an AppError or an INTERNAL one', async () => {
    const table = createPdfJobTable();
    const a = manualRun();
    const b = manualRun();
    const ida = table.start(a.run);
    const idb = table.start(b.run);
    await tick();
    a.reject(new AppError('BAD_INPUT', '課「宇宙課」は課の一覧にありません。'));
    b.reject(new TypeError('boom'));
    await tick();
    expect(table.get(ida)).toMatchObject({ state: 'failed', error: { code: 'BAD_INPUT', message: '課「宇宙課」は課の一覧にありません。' } });
    const fb = table.get(idb) as PdfJobStatus;
    expect(fb.state).toBe('failed');
    expect(fb.error?.code).toBe('INTERNAL');
    expect(fb.error?.message).toMatch(/^PDF を作成できませんでした/);
    expect(fb.error?.message).not.toContain('boom');
    expect(table.get(ida)).toBeNull();
    expect(table.get(idb)).toBeNull();
  });

  it('refuses a job beyond the running limit in Japanese, and accepts again once one finishes', async () => {
    const table = createPdfJobTable({ maxRunning: 2 });
    const runs = [manualRun(), manualRun()];
    const ids = runs.map((r) => table.start(r.run));
    expect(new Set(ids).size).toBe(2);
    let refused: unknown = null;
    try { table.start(manualRun().run); } catch (e) { refused = e; }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('CONFLICT');
    expect((refused as AppError).message).toContain('ほかの PDF を作成中です');
    expect(table.size()).toBe(2);
    await tick();
    runs[0]!.resolve(FILE);
    await tick();
    expect(() => table.start(manualRun().run)).not.toThrow();
  });

  it('forgets finished jobs nobody collects: after the time limit, and the oldest beyond maxKept', async () => {
    let t = 1_000;
    const table = createPdfJobTable({ ttlMs: 60_000, maxKept: 2, maxRunning: 5, now: () => t });
    const runs = [manualRun(), manualRun(), manualRun()];
    const ids = runs.map((r) => table.start(r.run));
    await tick();
    for (const [i, r] of runs.entries()) {
      t += 10;
      r.resolve({ ...FILE, fileName: `${i}.pdf` });
      await tick();
    }
    expect(table.size()).toBe(2); // the oldest finished one was dropped
    expect(table.get(ids[0]!)).toBeNull();
    t += 60_001;
    expect(table.get(ids[1]!)).toBeNull(); // expired
    expect(table.size()).toBe(0);
    // A running job never expires, however long it takes; its poll keeps it fresh once done.
    const slow = manualRun();
    const id = table.start(slow.run);
    t += 10 * 60_000;
    expect(table.get(id)?.state).toBe('running');
    await tick();
    slow.resolve(FILE);
    await tick();
    t += 59_000;
    expect(table.get(id)?.state).toBe('done');
  });
});

describe('startPlanPdf / getPdfJob through the contract', () => {
  const dbPath = join(dir, 'plan.db');
  const db = openDatabase(dbPath, { seed: miniPlan });
  afterAll(() => db.close());
  const ctx: HandlerContext = makeContext(db, dbPath, 'browser');
  const call = (name: string, input: unknown, h: Handlers<HandlerContext> = handlers) => dispatch(h, name, input, ctx);

  async function until(jobId: string, h: Handlers<HandlerContext> = handlers): Promise<{ seen: PdfJobStatus[]; last: PdfJobStatus }> {
    const seen: PdfJobStatus[] = [];
    for (;;) {
      const r = await call('getPdfJob', { jobId }, h);
      if (!r.ok) throw new Error(r.error.message);
      const s = r.value as PdfJobStatus;
      seen.push(s);
      if (s.state !== 'running') return { seen, last: s };
      await new Promise((res) => setTimeout(res, 20));
    }
  }

  it('renders the plan in a worker, reports progress, hands the PDF out once, and changes nothing', async () => {
    const before = sha256File(dbPath);
    const doc = miniPlan();
    const start = await call('startPlanPdf', { era: 'wareki' });
    expect(start.ok).toBe(true);
    if (!start.ok) return;
    const { jobId } = start.value as { jobId: string };
    const { seen, last } = await until(jobId);
    expect(last.state, JSON.stringify(last.error)).toBe('done');
    const pdf = Buffer.from(last.result!.base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(last.result!.pages).toBeGreaterThan(2);
    expect(last.result!.mimeType).toBe('application/pdf');
    expect(last.pages).toBe(last.result!.pages);
    expect(last.result!.fileName).toBe(`${doc.plan.title}_${doc.plan.edition}_和暦.pdf`.replace(/[\\/:*?"<>|]/g, '_'));
    const fractions = seen.map((s) => s.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    const again = await call('getPdfJob', { jobId });
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe('NOT_FOUND');
      expect(again.error.message).toContain('もう一度「PDF を作成」を押してください');
    }
    expect(sha256File(dbPath)).toBe(before);
  });

  it('passes the excerpt to the render and refuses a bad 課 or No. at once, naming it', async () => {
    const calls: unknown[] = [];
    const fake = makePdfJobHandlers(createPdfJobTable(), async (doc, opts, onProgress) => {
      calls.push(opts);
      onProgress?.({ phase: 'layout', pages: 7, fraction: 0 });
      return { pdf: Buffer.from('%PDF-1.7 fake'), pages: 7, warnings: ['「𠮷」を「〓」に置き換えました'] };
    });
    const h = { ...handlers, ...fake } as Handlers<HandlerContext>;
    const doc = miniPlan();
    const dept = doc.initiatives[0]!.departments[0]!;
    const start = await call('startPlanPdf', { department: dept, only: [doc.initiatives[0]!.no] }, h);
    expect(start.ok).toBe(true);
    if (!start.ok) return;
    const { last } = await until((start.value as { jobId: string }).jobId, h);
    expect(calls).toEqual([{ only: [doc.initiatives[0]!.no], department: dept }]);
    expect(last.result).toMatchObject({ pages: 7, warnings: ['「𠮷」を「〓」に置き換えました'] });
    expect(last.result!.fileName).toBe(`${doc.plan.title}_${doc.plan.edition}_抜粋_${dept}_No.${doc.initiatives[0]!.no}.pdf`.replace(/[\\/:*?"<>|]/g, '_'));
    expect(readFileSync(dbPath).subarray(0, 6).toString()).toBe('SQLite');

    const badDept = await call('startPlanPdf', { department: '宇宙課' }, h);
    expect(badDept.ok).toBe(false);
    if (!badDept.ok) expect(badDept.error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('宇宙課') });
    const badNo = await call('startPlanPdf', { only: [99999] }, h);
    expect(badNo.ok).toBe(false);
    if (!badNo.ok) expect(badNo.error.message).toContain('No.99999');
    expect(calls).toHaveLength(1); // nothing was started for the refused ones
    const badEra = await call('startPlanPdf', { era: 'meiji' }, h);
    expect(badEra.ok).toBe(false);
    const unknown = await call('getPdfJob', { jobId: 'no-such-job' }, h);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('NOT_FOUND');
  });

  it('an unexpected failure reaches the page as an error number; what went wrong is in the log under it', async () => {
    const fake = makePdfJobHandlers(createPdfJobTable(), async () => { throw new TypeError('内部の詳細 /srv/secret/path'); });
    const h = { ...handlers, ...fake } as Handlers<HandlerContext>;
    const start = await call('startPlanPdf', {}, h);
    expect(start.ok).toBe(true);
    if (!start.ok) return;
    const { last } = await until((start.value as { jobId: string }).jobId, h);
    expect(last.state).toBe('failed');
    expect(last.error?.code).toBe('INTERNAL');
    expect(last.error?.message).not.toContain('/srv/secret/path');
    const id = /エラー番号 ([0-9A-F]{8})/u.exec(last.error?.message ?? '')?.[1];
    expect(id).toBeDefined();
    const log = readFileSync(join(dir, 'logs', 'plan-desk.log'), 'utf8');
    expect(log).toContain(id!);
    expect(log).toContain('/srv/secret/path');
  });
});

describe('warming the worker and the polling schedule', () => {
  it('warmPdfWorker starts the worker once per call, offers the plan as its sample, and answers at once', async () => {
    let warmed = 0;
    let sample: (() => PlanDocument) | undefined;
    const h = makePdfJobHandlers(createPdfJobTable(), undefined, (s) => { warmed++; sample = s; });
    const db = openDatabase(':memory:', { seed: () => miniPlan() });
    try {
      expect(await h.warmPdfWorker({}, { db } as HandlerContext)).toEqual({ warming: true });
      expect(warmed).toBe(1);
      expect(sample?.().initiatives.map((i) => i.no)).toEqual(miniPlan().initiatives.map((i) => i.no));
    } finally {
      db.close();
    }
  });

  it('polls at least every 50 ms for the first 2 seconds, then every 150 ms', async () => {
    const { pdfPollDelay } = await import('../../shared/api/pdf-jobs.ts');
    const delays = Array.from({ length: 60 }, (_, i) => pdfPollDelay(i));
    const at = delays.map((_, i) => delays.slice(0, i + 1).reduce((a, b) => a + b, 0));
    expect(delays[0]).toBeLessThan(50);
    expect(delays.filter((_, i) => at[i]! <= 2000).every((d) => d <= 50)).toBe(true);
    expect(delays.filter((_, i) => at[i]! > 2100)).toEqual(delays.filter((_, i) => at[i]! > 2100).map(() => 150));
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
  });
});
