// Pages a typesetter would not let pass: a continuation page of a tall sheet without its 方針 line
// and 「(続き)」, a lane group parted from its 「計画」 label, a page holding only the ※ notes of
// the list, a blank page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { renderPlanPdf } from '../../electron/pdf/render.ts';
import type { PdfOptions } from '../../electron/pdf/build-plan-doc.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-desk-breaks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = (): PlanDocument => JSON.parse(readFileSync(new URL('../../seeds/plan-2025.json', import.meta.url), 'utf8')) as PlanDocument;

async function pages(doc: PlanDocument, opts: PdfOptions): Promise<string[]> {
  const r = await renderPlanPdf(doc, { ...opts, now: new Date(0) });
  const file = join(dir, `p-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, r.pdf);
  const out = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map((p) => p.replace(/\s+/g, ''));
  expect(out).toHaveLength(r.pages);
  return out;
}

describe('a sheet taller than a page', () => {
  it('continues with its 方針 line and 「(続き)」, and every lane group keeps its 「計画」 label', async () => {
    const doc = seed();
    const it6 = doc.initiatives.find((i) => i.no === 6)!;
    it6.activity = `${'避難所運営のデジタル化を進めます。'.repeat(8)}\n`.repeat(14);
    it6.schedule = Array.from({ length: 40 }, (_, k) => ({ lane: k, label: `工程${k + 1}の作業`, from: 2024 + (k % 3), to: 2026 }));
    const ps = await pages(doc, { only: [6, 7] });
    const sheet = ps.map((p, i) => [p, i] as const).filter(([p]) => p.includes('工程') || p.includes('避難所運営のデジタル化を進めます'));
    expect(sheet.length).toBeGreaterThanOrEqual(3);
    const line = '方針1暮らしのデジタル化No.6デジタル技術を活用した避難所運営(続き)';
    expect(sheet[0]![0]).not.toContain(line);
    for (const [p] of sheet.slice(1)) expect(p).toContain(line);
    for (const [p] of sheet.filter(([x]) => x.includes('工程'))) expect(p).toContain('計画');
    // The sheet after it starts afresh, with no 「(続き)」.
    expect(ps.at(-1)).toContain('自治体情報システムの標準化');
    expect(ps.at(-1)).not.toContain('(続き)');
  });
});

describe('1つの課 excerpts', () => {
  it.each([
    ['デジタル推進課', 'seireki'],
    ['介護保険課', 'both'],
  ] as const)('%s (%s): no page of ※ notes alone, no blank page', async (department, era) => {
    const ps = await pages(seed(), { department, era });
    for (const p of ps) {
      expect(p.replace(/^-\d+-$/, '')).not.toBe('');
      expect(p.startsWith('※')).toBe(false);
    }
    expect(ps.join('')).toContain('※デジタル推進課は、事業が円滑に進むように');
  });
});
