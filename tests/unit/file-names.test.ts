// File names: the whole title and edition, then what the file holds; Nos as ranges; never cut mid-word.
import { describe, expect, it } from 'vitest';
import { comparePdfFileName, nosText, planPdfFileName, planXlsxFileName } from '../../shared/files/file-names.ts';
import { compareFileName } from '../../electron/pdf/compare-doc.ts';
import type { RevisionComparison } from '../../shared/revisions/types.ts';

const plan = { title: '平塚市デジタル化基本方針【アクションプラン(2024-2026)】', edition: '2025年度改定版' };

describe('file names', () => {
  it('name the whole plan, an excerpt by 課 and Nos, and a filtered list', () => {
    expect(planPdfFileName(plan)).toBe('平塚市デジタル化基本方針【アクションプラン(2024-2026)】_2025年度改定版.pdf');
    expect(planPdfFileName(plan, { department: '市民課', only: [5, 1, 2, 3] })).toBe('平塚市デジタル化基本方針【アクションプラン(2024-2026)】_2025年度改定版_抜粋_市民課_No.1-3,5.pdf');
    expect(planXlsxFileName(plan)).toBe('平塚市デジタル化基本方針【アクションプラン(2024-2026)】_2025年度改定版.xlsx');
    expect(planXlsxFileName(plan, 12)).toBe('平塚市デジタル化基本方針【アクションプラン(2024-2026)】_2025年度改定版_取組一覧_絞り込み12件.xlsx');
  });
  it('name a print in another era style than the plan\'s own, so it does not take the 西暦 print\'s name', async () => {
    expect(planPdfFileName(plan, { era: 'both' })).toBe('平塚市デジタル化基本方針【アクションプラン(2024-2026)】_2025年度改定版_西暦和暦併記.pdf');
    expect(planPdfFileName(plan, { workingCopy: true, department: '市民課', era: 'wareki' })).toBe('平塚市デジタル化基本方針【アクションプラン(2024-2026)】_2025年度改定版_作業中_抜粋_市民課_和暦.pdf');
    const { pdfFileName } = await import('../../electron/pdf/build-plan-doc.ts');
    const doc = { plan: { ...plan, eraStyle: 'seireki' } } as Parameters<typeof pdfFileName>[0];
    expect(pdfFileName(doc, { era: 'seireki' })).toBe(planPdfFileName(plan)); // the plan's own style adds nothing
    expect(pdfFileName(doc, { era: 'both' })).toBe(planPdfFileName(plan, { era: 'both' }));
  });
  it('shorten a long list of Nos as a whole, and replace what Windows refuses', () => {
    expect(nosText([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 20])).toBe('No.1,3,5,7,9,11,13,15ほか3件');
    expect(planPdfFileName({ title: 'A/B:C', edition: '' }, { department: '課"1"' })).toBe('A_B_C_抜粋_課_1_.pdf');
  });
  it('keep the excerpt part whole when the title is extreme', () => {
    const name = planPdfFileName({ title: 'あ'.repeat(400), edition: '版' }, { department: '市民課', only: [1] });
    expect(name.endsWith('…_抜粋_市民課_No.1.pdf')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(190);
  });
  it('name a 新旧対照表 by the plan it compares, then both sides', () => {
    expect(comparePdfFileName(plan.title, '作業中', '2025年度改定版')).toBe('平塚市デジタル化基本方針【アクションプラン(2024-2026)】_新旧対照表_作業中_2025年度改定版.pdf');
    const side = (label: string, working: boolean) => ({ label, working, date: null, title: 'A/B計画' });
    const c = { from: side('2025年度改定版', false), to: side('(作業中)', true) } as unknown as RevisionComparison;
    expect(compareFileName(c)).toBe('A_B計画_新旧対照表_作業中_2025年度改定版.pdf');
  });
});

describe('one rule for every file name part (forms, mail drafts, PDFs)', () => {
  it('replaces what Windows refuses and drops a trailing dot or space, as Windows would', async () => {
    const { formFileName } = await import('../../electron/survey/forms.ts');
    const { fileNamePart, hasCharForbiddenInFileName } = await import('../../shared/files/file-names.ts');
    expect(fileNamePart('総務/人事課. ')).toBe('総務_人事課');
    expect(formFileName('照会A', '総務:人事課.')).toBe('照会A_総務_人事課.xlsx');
    expect(hasCharForbiddenInFileName('照会A')).toBe(false);
    expect(hasCharForbiddenInFileName('照会A')).toBe(false); // no state kept between calls
    expect(hasCharForbiddenInFileName('照会*A')).toBe(true);
    expect(hasCharForbiddenInFileName('照会*A')).toBe(true);
  });
});
