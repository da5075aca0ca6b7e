// A new period's front page states its own years and no provisional 策定 date; 点検 flags words
// that state another period.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks/run-checks.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { makeDb, ok } from './helpers.ts';

const seed = (): PlanDocument => JSON.parse(readFileSync(new URL('../../seeds/plan-2025.json', import.meta.url), 'utf8')) as PlanDocument;
const firstPage = (path: string) => execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

describe('a new plan period in print', () => {
  it('the 2027–2029 plan front page states 2027年度から2029年度 and prints no 策定 date while drafted', async () => {
    const t = makeDb(seed());
    try {
      await ok(t, 'startPeriod', { firstFiscalYear: 2027, lastFiscalYear: 2029, establishedOn: '2026-12-01' });
      const pdf = await ok(t, 'renderPlanPdf', {});
      const path = `${t.dir}/new.pdf`;
      writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
      const p1 = firstPage(path);
      expect(p1).toContain('【策定中】');
      expect(p1).toContain('計画期間は、基本方針に定めるとおり2027年度から2029年度までとします。');
      expect(p1).not.toContain('2024年度から2026年度');
      expect(p1).not.toContain('策定:');
      expect(p1).toContain('基本方針(2024-2027)'); // another plan's years stay as written
      expect((await ok(t, 'runChecks', {})).findings.filter((f) => f.rule === 'period-text')).toEqual([]);
      // Once its 初版 is frozen, the plan has its 策定 date.
      await ok(t, 'freezeRevision', { label: '2027年度版', date: '2027-03-20', summary: ['策定しました。'] });
      const after = `${t.dir}/frozen.pdf`;
      writeFileSync(after, Buffer.from((await ok(t, 'renderPlanPdf', {})).base64, 'base64'));
      expect(firstPage(after)).toContain('策定:2027年3月20日');
    } finally {
      t.close();
    }
  });
});

describe('点検 of the words that state the period', () => {
  it('flags a section stating another period, in 西暦 or 令和, and leaves the right one alone', () => {
    const doc = seed();
    expect(runChecks(doc, { asOfFiscalYear: 2025 }).findings.filter((f) => f.rule === 'period-text')).toEqual([]);
    doc.plan.firstFiscalYear = 2027;
    doc.plan.lastFiscalYear = 2029;
    doc.plan.sections.push({ heading: '補足', body: '令和6年度〜令和8年度の実績を踏まえます。' });
    const found = runChecks(doc, { asOfFiscalYear: 2027 }).findings.filter((f) => f.rule === 'period-text');
    expect(found.map((f) => [f.severity, f.field, f.fieldLabel])).toEqual([
      ['warning', 'plan.sections[2].body', '前文「計画期間」'],
      ['warning', 'plan.sections[4].body', '前文「補足」'],
    ]);
    expect(found[0]!.message).toContain('「2024年度から2026年度」が計画期間(2027年度〜2029年度)と違います');
  });
});
