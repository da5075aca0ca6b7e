// @vitest-environment jsdom
// The list's 実施課 filter (a searchable checkbox list) and where a search matched.
import { describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { renderApp } from './render-app.tsx';
import { seedPlan } from './fake-client.ts';
import { liveMarks } from '../../shared/domain/review-marks.ts';

const rowsShown = () => [...document.querySelectorAll<HTMLTableRowElement>('tbody tr[data-no]')].map((r) => Number(r.dataset.no));

describe('実施課 filter', () => {
  it('is a checkbox list with a search box; several 課 add up; 解除 clears', async () => {
    const doc = seedPlan();
    const { screen, user } = await renderApp('#/list', doc);
    await user.click(screen.getByRole('button', { name: /^実施課 / }));
    const panel = screen.getByRole('group', { name: '実施課で絞り込む' });
    expect(within(panel).getAllByRole('checkbox')).toHaveLength(doc.departments.length);
    await user.type(within(panel).getByLabelText('課名で探す'), 'ない課名');
    expect(within(panel).queryAllByRole('checkbox')).toHaveLength(0);
    expect(within(panel).getByText('「ない課名」に合う課はありません')).toBeTruthy();
    await user.clear(within(panel).getByLabelText('課名で探す'));
    await user.type(within(panel).getByLabelText('課名で探す'), '保育');
    await user.click(within(panel).getByLabelText('保育課'));
    await user.clear(within(panel).getByLabelText('課名で探す'));
    await user.click(within(panel).getByLabelText('産業振興課'));
    const want = doc.initiatives.filter((i) => i.departments.some((d) => d === '保育課' || d === '産業振興課')).map((i) => i.no).sort((a, b) => a - b);
    expect(rowsShown().sort((a, b) => a - b)).toEqual(want);
    expect(screen.getByRole('button', { name: /^実施課 / }).textContent).toContain('保育課、産業振興課');
    await user.click(within(panel).getByRole('button', { name: '選択を解除' }));
    expect(rowsShown()).toHaveLength(doc.initiatives.length);
  });
});

describe('search', () => {
  it('shows the field and passage a row matched in when it is not a column on screen', async () => {
    const { screen, user } = await renderApp('#/list', seedPlan());
    await user.type(screen.getByLabelText('検索(Ctrl+F)'), 'キャッシュレス');
    const row3 = document.querySelector<HTMLElement>('tr[data-no="3"]')!;
    const place = row3.querySelector('.match-place')!;
    expect(place.querySelector('.match-field')!.textContent).toBe('実績(2024年度)');
    expect(place.querySelector('mark')!.textContent).toBe('キャッシュレス');
    // No.2 has it in its title, on screen already: no extra line.
    expect(document.querySelector('tr[data-no="2"] .match-place')).toBeNull();
  });

  it('finds the passage as written when the query is typed in half-width kana', async () => {
    const { screen, user } = await renderApp('#/list', seedPlan());
    await user.type(screen.getByLabelText('検索(Ctrl+F)'), 'ｷｬｯｼｭﾚｽ');
    expect(document.querySelector('tr[data-no="3"] .match-place mark')!.textContent).toBe('キャッシュレス');
  });
});

describe('要確認あり', () => {
  it('names, in each row it shows, the fields that need checking', async () => {
    const doc = seedPlan();
    const { screen, user } = await renderApp('#/list', doc);
    expect(document.querySelector('.review-place')).toBeNull(); // only under the filter
    await user.click(screen.getByLabelText('要確認あり'));
    const no4 = doc.initiatives.find((i) => i.no === 4)!;
    expect(liveMarks(no4).map((m) => m.field)).toEqual(['purpose', 'results.2024']);
    expect(document.querySelector('tr[data-no="4"] .review-place')!.textContent).toBe('要確認: 目的、2024年度の実績');
    const rows = [...document.querySelectorAll<HTMLElement>('tbody tr[data-no]')];
    expect(rows.length).toBe(doc.initiatives.filter((i) => liveMarks(i).length > 0).length);
    expect(rows.every((r) => r.querySelector('.review-place') !== null)).toBe(true);
  });
});
