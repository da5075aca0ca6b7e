// @vitest-environment jsdom
// 取組一覧 against the fake client: the filters narrow what is shown and say how many.
import { describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { renderApp } from './render-app.tsx';

const rowsShown = () => [...document.querySelectorAll<HTMLTableRowElement>('tbody tr[data-no]')].map((r) => Number(r.dataset.no));

describe('取組一覧', () => {
  it('shows every initiative of the plan in its two groups', async () => {
    const { screen } = await renderApp('#/list');
    expect(await screen.findByText('(1)重点取組事項')).toBeTruthy();
    expect(rowsShown().length).toBeGreaterThan(1);
    expect(screen.getByRole('status', { name: '' }).textContent ?? '').toMatch(/全\d+件/);
  });

  it('narrows by free text and says how many of all are shown', async () => {
    const { screen, user } = await renderApp('#/list');
    const all = rowsShown().length;
    await user.type(screen.getByLabelText('検索(Ctrl+F)'), '書かない窓口');
    expect(rowsShown()).toEqual([1]);
    expect(document.querySelector('.result-count')?.textContent).toBe(`${all}件中 1件を表示`);
    const group = screen.getByRole('region', { name: /重点取組事項/ });
    expect(within(group).getByText('書かない窓口の導入')).toBeTruthy();
  });
});
