// @vitest-environment jsdom
// The detail page steps through the list as filtered (前の取組 / 次の取組, Alt+←/→) without
// renumbering anything; reordering is the editor's 「順番を変える…」, asked first.
import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/react';
import { renderApp } from './render-app.tsx';
import { seedPlan } from './fake-client.ts';
import { api } from '../../renderer/api/client.ts';
import { emptyFilter } from '../../shared/editing/filters.ts';

const sheetNo = () => document.querySelector('.sheet-title .no')?.textContent;
const numbers = async () => {
  const r = await api.dumpPlan({});
  if (!r.ok) throw new Error(r.error.message);
  return r.value.initiatives.map((i) => `${i.id}:${i.no}`);
};

describe('前の取組 / 次の取組', () => {
  it('steps No.1 → No.2 → No.3 → No.2 and leaves every No. as it was', async () => {
    const { screen, user, fake } = await renderApp('#/initiative/seed-01', seedPlan());
    const before = await numbers();
    expect(sheetNo()).toBe('1');
    expect(screen.getByRole('button', { name: '‹ 前の取組' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: '次の取組 ›' }));
    await waitFor(() => expect(sheetNo()).toBe('2'));
    await user.click(screen.getByRole('button', { name: '次の取組 ›' }));
    await waitFor(() => expect(sheetNo()).toBe('3'));
    expect(screen.getByText('一覧の 43件中 3件目')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '‹ 前の取組' }));
    await waitFor(() => expect(sheetNo()).toBe('2'));
    expect(fake.callsOf('moveInitiative')).toEqual([]);
    expect(await numbers()).toEqual(before);
  });

  it('keeps the list filter and answers Alt+←/→', async () => {
    sessionStorage.setItem('plan-desk.list-state', JSON.stringify({ filter: { ...emptyFilter, departments: ['デジタル推進課'] }, sort: 'no', dir: 'asc' }));
    const doc = seedPlan();
    const withDept = doc.initiatives.filter((i) => i.departments.includes('デジタル推進課')).map((i) => String(i.no));
    expect(withDept.length).toBeGreaterThan(2);
    const { screen } = await renderApp('#/initiative/seed-01', doc, { keepSession: true });
    expect(screen.getByText(`絞り込んだ一覧の ${withDept.length}件中 1件目`)).toBeTruthy();
    fireEvent.keyDown(window, { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(sheetNo()).toBe(withDept[1]));
    fireEvent.keyDown(window, { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(sheetNo()).toBe(withDept[2]));
    fireEvent.keyDown(window, { key: 'ArrowLeft', altKey: true });
    await waitFor(() => expect(sheetNo()).toBe(withDept[1]));
  });
});

describe('順番を変える…', () => {
  it('moves No.3 to the first place of its group only after the confirmation', async () => {
    const { screen, user } = await renderApp('#/edit/seed-03', seedPlan());
    await user.click(await screen.findByRole('button', { name: '順番を変える…' }));
    await user.selectOptions(screen.getByLabelText('移動先'), '1');
    await user.click(screen.getByRole('button', { name: 'この位置へ移す…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('No.3「保育所等におけるICTの活用」を重点取組事項の 1番目へ移します');
    expect(dialog.textContent).toContain('No.1 になり、ほかの 2件の No. が1つずつずれます');
    await user.click(screen.getByRole('button', { name: 'キャンセル' }));
    expect((await numbers()).slice(0, 3)).toEqual(['seed-01:1', 'seed-02:2', 'seed-03:3']);
    await user.click(screen.getByRole('button', { name: 'この位置へ移す…' }));
    await user.click(await screen.findByRole('button', { name: '順番を変える' }));
    await waitFor(async () => expect((await numbers()).slice(0, 4)).toEqual(['seed-03:1', 'seed-01:2', 'seed-02:3', 'seed-04:4']));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('取組の編集 No.1'));
  });
});
