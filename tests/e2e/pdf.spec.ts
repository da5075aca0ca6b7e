// PDF 出力: make the official PDF in the UI (progress bar to 100 %), preview it page by page with
// pdf.js (lazily drawn canvases, 「n / N ページ」), save it (a real PDF with the plan's text), a 課's
// excerpt with only its initiatives, printing (one image per page, window.print, A4 landscape sheets),
// and the links from an initiative and from 課の一覧. Nothing leaves the host; no CSP complaint.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { test, expect, readDoc, SEED_PATH } from './fixtures.ts';

const seed = readDoc(SEED_PATH);
const squash = (s: string) => s.replace(/\s+/g, '');
const pdfText = (file: string) => squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 26 }).toString('utf8'));
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);

/** Console errors, CSP complaints, a worker fallback, page errors: all must stay empty. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    // "fake worker": pdf.js could not start its worker and fell back to the main thread.
    if (m.type() === 'error' || /Content Security Policy|Refused to|fake worker/i.test(m.text())) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** Records every aria-valuenow the progress bar shows, from before the click on. */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: number[] };
    w.__progress = [];
    const seen = (el: Element) => w.__progress.push(Number(el.getAttribute('aria-valuenow')));
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && (r.target as Element).getAttribute('role') === 'progressbar') seen(r.target as Element);
        for (const n of r.addedNodes) if (n instanceof Element) n.querySelectorAll('[role="progressbar"]').forEach(seen);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
}

async function createPdf(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'PDF を作成' }).click();
  const bar = page.getByRole('progressbar', { name: 'PDF の作成' });
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  const counter = page.locator('.pdf-counter');
  await expect(counter).toHaveText(/^1 \/ \d+ ページ$/);
  return Number(/\/ (\d+)/.exec((await counter.textContent())!)![1]);
}

async function save(page: Page, dir: string, name: string): Promise<{ file: string; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存', exact: true }).click()]);
  const file = join(dir, name);
  writeFileSync(file, readFileSync((await download.path())!));
  return { file, download };
}

const openPdfScreen = async (page: Page) => {
  await page.getByRole('link', { name: 'PDF 出力' }).click();
  await expect(page.getByRole('heading', { name: 'PDF 出力', level: 1 })).toBeVisible();
};

test('the whole plan: progress to 100 %, a lazy page-by-page preview, and a saved PDF with the plan in it', async ({ page, app }) => {
  const problems = watch(page);
  await openPdfScreen(page);
  await expect(page.getByRole('radio', { name: '計画全体' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^西暦/ })).toBeChecked(); // the seed's eraStyle
  await recordProgress(page);
  const pages = await createPdf(page);

  const values = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
  expect(values[0]).toBeLessThan(100); // the bar was there while the PDF was being made
  expect(values.at(-1)).toBe(100);
  expect(values).toEqual([...values].sort((a, b) => a - b));
  await expect(page.locator('.pdf-progress [role="status"]')).toHaveText(`作成しました(${pages} ページ)。`);

  // One placeholder per page; only those near the visible part are drawn.
  const slots = page.locator('.pdf-page');
  await expect(slots).toHaveCount(pages);
  await expect(page.locator('.pdf-page[data-page="1"] canvas[data-rendered="true"]')).toHaveCount(1);
  expect(pages).toBeGreaterThan(10);
  await expect(page.locator(`.pdf-page[data-page="${pages}"] canvas`)).toHaveCount(0);
  const drawn = await page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('.pdf-page[data-page="1"] canvas')!;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! < 128) dark++;
    return { dark, width: c.width };
  });
  expect(drawn.width).toBeGreaterThan(500);
  expect(drawn.dark).toBeGreaterThan(1000); // text was drawn, not a blank canvas

  await page.getByRole('button', { name: '次へ →' }).click();
  await expect(page.locator('.pdf-counter')).toHaveText(`2 / ${pages} ページ`);
  await expect(page.locator('.pdf-page[data-page="2"] canvas[data-rendered="true"]')).toHaveCount(1);
  await page.locator('.pdf-pages').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(page.locator('.pdf-counter')).toHaveText(`${pages} / ${pages} ページ`);
  await expect(page.locator(`.pdf-page[data-page="${pages}"] canvas[data-rendered="true"]`)).toHaveCount(1);
  await expect(page.locator('.pdf-page[data-page="1"] canvas')).toHaveCount(0); // dropped far away
  await expect(page.getByRole('button', { name: '次へ →' })).toBeDisabled();

  const { file, download } = await save(page, app.dir, 'whole.pdf');
  expect(download.suggestedFilename()).toBe(`${seed.plan.title}_${seed.plan.edition}.pdf`.replace(/[\\/:*?"<>|]/g, '_'));
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfPages(file)).toBe(pages);
  const text = pdfText(file);
  expect(text).toContain(squash(seed.initiatives[0]!.title));
  expect(text).toContain(squash(seed.initiatives.at(-1)!.title));

  expect(app.foreignRequests).toEqual([]);
  expect(problems).toEqual([]);
});

test('one 課: fewer pages, and the saved PDF holds only that 課\'s initiatives', async ({ page, app }) => {
  const problems = watch(page);
  const dept = '交通政策課';
  const mine = seed.initiatives.filter((i) => i.departments.includes(dept));
  const other = seed.initiatives.find((i) => !i.departments.includes(dept))!;
  expect(mine.length).toBeGreaterThan(0);
  await openPdfScreen(page);
  const whole = await createPdf(page);

  await page.getByRole('radio', { name: '1つの課' }).check();
  await expect(page.getByRole('button', { name: 'PDF を作成' })).toBeDisabled(); // no 課 chosen yet
  await page.getByLabel('課', { exact: true }).selectOption(dept);
  await page.getByRole('radio', { name: /^和暦/ }).check();
  const part = await createPdf(page);
  expect(part).toBeLessThan(whole);
  await expect(page.locator('.pdf-page')).toHaveCount(part);
  await expect(page.locator('#pdf-result-h')).toContainText(`${dept}の取組・和暦`);

  const { file, download } = await save(page, app.dir, 'dept.pdf');
  expect(download.suggestedFilename()).toBe(`${seed.plan.title}_${seed.plan.edition}_抜粋_${dept}_和暦.pdf`.replace(/[\\/:*?"<>|]/g, '_'));
  expect(pdfPages(file)).toBe(part);
  const text = pdfText(file);
  for (const it of mine) expect(text).toContain(squash(it.title));
  expect(text).not.toContain(squash(other.title));
  expect(text).toContain('令和');
  expect(app.foreignRequests).toEqual([]);
  expect(problems).toEqual([]);
});

test('印刷 fills the print container with one image per page, calls window.print, and prints A4 landscape sheets only', async ({ page, app }) => {
  const problems = watch(page);
  await openPdfScreen(page);
  const pages = await createPdf(page);
  await page.evaluate(() => {
    const w = window as unknown as { __prints: { images: number; loaded: number }[] };
    w.__prints = [];
    window.print = () => {
      const imgs = [...document.querySelectorAll<HTMLImageElement>('body > .pdf-print img')];
      w.__prints.push({ images: imgs.length, loaded: imgs.filter((i) => i.complete && i.naturalWidth > 0).length });
    };
  });
  await page.getByRole('button', { name: '印刷' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __prints: unknown[] }).__prints.length)).toBe(1);
  const [call] = await page.evaluate(() => (window as unknown as { __prints: { images: number; loaded: number }[] }).__prints);
  expect(call).toEqual({ images: pages, loaded: pages });
  const size = await page.locator('.pdf-print img').first().evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(size[0]).toBeGreaterThanOrEqual(1700); // 150 dpi across 297 mm
  expect(size[0]! / size[1]!).toBeCloseTo(297 / 210, 1);
  await expect(page.getByRole('button', { name: '印刷' })).toBeEnabled();

  // What the print dialog would print: only the images, one A4 landscape sheet each.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app')).toBeHidden();
  await expect(page.locator('.pdf-print')).toBeVisible();
  const printed = join(app.dir, 'printed.pdf');
  writeFileSync(printed, await page.pdf({ preferCSSPageSize: true }));
  expect(pdfPages(printed)).toBe(pages);
  const info = execFileSync('pdfinfo', [printed]).toString();
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  expect(Number(w)).toBeCloseTo(841.89, 0);
  expect(Number(h)).toBeCloseTo(595.28, 0);
  await page.emulateMedia({ media: 'screen' });

  // Leaving the screen removes the print container.
  await page.getByRole('link', { name: '取組一覧' }).click();
  await expect(page.locator('.pdf-print')).toHaveCount(0);
  expect(app.foreignRequests).toEqual([]);
  expect(problems).toEqual([]);
});

test('「この取組の PDF」 and 「この課の PDF」 open the screen with that choice made', async ({ page }) => {
  const it = seed.initiatives.find((i) => i.no === 5)!;
  await page.goto(`${page.url().split('#')[0]}#/initiative/${it.id}`);
  await page.getByRole('link', { name: 'この取組の PDF' }).click();
  await expect(page.getByRole('radio', { name: '選んだ取組' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `No.5 ${it.title}` })).toBeChecked();
  await expect(page.locator('.pdf-checklist [role="status"]')).toHaveText(`1 / ${seed.initiatives.length} 件を選択`);
  // The checklist: filter, select what is shown, clear.
  await page.getByLabel('絞り込み').fill('交通');
  await expect(page.locator('.pdf-checklist-items li')).toHaveCount(2);
  await page.getByRole('button', { name: '表示中をすべて選択' }).click();
  await expect(page.locator('.pdf-checklist [role="status"]')).toHaveText(`3 / ${seed.initiatives.length} 件を選択`);
  await page.getByRole('button', { name: '選択をすべて解除' }).click();
  await expect(page.getByRole('button', { name: 'PDF を作成' })).toBeDisabled();
  await expect(page.getByText('取組を1つ以上選んでください。')).toBeVisible();

  await page.getByRole('link', { name: '課の一覧' }).click();
  await page.getByRole('link', { name: '「交通政策課」の取組の PDF' }).click();
  await expect(page.getByRole('radio', { name: '1つの課' })).toBeChecked();
  await expect(page.getByLabel('課', { exact: true })).toHaveValue('交通政策課');

  // A link naming what the plan does not have says so and selects nothing.
  await page.goto(`${page.url().split('#')[0]}#/pdf/${encodeURIComponent('dept=宇宙課')}`);
  await expect(page.getByRole('alert')).toContainText('課「宇宙課」は課の一覧にありません');
  await expect(page.getByLabel('課', { exact: true })).toHaveValue('');
});

test('opening the screen readies the preview and the worker before 作成 is pressed', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => { if (/\/assets\/pdf[-.]/.test(new URL(r.url()).pathname)) loaded.push(new URL(r.url()).pathname); });
  const warm = page.waitForRequest((r) => r.url().endsWith('/api/warmPdfWorker'));
  await openPdfScreen(page);
  await warm;
  // pdf.js (its module) comes with the screen, not with the first PDF.
  await expect.poll(() => loaded.some((p) => /\/assets\/pdf-[\w-]+\.js$/.test(p))).toBe(true);
});
