// A 改定履歴 that can grow: whatever the number of rows, the era style or an excerpt line, no page
// holds the table header with one row alone, and a date never wraps inside itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { EraStyle } from '../../shared/domain/schema.ts';
import { renderPlanPdf } from '../../electron/pdf/render.ts';
import type { PdfOptions } from '../../electron/pdf/build-plan-doc.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-desk-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = (): PlanDocument => JSON.parse(readFileSync(new URL('../../seeds/plan-2025.json', import.meta.url), 'utf8')) as PlanDocument;

function withRows(extra: number, summaryLines = 2): PlanDocument {
  const doc = seed();
  for (let i = 0; i < extra; i++) {
    const y = 2026 + i;
    doc.plan.revisionHistory.push({
      kind: '改定', date: `${y}-07-10`,
      summary: Array.from({ length: summaryLines }, (_, k) => `${'①②③④⑤⑥'[k]}${y - 1}年度の取組実績を記載し、${y}年度の計画を一部修正しました。`),
    });
  }
  return doc;
}

/** Per page: does it hold the history table header, how many rows (a kind line and its date), the front text? */
async function historyPages(doc: PlanDocument, opts: PdfOptions) {
  const r = await renderPlanPdf(doc, { ...opts, now: new Date(0) });
  const file = join(dir, `h-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, r.pdf);
  const pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').map((p) => p.replace(/\s+/g, ''));
  return pages.map((p) => ({
    header: p.includes('策定日/改定日概要'),
    rows: (p.match(/(?:初版|改定)\d{4}年\d{1,2}月\d{1,2}日/g) ?? []).length,
    front: p.includes('策定の目的'),
    text: p,
  }));
}

describe('改定履歴 pages', () => {
  const cases: [string, number, number, EraStyle, PdfOptions][] = [
    ['the seed', 0, 2, 'seireki', {}],
    ['the seed, era both', 0, 2, 'both', {}],
    ['three rows', 1, 2, 'seireki', {}],
    ['three rows, era both', 1, 2, 'both', {}],
    ['three rows, era both, a 1つの課 excerpt', 1, 2, 'both', { department: 'デジタル推進課' }],
    ['four rows of four lines, era both', 2, 4, 'both', {}],
    ['six rows of six lines', 4, 6, 'seireki', {}],
  ];
  it.each(cases)('%s: no page with the header and one row alone', async (_name, extra, lines, era, opts) => {
    const pages = await historyPages(withRows(extra, lines), { ...opts, era });
    const withHeader = pages.filter((p) => p.header);
    expect(withHeader.length).toBeGreaterThan(0);
    for (const p of withHeader) expect(p.rows >= 2 || p.front, p.text.slice(0, 200)).toBe(true);
    // Every row is printed once.
    expect(withHeader.reduce((n, p) => n + p.rows, 0)).toBe(2 + extra);
  });

  it('era both prints each date whole, the 和暦 on a line of its own', async () => {
    const r = await renderPlanPdf(seed(), { era: 'both', now: new Date(0) });
    const file = join(dir, 'both.pdf');
    writeFileSync(file, r.pdf);
    const lines = execFileSync('pdftotext', ['-f', '1', '-l', '2', '-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim());
    expect(lines).toContain('2024年3月25日');
    expect(lines.some((l) => l.startsWith('(令和6年3月25日)'))).toBe(true);
  });
});
