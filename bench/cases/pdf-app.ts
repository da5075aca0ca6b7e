// The plan PDF inside the running app, as the user waits for it: the browser host's startPlanPdf,
// then getPdfJob polled the way the PDF screen does (renderer/views/pdf/use-pdf-job.ts: a pause of
// pdfPollDelay before each poll) until the file is there. The first PDF after the host starts also starts
// the PDF worker (cold); later ones find it loaded (warm). Both are reported, and renderPlanPdf (one
// request, no polling) shows what the polling itself adds.
import { pdfPollDelay } from '../../shared/api/pdf-jobs.ts';
import { figure, skipped, type Figure } from '../lib/figures.ts';
import { hostApi, startHostProcess } from '../lib/host-process.ts';
import { type BenchContext } from '../lib/context.ts';

/** The PDF screen's polling interval (use-pdf-job.ts, usePdfJob's default). Keep the two in step. */

type Call = Awaited<ReturnType<typeof hostApi>>;
interface Job { ms: number; pages: number }

/** The first PDF of the published plan after the app starts. */
const FIRST_PDF_MS = 300;
/** From opening the PDF screen to pressing 作成 (choosing the options): one second. */
const SCREEN_TO_CLICK_MS = 1000;

/** startPlanPdf → getPdfJob on the screen's schedule (pdfPollDelay) until done, timed from the click to the file received. */
async function pdfJob(call: Call): Promise<Job> {
  const t0 = performance.now();
  const started = await call<{ jobId: string }>('startPlanPdf', {});
  if (!started.ok || !started.value) throw new Error(`startPlanPdf が失敗しました: ${started.error}`);
  for (let attempt = 0; ; attempt++) {
    await new Promise((r) => setTimeout(r, pdfPollDelay(attempt)));
    const s = await call<{ state: string; result?: { pages: number }; error?: { message: string } }>('getPdfJob', { jobId: started.value.jobId });
    if (!s.ok || !s.value) throw new Error(`getPdfJob が失敗しました: ${s.error}`);
    if (s.value.state === 'running') continue;
    if (s.value.state !== 'done' || !s.value.result) throw new Error(`PDF の作成に失敗しました: ${s.value.error?.message ?? s.value.state}`);
    return { ms: performance.now() - t0, pages: s.value.result.pages };
  }
}

async function direct(call: Call): Promise<number> {
  const r = await call<{ pages: number }>('renderPlanPdf', {});
  if (!r.ok) throw new Error(`renderPlanPdf が失敗しました: ${r.error}`);
  return r.ms;
}

export interface AppPdfResult { figures: Figure[]; warm: number[] | null; cold: number[] | null }

/**
 * ctx.runs hosts are started, each timed on its first PDF (cold worker); the first host then makes
 * ctx.runs more PDFs through the job API (warm) and ctx.runs through renderPlanPdf.
 */
export async function appPdf(ctx: BenchContext, db: () => string, n: number, label: string, wall: number, why: string | null): Promise<AppPdfResult> {
  const base = { group: 'PDF', unit: 'ms' as const };
  const first = n === 43 ? FIRST_PDF_MS : wall;
  const ids = {
    warm: { ...base, id: `pdf-app-${n}`, label: `PDF 作成・アプリ内(${label})`, target: { op: '<=' as const, value: wall } },
    // The published plan's first PDF after start has its own target: 300 ms (the larger plan: its wall).
    cold: { ...base, id: `pdf-app-${n}-first`, label: `  アプリ起動後 1 回目の PDF(${label})`, target: { op: '<=' as const, value: first } },
    screen: { ...base, id: `pdf-app-${n}-screen`, label: `  アプリ起動後 1 回目の PDF、PDF 画面を開いてから(${label})`, target: { op: '<=' as const, value: first } },
    direct: { ...base, id: `pdf-app-${n}-direct`, label: `  内訳: 待ち合わせなしの renderPlanPdf(${label})` },
  };
  if (why) return { figures: [skipped(ids.warm, why), skipped(ids.cold, why), skipped(ids.screen, why), skipped(ids.direct, why)], warm: null, cold: null };
  const cold: number[] = [];
  const warm: number[] = [];
  const plain: number[] = [];
  const screen: number[] = [];
  let pages = 0;
  for (let i = 0; i < ctx.runs; i++) {
    const host = await startHostProcess(db(), 60_000, ctx.env);
    try {
      const call = await hostApi(host.openUrl);
      const first = await pdfJob(call);
      cold.push(first.ms);
      pages = first.pages;
      if (i > 0) continue;
      for (let k = 0; k < ctx.runs; k++) warm.push((await pdfJob(call)).ms);
      for (let k = 0; k < ctx.runs; k++) plain.push(await direct(call));
    } finally {
      await host.stop();
    }
  }
  // As the coordinator does it: the PDF screen opens (it calls warmPdfWorker), and 作成 is pressed a
  // second later.
  for (let i = 0; i < ctx.runs; i++) {
    const host = await startHostProcess(db(), 60_000, ctx.env);
    try {
      const call = await hostApi(host.openUrl);
      await call('warmPdfWorker', {});
      await new Promise((r) => setTimeout(r, SCREEN_TO_CLICK_MS));
      screen.push((await pdfJob(call)).ms);
    } finally {
      await host.stop();
    }
  }
  const poll = '画面と同じ間隔(最初の 2 秒は 25 ms ごと、以降 150 ms ごと)で getPdfJob を確認';
  return {
    figures: [
      figure({ ...ids.warm, runs: warm, note: `起動済みのアプリで 2 回目以降(ワーカー読み込み済み)。startPlanPdf から PDF の受け取りまで、${poll}、${pages} ページ` }),
      figure({ ...ids.cold, runs: cold, note: `ホストを ${ctx.runs} 回起動し、それぞれ最初の PDF(ワーカーの起動とフォント読み込みを含む)。${poll}` }),
      figure({ ...ids.screen, runs: screen, note: `ホストを ${ctx.runs} 回起動し、画面と同じく PDF 画面を開いた時点で warmPdfWorker、その ${SCREEN_TO_CLICK_MS} ms 後に作成。${poll}` }),
      figure({ ...ids.direct, runs: plain, note: 'renderPlanPdf の 1 回の要求(確認の待ち合わせなし)。ジョブとの差が確認の間隔による待ち' }),
    ],
    warm,
    cold,
  };
}
