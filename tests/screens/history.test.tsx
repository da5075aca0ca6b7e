// @vitest-environment jsdom
// 変更履歴 shows what changed in 計画 and 実績 (by year, by bar, by passage), the whole old and new
// value one click away.
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { renderApp } from './render-app.tsx';
import { api } from '../../renderer/api/client.ts';
import { seedPlan } from './fake-client.ts';

describe('変更履歴', () => {
  it('shows the changed years of 実績 and the changed bars of 計画, not the whole values', async () => {
    // The history lives in the DB: make the change through the same client the screen uses.
    const { screen, user } = await renderApp('#/history');
    const got = await api.getInitiative({ id: 't-01' });
    if (!got.ok) throw new Error(got.error.message);
    const { version, ...it } = got.value;
    const old2024 = it.results.find((r) => r.fiscalYear === 2024)!.text;
    const first = it.schedule[0]!;
    const r = await api.saveInitiative({ id: 't-01', version, initiative: {
      ...it, schedule: [{ ...first, label: `${first.label}(全庁)` }, ...it.schedule.slice(1)],
      results: [{ fiscalYear: 2024, text: old2024.replace('2月から', '1月から') }, { fiscalYear: 2025, text: '・全課に展開しました。' }],
    } });
    expect(r.ok).toBe(true);
    window.dispatchEvent(new CustomEvent('plan-desk:history-changed'));
    await screen.findByText('No.1「書かない窓口の導入」を編集');
    await user.click(screen.getByText(/変更内容\(2項目\)/));

    const results = document.querySelector<HTMLElement>('td.change[data-field="results"]')!;
    const years = [...results.querySelectorAll<HTMLElement>('li[data-fiscal-year]')];
    expect(years.map((y) => y.dataset.fiscalYear)).toEqual(['2024', '2025']);
    expect([...years[0]!.querySelectorAll('del')].map((d) => d.textContent).join()).toContain('2');
    expect([...years[0]!.querySelectorAll('ins')].map((d) => d.textContent).join()).toContain('1');
    expect(years[1]!.textContent).toContain('(記入)');
    expect(years[1]!.querySelector('ins')!.textContent).toBe('・全課に展開しました。');

    const schedule = document.querySelector<HTMLElement>('td.change[data-field="schedule"]')!;
    expect(schedule.querySelector('del')!.textContent).toContain(first.label);
    expect(schedule.querySelector('ins')!.textContent).toContain(`${first.label}(全庁)`);
    expect(schedule.querySelectorAll('li')).toHaveLength(2);

    const whole = results.querySelector('details.whole-value')!;
    expect(whole.hasAttribute('open')).toBe(false);
    await user.click(whole.querySelector('summary')!);
    await waitFor(() => expect(whole.hasAttribute('open')).toBe(true));
    expect(whole.querySelector('.old')!.textContent).toContain(old2024);
    expect(whole.querySelector('.new')!.textContent).toContain('2025年度: ・全課に展開しました。');
  });

  it('names the 要確認 marks that went by their field, and the initiative a move renumbered', async () => {
    const { screen, user } = await renderApp('#/history', seedPlan());
    const got = await api.getInitiative({ id: 'seed-04' });
    if (!got.ok) throw new Error(got.error.message);
    const { version, ...it } = got.value;
    expect(it.reviewMarks?.map((m) => m.field)).toEqual(['purpose', 'results.2024']);
    const saved = await api.saveInitiative({ id: it.id, version, initiative: { ...it, purpose: `${it.purpose.replace(/…$/, '')}促進を図ります。` } });
    expect(saved.ok).toBe(true);
    expect((await api.moveInitiative({ id: it.id, position: 2 })).ok).toBe(true);
    window.dispatchEvent(new CustomEvent('plan-desk:history-changed'));

    // The move names what moved, from where to where.
    await screen.findByText(`No.4「${it.title}」の順番を変更(重点取組事項の2番目、No.2へ)`);
    await screen.findByText(`No.4「${it.title}」を編集`);
    await user.click(screen.getByText(/変更内容\(2項目\)/));
    const marks = document.querySelector<HTMLElement>('td.change[data-field="reviewMarks"]')!;
    const items = [...marks.querySelectorAll('.change-list li')].map((li) => li.textContent);
    expect(items).toEqual(['外れた要確認目的']);
    expect(marks.textContent).not.toMatch(/purpose|results\.2024/);
    await user.click(marks.querySelector('details.whole-value summary')!);
    expect(marks.querySelector('.old')!.textContent).toContain('2024年度の実績: 公表版の転記で');
  });
});
