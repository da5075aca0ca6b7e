// What a printed plan says it is: a working copy that differs from its last freeze is marked
// 作業中(未確定) on the cover, on every page and in its file name; a frozen revision never is.
// And the 新旧対照表 of the seed after a deletion + renumbering and one moved bar.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { cli, makeDb, ok, refused, type TestDb } from './helpers.ts';

const pageTexts = (path: string): string[] =>
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map((p) => p.replace(/\s+/g, ''));
const seed = (): PlanDocument => JSON.parse(readFileSync(new URL('../../seeds/plan-2025.json', import.meta.url), 'utf8')) as PlanDocument;
const MARK = '作業中(未確定)';

describe('作業中(未確定) on a working copy that differs from its last freeze', () => {
  let t: TestDb;
  const save = (name: string, b64: string) => {
    const path = `${t.dir}/${name}`;
    writeFileSync(path, Buffer.from(b64, 'base64'));
    return path;
  };
  beforeAll(async () => {
    t = makeDb();
    await ok(t, 'freezeRevision', { label: '2026年度改定版', date: '2026-07-10', summary: ['①実績を追記しました。'] });
  });
  afterAll(() => t.close());

  it('right after freezing, the working copy prints as that edition, unmarked', async () => {
    expect(await ok(t, 'workingCopyStatus', {})).toEqual({ lastRevision: { label: '2026年度改定版', date: '2026-07-10' }, differs: false });
    const pdf = await ok(t, 'renderPlanPdf', {});
    expect(pdf.fileName).toMatch(/_2026年度改定版\.pdf$/);
    expect(pageTexts(save('same.pdf', pdf.base64)).join('')).not.toContain(MARK);
  });

  it('after an edit: the cover says it next to the edition, every page carries it, so does the file name', async () => {
    const doc = await ok(t, 'dumpPlan', {});
    doc.initiatives[0]!.title = '窓口のデジタル化';
    await ok(t, 'loadPlan', { document: doc });
    expect((await ok(t, 'workingCopyStatus', {})).differs).toBe(true);
    const pdf = await ok(t, 'renderPlanPdf', {});
    expect(pdf.fileName).toMatch(/_2026年度改定版_作業中\.pdf$/);
    const pages = pageTexts(save('working.pdf', pdf.base64));
    expect(pages.length).toBe(pdf.pages);
    expect(pages[0]).toContain(`【2026年度改定版】${MARK}`);
    for (const p of pages) expect(p).toContain(MARK);
    expect(pages.join('')).toContain('窓口のデジタル化');
  });

  it('PDF 出力 of 確定済みの改定版 prints the frozen text, never marked; the CLI marks the working copy', async () => {
    const pdf = await ok(t, 'renderPlanPdf', { edition: 'frozen' });
    expect(pdf.fileName).toMatch(/_2026年度改定版\.pdf$/);
    const text = pageTexts(save('frozen.pdf', pdf.base64)).join('');
    expect(text).not.toContain(MARK);
    expect(text).not.toContain('窓口のデジタル化');
    expect(pageTexts(save('rev.pdf', (await ok(t, 'renderRevisionPdf', { label: '2026年度改定版' })).base64)).join('')).not.toContain(MARK);
    const out = `${t.dir}/cli.pdf`;
    const r = await cli(['pdf', '--db', t.path, '--out', out]);
    expect(r.code).toBe(0);
    expect(pageTexts(out)[0]).toContain(MARK);
  });

  it('a plan never frozen (a new period) is a working copy; 確定済み is refused in Japanese', async () => {
    const d = makeDb();
    try {
      await ok(d, 'startPeriod', { firstFiscalYear: 2027, lastFiscalYear: 2029, establishedOn: '2026-12-01' });
      expect(await ok(d, 'workingCopyStatus', {})).toEqual({ lastRevision: null, differs: true });
      const e = await refused(d, 'renderPlanPdf', { edition: 'frozen' });
      expect(e.code).toBe('BAD_INPUT');
      expect(e.message).toContain('確定済みの改定版がありません');
    } finally {
      d.close();
    }
  });
});

describe('新旧対照表 of the seed', () => {
  it('one deletion + renumbering and one moved bar: two pages at most, the renumbering once, only the moved bar', async () => {
    const t = makeDb(seed());
    try {
      const doc = await ok(t, 'dumpPlan', {});
      doc.initiatives = doc.initiatives.filter((i) => i.no !== 3).map((i) => (i.no > 3 ? { ...i, no: i.no - 1 } : i));
      const no1 = doc.initiatives.find((i) => i.no === 1)!;
      const test = no1.schedule.find((b) => b.label === 'テスト')!;
      test.to = test.from + 1;
      await ok(t, 'loadPlan', { document: doc });
      const pdf = await ok(t, 'renderComparePdf', { from: '2025年度改定版', to: 'working' });
      const path = `${t.dir}/cmp.pdf`;
      writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
      const pages = pageTexts(path);
      expect(pdf.pages).toBeLessThanOrEqual(2);
      const text = pages.join('');
      expect(text).toContain('No.3〜No.42No.4〜No.43');
      expect(text.match(/【変更】/g)).toHaveLength(1);
      expect(text).toContain('No.3保育所等におけるICTの活用【削除】');
      expect(text).toContain('テスト(2024年度〜2025年度)');
      for (const other of ['運用(2025', '稼働(2026', '書かない窓口システム構築(']) expect(text).not.toContain(other);
    } finally {
      t.close();
    }
  });
});
