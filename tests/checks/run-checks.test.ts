import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks/run-checks.ts';
import { cellGeometry, estimateLines } from '../../shared/checks/pdf-cells.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { miniPlan } from '../helpers.ts';
import { bigPlan } from '../editing/big-plan.ts';

const withItem = (patch: object, doc: PlanDocument = miniPlan()): PlanDocument => ({
  ...doc, initiatives: [{ ...doc.initiatives[0]!, ...patch }, ...doc.initiatives.slice(1)],
});
const rules = (doc: PlanDocument, asOf = 2025) => runChecks(doc, { asOfFiscalYear: asOf }).findings.map((f) => `${f.severity}:${f.rule}:${f.field}`);

describe('runChecks', () => {
  it('passes the mini plan with only owed 実績 (none: 2024 written)', () => {
    const r = runChecks(miniPlan(), { asOfFiscalYear: 2025 });
    expect(r).toMatchObject({ asOfFiscalYear: 2025, errors: 0, warnings: 0, findings: [] });
  });
  it('flags 実績 owed for ended fiscal years where work was planned', () => {
    // As of 2026, 2025 has ended: both have bars in 2025 and no 2025 実績.
    expect(rules(miniPlan(), 2026)).toEqual(['warning:result-missing:results.2025', 'warning:result-missing:results.2025']);
    const r = runChecks(miniPlan(), { asOfFiscalYear: 2026 });
    expect(r.findings[0]).toMatchObject({ initiativeId: 't-01', no: 1, title: '書かない窓口の導入', fieldLabel: '実績', message: '2025年度の実績が未記入です' });
  });
  it('flags empty required fields as errors', () => {
    expect(rules(withItem({ title: '', purpose: ' ', departments: [] }))).toEqual([
      'error:required:title', 'error:required:purpose', 'error:required:departments',
    ]);
  });
  it('flags a duplicate No. on both initiatives', () => {
    const doc = withItem({ no: 2 });
    expect(rules(doc)).toEqual(['error:duplicate-no:no', 'error:duplicate-no:no']);
    expect(runChecks(doc).findings[0]!.message).toMatch(/No\.2 が「.*」と重複/);
  });
  it('flags bars out of the period, reversed, and overlapping on a lane', () => {
    const doc = withItem({
      schedule: [
        { label: '前', from: 2023, to: 2024, lane: 0 },
        { label: '逆', from: 2026, to: 2025, lane: 1 },
        { label: '重なり', from: 2024, to: 2025, lane: 0 },
      ],
    });
    expect(rules(doc)).toEqual([
      'error:bar-period:schedule[0]', 'error:bar-order:schedule[1]', 'error:bar-overlap:schedule[2]',
    ]);
  });
  it('flags 課 missing from the master and 方針 not defined', () => {
    expect(rules(withItem({ departments: ['旧市民課'], policy: 7 }))).toEqual(['error:unknown-policy:policy', 'error:unknown-department:departments[0]']);
  });
  it('flags header errors', () => {
    const doc = miniPlan();
    const r = runChecks({ ...doc, plan: { ...doc.plan, title: '' } }, { asOfFiscalYear: 2025 });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'plan-header', field: 'plan.title', initiativeId: null, severity: 'error' })]);
  });
  it('warns about text likely to overflow its PDF cell, without refusing it', () => {
    const long = '・長い実績の説明です。'.repeat(200);
    const r = runChecks(withItem({ results: [{ fiscalYear: 2024, text: long }], title: 'とても長い題名'.repeat(40) }), { asOfFiscalYear: 2025 });
    expect(r.errors).toBe(0);
    expect(r.findings.map((f) => `${f.rule}:${f.field}`)).toEqual(['overflow:title', 'overflow:results[0].text']);
    expect(r.findings[1]!.message).toMatch(/2024年度の実績が PDF の枠に収まらない見込み/);
  });
  it('orders errors before warnings', () => {
    const doc = withItem({ no: 2, title: 'あ'.repeat(500) });
    const sev = runChecks(doc, { asOfFiscalYear: 2025 }).findings.map((f) => f.severity);
    expect(sev).toEqual([...sev].sort());
  });
  it('runs on 1,000 initiatives and finds one planted duplicate', () => {
    const doc = bigPlan(1000);
    doc.initiatives[999] = { ...doc.initiatives[999]!, no: 5 };
    const r = runChecks(doc, { asOfFiscalYear: 2025 });
    expect(r.errors).toBe(2);
    expect(r.findings.filter((f) => f.rule === 'duplicate-no').map((f) => f.initiativeId).sort()).toEqual(['big-1000', 'big-5']);
  });
});

describe('estimateLines', () => {
  it('counts typed lines and wraps long ones, bullets indented', () => {
    expect(estimateLines('', 10)).toBe(1);
    expect(estimateLines('あ'.repeat(10), 10)).toBe(1);
    expect(estimateLines('あ'.repeat(11), 10)).toBe(2);
    expect(estimateLines('a\nb\nc', 10)).toBe(3);
    expect(estimateLines(`・${'あ'.repeat(10)}`, 10)).toBe(2);
  });
  it('gives narrower result columns for longer plans', () => {
    expect(cellGeometry('result', 5).charsPerLine).toBeLessThan(cellGeometry('result', 3).charsPerLine);
  });
});
