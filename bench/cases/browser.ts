// The browser host at 1,000 items: cold start to an interactive list, and filter latency.
// Each run starts a fresh host process on its own copy of the DB and opens it in a fresh browser
// context (no HTTP cache); Debian's Chromium is launched once beforehand (not counted).
// The list's own performance marks are used when the build has them (list-ready, filter-start/-end);
// otherwise the first row's appearance and the row count's change are observed in the page.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { figure, skipped, type Figure } from '../lib/figures.ts';
import { median } from '../lib/stats.ts';
import { CHROMIUM, ROOT, synthDb, type BenchContext } from '../lib/context.ts';
import { startHostProcess } from '../lib/host-process.ts';

const GROUP = 'ブラウザー画面(1,000件)';
const DIST = join(ROOT, 'dist/renderer');
const ROW = 'tr[data-no]';
const FILTER_INPUT = [
  'input[type="search"]',
  'input[data-filter]',
  'input[placeholder*="絞り込"]', 'input[placeholder*="検索"]',
  'input[aria-label*="絞り込"]', 'input[aria-label*="検索"]',
].join(', ');
/** Real words of the seed: a title word, a department, a word of many texts; then back to all. */
const QUERIES = ['窓口', 'デジタル推進課', 'システム', ''];

async function distReady(waitMs = 120_000): Promise<boolean> {
  for (const t0 = Date.now(); Date.now() - t0 < waitMs; await new Promise((r) => setTimeout(r, 1000))) {
    if (existsSync(join(DIST, 'index.html'))) return true;
  }
  return false;
}

/** Newest modification time under a folder (to tell a stale build). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function buildHasMarks(): { list: boolean; filter: boolean } {
  const assets = join(DIST, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  return { list: js.includes('list-ready'), filter: js.includes('filter-start') && js.includes('filter-end') };
}

// Runs in the page before its scripts: notes when the first list row is in the DOM and a frame has passed.
const FIRST_ROW_WATCH = `(() => {
  const obs = new MutationObserver(() => {
    if (window.__benchRowSeen || !document.querySelector(${JSON.stringify(ROW)})) return;
    window.__benchRowSeen = true;
    obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__benchFirstRow = performance.now(); }, 0));
  });
  obs.observe(document, { childList: true, subtree: true });
})();`;

export async function browserCase(ctx: BenchContext): Promise<Figure[]> {
  const ids = {
    cold: { id: 'cold-1000', group: GROUP, label: 'コールドスタート: ホスト起動→一覧 1,000件が操作可能', unit: 'ms' as const, target: { op: '<=' as const, value: 1000 } },
    host: { id: 'host-start', group: GROUP, label: '  内訳: ホスト起動(プロセス開始→URL 表示)', unit: 'ms' as const },
    list: { id: 'list-1000', group: GROUP, label: '  内訳: ページを開いてから一覧が操作可能', unit: 'ms' as const },
    filter: { id: 'filter-1000', group: GROUP, label: '絞り込みの反映(1,000件)', unit: 'ms' as const, target: { op: '<=' as const, value: 50 } },
  };
  const skipAll = (why: string) => Object.values(ids).map((f) => skipped(f, why));
  if (ctx.cliBroken) return skipAll(ctx.cliBroken);
  if (!existsSync(CHROMIUM)) return skipAll(`Chromium(${CHROMIUM})がありません`);
  if (!(await distReady(30_000))) return skipAll('画面がビルドされていません(先に npx vite build)');
  const stale = newest(join(ROOT, 'renderer')) > statSync(join(DIST, 'index.html')).mtimeMs;
  const marks = buildHasMarks();

  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run'] });
  const source = await synthDb(ctx, 1000);
  const hostMs: number[] = [];
  const listMs: number[] = [];
  const coldMs: number[] = [];
  const filterMs: number[] = [];
  let rows = 0;
  let filterWhy: string | null = null;
  try {
    for (let run = -1, attempt = 0; run < ctx.runs; run++) { // run -1: warm-up, not counted
      // Another build may be replacing dist/renderer: wait for it and run again (3 tries per run).
      if (!(await distReady())) throw new Error('dist/renderer が 2 分以上ありません(ビルド中?)');
      const db = ctx.copy(source, `browser-${run + 1}.db`);
      // The browser context and tab are ready before the host starts: their making is not the app's time.
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'ja-JP' });
      const page = await context.newPage();
      await page.addInitScript(FIRST_ROW_WATCH);
      let host: Awaited<ReturnType<typeof startHostProcess>>;
      try {
        host = await startHostProcess(db, 60_000, ctx.env);
      } catch (e) {
        await context.close();
        if (++attempt >= 3 || existsSync(join(DIST, 'index.html'))) throw e;
        run--;
        continue;
      }
      attempt = 0;
      try {
        await page.goto(host.openUrl);
        const ready = await page.waitForFunction((useMark) => {
          const w = window as unknown as { __benchFirstRow?: number };
          const mark = performance.getEntriesByName('list-ready')[0];
          if (useMark) return mark ? { at: mark.startTime, origin: performance.timeOrigin } : false;
          return w.__benchFirstRow !== undefined ? { at: w.__benchFirstRow, origin: performance.timeOrigin } : false;
        }, marks.list, { timeout: 60_000 }).then((h) => h.jsonValue() as Promise<{ at: number; origin: number }>);
        rows = await page.locator(ROW).count();
        if (run >= 0) {
          hostMs.push(host.readyAt - host.spawnedAt);
          listMs.push(ready.at);
          coldMs.push(ready.origin + ready.at - host.spawnedAt);
        }
        const input = page.locator(FILTER_INPUT).first();
        if ((await input.count()) === 0) {
          filterWhy = '一覧に絞り込みの入力欄がまだありません';
          continue;
        }
        for (const q of QUERIES) {
          const ms = marks.filter ? await filterByMarks(page, input, q) : await filterByRows(page, q);
          if (run >= 0 && Number.isFinite(ms)) filterMs.push(ms);
        }
      } finally {
        await context.close();
        await host.stop();
        rmSync(db, { force: true });
      }
    }
  } finally {
    await browser.close();
  }
  const how = marks.list ? '画面の performance mark「list-ready」' : '最初の行が表示されるまで(mark なし)';
  const staleNote = stale ? '。注意: dist/renderer が renderer/ より古い' : '';
  const out = [
    figure({ ...ids.cold, runs: coldMs, note: `Chromium は起動済み(その起動時間は含まない)${staleNote}` }),
    figure({ ...ids.host, runs: hostMs, note: 'Node の起動、DB を開き、HTTP で待ち受けるまで' }),
    figure({ ...ids.list, runs: listMs, note: `${how}、最初に描く行 ${rows}(残りはスクロールで追加)` }),
  ];
  if (filterWhy !== null || filterMs.length === 0) out.push(skipped(ids.filter, filterWhy ?? '絞り込みを計測できませんでした'));
  else out.push(figure({ ...ids.filter, runs: filterMs, note: `${marks.filter ? 'filter-start→filter-end' : '入力→行数の変化'}、語 ${QUERIES.length} 個×${ctx.runs} 回、最大 ${Math.round(Math.max(...filterMs))} ms、中央値 ${Math.round(median(filterMs))} ms` }));
  return out;
}

type Page = import('@playwright/test').Page;
type Locator = import('@playwright/test').Locator;

/** filter-end − filter-start of the list's own marks, for one query typed in at once. */
async function filterByMarks(page: Page, input: Locator, q: string): Promise<number> {
  await page.evaluate(() => { performance.clearMarks('filter-start'); performance.clearMarks('filter-end'); });
  await input.fill(q);
  const h = await page.waitForFunction(() => {
    const s = performance.getEntriesByName('filter-start').at(-1);
    const e = performance.getEntriesByName('filter-end').at(-1);
    return s && e && e.startTime >= s.startTime ? e.startTime - s.startTime : false;
  }, undefined, { timeout: 10_000 });
  return (await h.jsonValue()) as number;
}

/** From setting the input's value to the next frame after the row count changed; NaN if it did not change within 2 s. */
async function filterByRows(page: Page, q: string): Promise<number> {
  return page.evaluate(async ({ q, row, sel }) => {
    const input = document.querySelector(sel) as HTMLInputElement;
    const count = () => document.querySelectorAll(row).length;
    const before = count();
    const t0 = performance.now();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, q);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const changed = await new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => { obs.disconnect(); clearTimeout(timer); resolve(ok); };
      const obs = new MutationObserver(() => { if (count() !== before) done(true); });
      obs.observe(document.body, { childList: true, subtree: true });
      const timer = setTimeout(() => done(false), 2000);
      if (count() !== before) done(true);
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return changed ? performance.now() - t0 : Number.NaN; // no change: nothing to time
  }, { q, row: ROW, sel: FILTER_INPUT });
}
