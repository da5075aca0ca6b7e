// @vitest-environment jsdom
// The list's 実績 columns (記入済 / 未記入 / 要確認 per fiscal year) and the list as shown to Excel: the
// same rows in the same order, each year's status, a whole and meaningful file name.
import { describe, expect, it, vi } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { renderApp } from './render-app.tsx';
import { seedPlan } from './fake-client.ts';
import { currentFiscalYear } from '../../shared/domain/fiscal-year.ts';
import { emptyFilter } from '../../shared/editing/filters.ts';
import { resultMarked } from '../../shared/domain/review-marks.ts';

describe('実績 columns', () => {
  it('show each year as 記入済 or 未記入, matching what each initiative holds', async () => {
    const { screen } = await renderApp('#/list');
    await screen.findByText('(1)重点取組事項');
    const cell = (no: number, y: number) => document.querySelector(`tr[data-no="${no}"] td.result-status[data-fiscal-year="${y}"]`)?.textContent;
    // The mini plan: both have a 2024 result, neither a 2025 one.
    expect(cell(1, 2024)).toBe('記入済');
    expect(cell(2, 2024)).toBe('記入済');
    expect(cell(1, 2025)).toBe(2025 > currentFiscalYear() ? '—' : '未記入');
    expect(screen.getAllByRole('columnheader', { name: /実績/ }).length).toBe(2 * 3);
  });

  it('show 要確認 where the 実績 of the year carries a mark, and 記入済 once it is confirmed', async () => {
    const doc = seedPlan();
    const marked = doc.initiatives.filter((i) => resultMarked(i, 2024));
    expect(marked.length).toBeGreaterThan(0);
    const { screen, user } = await renderApp('#/list', doc);
    await screen.findByText('(1)重点取組事項');
    const cell = (no: number) => document.querySelector(`tr[data-no="${no}"] td.result-status[data-fiscal-year="2024"]`)?.textContent;
    for (const it of doc.initiatives) expect([it.no, cell(it.no)]).toEqual([it.no, resultMarked(it, 2024) ? '要確認' : '記入済']);
    const no4 = doc.initiatives.find((i) => i.no === 4)!;
    expect(cell(4)).toBe('要確認');
    await user.click(screen.getByRole('link', { name: no4.title }));
    const item = await screen.findByText('2024年度の実績', { selector: '.review-field' });
    await user.click(within(item.closest('li')!).getByRole('button', { name: '確認済みにする' }));
    await screen.findByText('2024年度の実績を確認済みにしました');
    await user.click(screen.getByRole('link', { name: '← 一覧へ' }));
    await screen.findByText('(1)重点取組事項');
    expect(cell(4)).toBe('記入済');
  });
});

describe('the list as shown to Excel', () => {
  it('writes the filtered rows in the sorted order, with the status columns, under a whole name', async () => {
    sessionStorage.setItem('plan-desk.list-state', JSON.stringify({ filter: { ...emptyFilter, departments: ['デジタル推進課'] }, sort: 'title', dir: 'asc' }));
    const saved: { name: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { saved.push({ name: this.download, href: this.href }); });
    const { screen, user, fake } = await renderApp('#/list', seedPlan(), { keepSession: true });
    const shown = [...document.querySelectorAll<HTMLTableRowElement>('tbody tr[data-no]')].map((r) => Number(r.dataset.no));
    await user.click(screen.getByRole('button', { name: `表示中の一覧を Excel に(${shown.length}件)` }));
    await waitFor(() => expect(saved).toHaveLength(1));
    click.mockRestore();
    expect(saved[0]!.name).toBe(`平塚市デジタル化基本方針【アクションプラン(2024-2026)】_2025年度改定版_取組一覧_絞り込み${shown.length}件.xlsx`);
    expect(screen.getByText(`「${saved[0]!.name}」を保存しました`)).toBeTruthy();

    const input = fake.callsOf('exportPlanXlsx')[0] as { only: number[] };
    expect(input.only).toEqual(shown);
    // The workbook itself, drawn by the real writer through the fake's handlers.
    const r = await (await import('../../renderer/api/client.ts')).api.exportPlanXlsx({ only: shown, asOfFiscalYear: 2026 });
    if (!r.ok || !r.value.base64) throw new Error('no workbook');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.value.base64, 'base64') as unknown as ArrayBuffer);
    const list = wb.getWorksheet('取組一覧')!;
    const head = (list.getRow(1).values as string[]).slice(1);
    expect(head.slice(-3)).toEqual(['実績 2024年度', '実績 2025年度', '実績 2026年度']);
    const nos = Array.from({ length: shown.length }, (_, k) => Number(list.getCell(k + 2, 2).value));
    expect(nos).toEqual(shown);
    const doc = seedPlan();
    const firstStatus = list.getCell(2, head.indexOf('実績 2024年度') + 1).value;
    const first = doc.initiatives.find((i) => i.no === shown[0])!;
    expect(firstStatus).toBe(resultMarked(first, 2024) ? '要確認' : first.results.some((x) => x.fiscalYear === 2024 && x.text.trim()) ? '記入済' : '未記入');
    const statuses = Array.from({ length: shown.length }, (_, k) => list.getCell(k + 2, head.indexOf('実績 2024年度') + 1).value);
    const markedShown = shown.filter((no) => resultMarked(doc.initiatives.find((i) => i.no === no)!, 2024));
    expect(markedShown.length).toBeGreaterThan(0);
    expect(statuses.filter((v) => v === '要確認').length).toBe(markedShown.length);
    expect(list.rowCount).toBe(shown.length + 1);
  });

  it('refuses a No. that is not in the plan, naming it', async () => {
    await renderApp('#/list');
    const { api } = await import('../../renderer/api/client.ts');
    const r = await api.exportPlanXlsx({ only: [1, 77] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('No.77 の取組はありません');
  });
});
