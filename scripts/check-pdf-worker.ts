// After `npm run build`: runs PDF jobs through the bundled worker (dist/electron/pdf-worker.mjs), as
// the packaged app's main process does: the plan three times (the second and third on the loaded
// worker) and a 新旧対照表. `node scripts/check-pdf-worker.ts`; exit code 1 if anything fails.
import { existsSync, readFileSync } from 'node:fs';
import { compareDocuments } from '../shared/revisions/compare.ts';
import type { PlanDocument } from '../shared/domain/document.ts';
import { createPdfWorker } from '../electron/pdf/worker-client.ts';

const url = new URL('../dist/electron/pdf-worker.mjs', import.meta.url);
if (!existsSync(url)) {
  console.error('dist/electron/pdf-worker.mjs がありません。先に `npm run build` を実行してください。');
  process.exit(1);
}
const seed = new URL('../seeds/plan-2025.json', import.meta.url);
const doc = JSON.parse(readFileSync(existsSync(seed) ? seed : new URL('../tests/fixtures/mini-plan.json', import.meta.url), 'utf8')) as PlanDocument;
const worker = createPdfWorker({ url });
try {
  for (let i = 1; i <= 3; i++) {
    const t = performance.now();
    let progress = 0;
    const r = await worker.render({ kind: 'plan', doc, opts: {} }, () => progress++);
    if (r.pdf.subarray(0, 5).toString() !== '%PDF-' || progress === 0) throw new Error('計画の PDF が正しくありません');
    console.log(`計画 ${i} 回目: ${Math.round(performance.now() - t)} ms、${r.pages} ページ、進み具合の通知 ${progress} 回`);
  }
  const after = structuredClone(doc);
  after.plan.title = `${doc.plan.title}(確認)`;
  const side = (title: string) => ({ label: title, working: false, date: null, title });
  const c = await worker.render({ kind: 'compare', comparison: { ...compareDocuments(doc, after), from: side(doc.plan.title), to: side(after.plan.title) }, opts: {} });
  if (c.pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error('新旧対照表の PDF が正しくありません');
  const n = await worker.counters();
  console.log(`新旧対照表: ${c.pages} ページ。ワーカー ${worker.state().started} 個、PDF ${n.renders} 件、フォントの解析 ${n.fontsParsed} 回`);
  if (worker.state().started !== 1 || n.fontsParsed !== 2) throw new Error('ワーカーまたはフォントが使い回されていません');
} catch (e) {
  console.error(`失敗: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await worker.stop();
}
