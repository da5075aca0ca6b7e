// @vitest-environment jsdom
// Smaller screen fixes: the dashboard's labels whole and its legend, 計画の設定's one numbering,
// the PDF screen's choices, and messages shown where the action was (確定, a revision's PDF).
import { describe, expect, it } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { go, renderApp } from './render-app.tsx';
import { seedPlan } from './fake-client.ts';
import { liveMarks } from '../../shared/domain/review-marks.ts';
import { api } from '../../renderer/api/client.ts';
import { currentFiscalYear } from '../../shared/domain/fiscal-year.ts';
import { suggestRevisionLabel } from '../../shared/revisions/freeze.ts';

describe('ダッシュボード', () => {
  it('writes 方針3 whole (on two lines if need be) and names its bar colours', async () => {
    const { screen } = await renderApp('#/dashboard');
    const chart = (await screen.findByText('方針別の取組数')).closest('figure')!;
    const label = [...chart.querySelectorAll('text.chart-label')].map((t) => t.textContent).find((t) => t?.startsWith('方針3'));
    expect(label).toBe('方針3 情報セキュリティの確保');
    const year = screen.getByText(/年度別の実績記入/).closest('figure')!;
    expect(within(year).getByRole('list', { name: '凡例' }).textContent).toBe('すべて記入済み記入済み(未記入が残る)計画のある取組の数');
  });
});

describe('計画の設定', () => {
  it('numbers each section heading once, in its label', async () => {
    const { screen } = await renderApp('#/plan-settings');
    const first = await screen.findByLabelText('1. 見出し');
    const list = first.closest('ol')!;
    expect(list.classList.contains('labelled')).toBe(true);
    expect(screen.getByLabelText('2. 見出し')).toBeTruthy();
  });
});

describe('PDF 出力', () => {
  it('asks for the chosen initiatives in the chosen era', async () => {
    const { screen, user, fake } = await renderApp('#/pdf');
    fake.override('startPlanPdf', () => ({ ok: true, value: { jobId: 'j1' } }));
    fake.override('getPdfJob', () => ({ ok: true, value: { state: 'failed', fraction: 0, pages: 0, error: { code: 'INTERNAL', message: 'テスト: 作らない' } } as never }));
    await user.click(await screen.findByLabelText('選んだ取組'));
    expect(screen.getByRole('button', { name: 'PDF を作成' })).toHaveProperty('disabled', true);
    await user.type(screen.getByLabelText('絞り込み'), '2');
    const items = screen.getByRole('list', { name: '取組の一覧' });
    expect(within(items).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(within(items).getByRole('checkbox'));
    await user.click(screen.getByLabelText(/^和暦/));
    await user.click(screen.getByRole('button', { name: 'PDF を作成' }));
    await waitFor(() => expect(fake.callsOf('startPlanPdf')).toEqual([{ only: [2], era: 'wareki', edition: 'working' }]));
  });
});

describe('PDF 出力 and the 要確認 marks', () => {
  it('counts the marks of what is printed: the working copy, or the frozen revision as it was frozen', async () => {
    const doc = seedPlan();
    const all = doc.initiatives.reduce((n, it) => n + liveMarks(it).length, 0);
    const { screen, user } = await renderApp('#/pdf', doc, {
      before: async () => {
        // The seed's 2025年度改定版 holds every mark; the working copy then confirms one.
        const r = await api.clearReviewMark({ id: 'seed-04', field: 'purpose' });
        expect(r.ok).toBe(true);
      },
    });
    const note = () => document.querySelector<HTMLElement>('.review-notice')?.dataset.reviewCount;
    await waitFor(() => expect(note()).toBe(String(all - 1)));
    await user.click(await screen.findByLabelText(/確定済みの改定版/));
    await waitFor(() => expect(note()).toBe(String(all)));
    await user.click(screen.getByLabelText(/作業中の計画/));
    await waitFor(() => expect(note()).toBe(String(all - 1)));
  });
});

describe('改定版・新旧対照表', () => {
  it('shows the 確定 message beside the form, and says a revision PDF was saved', async () => {
    const { screen, user, fake } = await renderApp('#/revisions');
    fake.override('renderRevisionPdf', () => ({ ok: true, value: { fileName: 'テスト_2025年度改定版.pdf', mimeType: 'application/pdf', base64: 'JVBERi0=', pages: 1, warnings: [] } }));
    const row = (await screen.findByRole('table', { name: '改定版の一覧' })).querySelector('tbody tr')!;
    await user.click(within(row as HTMLElement).getByRole('button', { name: 'PDF' }));
    expect(await within(row as HTMLElement).findByText('「テスト_2025年度改定版.pdf」を保存しました(ダウンロード先のフォルダ)')).toBeTruthy();

    await user.clear(screen.getByLabelText('改定版の名前'));
    await user.type(screen.getByLabelText('改定版の名前'), '2026年度改定版');
    await user.type(screen.getByLabelText('改定内容'), '①実績を記載しました。');
    await user.click(screen.getByRole('button', { name: '改定版を確定' }));
    await user.click(screen.getByRole('button', { name: '確定する' }));
    const done = await screen.findByText(/改定版「2026年度改定版」を確定しました/);
    const form = screen.getByRole('form', { name: '改定版を確定' });
    // After the form it belongs to, not at the top of the page.
    expect(form.compareDocumentPosition(done) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('table', { name: '改定版の一覧' }).compareDocumentPosition(done) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // The 新旧対照表 picker now starts from the revision just frozen.
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('改正前').value).toBe('2026年度改定版'));
    // The form starts again from a name no revision has yet.
    const fy = currentFiscalYear(new Date());
    const labels = [...screen.getByRole('table', { name: '改定版の一覧' }).querySelectorAll<HTMLElement>('tr[data-label]')].map((r) => r.dataset.label!);
    expect(labels).toContain('2026年度改定版');
    const name = screen.getByLabelText<HTMLInputElement>('改定版の名前');
    expect(name.value).toBe(suggestRevisionLabel(fy, labels));
    expect(labels).not.toContain(name.value);
  });

  it('a freeze refused because another window took the name keeps what was typed and moves to the next free name', async () => {
    const { screen, user, fake } = await renderApp('#/revisions');
    const name = await screen.findByLabelText<HTMLInputElement>('改定版の名前');
    const fy = currentFiscalYear(new Date());
    expect(name.value).toBe(`${fy}年度改定版`);
    // Another window freezes under that very name meanwhile (the same handlers, behind this screen's back).
    fake.override('freezeRevision', () => ({ ok: false, error: { code: 'CONFLICT', message: `改定版「${fy}年度改定版」は既にあります。別の名前にしてください。` } }));
    const base = { kind: '改定' as const, summary: ['①'], planId: 1, title: 'テスト計画', firstFiscalYear: 2024, lastFiscalYear: 2026, isCurrentPlan: true, frozenAt: '2026-04-01T00:00:00Z', frozenBy: 'user01' };
    fake.override('listRevisions', () => ({ ok: true, value: [{ ...base, label: `${fy}年度改定版`, date: '2026-04-01' }, { ...base, label: '2025年度改定版', date: '2025-07-08' }] }));
    await user.type(screen.getByLabelText('改定内容'), '①実績を記載しました。');
    await user.click(screen.getByRole('button', { name: '改定版を確定' }));
    await user.click(screen.getByRole('button', { name: /確定する/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('既にあります');
    await waitFor(() => expect(name.value).toBe(`${fy}年度改定版(2)`));
    expect(screen.getByLabelText<HTMLTextAreaElement>('改定内容').value).toBe('①実績を記載しました。');
  });

  it('says how many 要確認 marks a freeze would keep, and asks with the count before freezing', async () => {
    const doc = seedPlan();
    const marks = doc.initiatives.reduce((n, it) => n + liveMarks(it).length, 0);
    expect(marks).toBeGreaterThan(0);
    const { screen, user, fake } = await renderApp('#/revisions', doc);
    const form = await screen.findByRole('form', { name: '改定版を確定' });
    expect(within(form).getByRole('note').textContent).toContain(`要確認が ${marks} 件残っています`);
    await user.clear(screen.getByLabelText('改定版の名前'));
    await user.type(screen.getByLabelText('改定版の名前'), '2026年度改定版');
    await user.type(screen.getByLabelText('改定内容'), '①実績を記載しました。');
    await user.click(within(form).getByRole('button', { name: '改定版を確定' }));
    expect(within(form).getByRole('status').textContent).toContain(`要確認 ${marks} 件を残したまま確定します`);
    expect(fake.callsOf('freezeRevision')).toHaveLength(0);
    await user.click(within(form).getByRole('button', { name: '要確認を残したまま確定する' }));
    await screen.findByText(/改定版「2026年度改定版」を確定しました/);
    expect(fake.callsOf('freezeRevision')).toHaveLength(1);
  });

  it('marks a damaged revision 破損 and keeps the others usable', async () => {
    const { screen, fake } = await renderApp('#/revisions');
    const base = { kind: '改定' as const, summary: ['①実績を記載しました。'], planId: 1, title: 'テスト計画', firstFiscalYear: 2024, lastFiscalYear: 2026,
      isCurrentPlan: true, frozenAt: '2026-04-01T00:00:00Z', frozenBy: 'user01' };
    fake.override('listRevisions', () => ({ ok: true, value: [
      { ...base, label: '2026年度改定版', date: '2026-04-01', summary: [], title: '(保存内容が壊れています)', damaged: true as const },
      { ...base, label: '2025年度改定版', date: '2025-07-08' },
    ] }));
    await go('#/list');
    await go('#/revisions');
    const table = await screen.findByRole('table', { name: '改定版の一覧' });
    const bad = await waitFor(() => { const r = table.querySelector<HTMLElement>('tr[data-label="2026年度改定版"]'); expect(r).not.toBeNull(); return r!; });
    expect(within(bad).getByText('破損')).toBeTruthy();
    expect(bad.textContent).toContain('バックアップから復元');
    expect(within(bad).queryAllByRole('button')).toHaveLength(0);
    const good = table.querySelector<HTMLElement>('tr[data-label="2025年度改定版"]')!;
    expect(within(good).getByRole('button', { name: '表示' })).toBeTruthy();
    expect(within(good).getByRole('button', { name: 'PDF' })).toBeTruthy();
    const from = screen.getByLabelText<HTMLSelectElement>('改正前');
    expect([...from.options].map((o) => o.value)).toEqual(['2025年度改定版']);
  });
});
