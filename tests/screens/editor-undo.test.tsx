// @vitest-environment jsdom
// The editor's save bar (unsaved state, 保存), and Ctrl+Z outside a text field: it names the saved
// change and asks before taking it back.
import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/react';
import { renderApp, go } from './render-app.tsx';
import { api } from '../../renderer/api/client.ts';

const title = async (id: string) => {
  const r = await api.getInitiative({ id });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.title;
};

describe('the editor', () => {
  it('shows the unsaved state in its bar and saves from it', async () => {
    const { screen, user } = await renderApp('#/edit/t-01');
    const state = await screen.findByText('保存済み');
    await user.clear(screen.getByLabelText('取組内容(名称)'));
    await user.type(screen.getByLabelText('取組内容(名称)'), '書かない窓口の全庁展開');
    expect(state.textContent).toBe('● 未保存の変更があります');
    expect(state.closest('.editor-head')?.querySelector('button[type="submit"]')?.textContent).toBe('保存(Ctrl+S)');
    await user.click(screen.getByRole('button', { name: '保存(Ctrl+S)' }));
    await waitFor(() => expect(state.textContent).toBe('保存済み'));
    expect(await title('t-01')).toBe('書かない窓口の全庁展開');
  });

  it('refuses an empty title at the field and saves nothing', async () => {
    const { screen, user, fake } = await renderApp('#/edit/t-01');
    await user.clear(await screen.findByLabelText('取組内容(名称)'));
    await user.click(screen.getByRole('button', { name: '保存(Ctrl+S)' }));
    expect((await screen.findAllByRole('alert')).map((a) => a.textContent).join()).toMatch(/保存できません/);
    expect(screen.getByLabelText('取組内容(名称)').getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsOf('saveInitiative')).toEqual([]);
  });
});

describe('Ctrl+Z outside a text field', () => {
  it('names the change to be taken back; キャンセル keeps it, 元に戻す takes it back', async () => {
    const { screen, user, fake } = await renderApp('#/edit/t-01');
    await user.clear(await screen.findByLabelText('取組内容(名称)'));
    await user.type(screen.getByLabelText('取組内容(名称)'), '別の名前');
    await user.click(screen.getByRole('button', { name: '保存(Ctrl+S)' }));
    await waitFor(async () => expect(await title('t-01')).toBe('別の名前'));
    await go('#/list');
    await screen.findByText('(1)重点取組事項');

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('No.1「別の名前」を編集');
    expect(dialog.textContent).toContain('テスト担当');
    expect(dialog.textContent).toContain('取組内容');
    await user.click(screen.getByRole('button', { name: 'キャンセル' }));
    expect(fake.callsOf('undo')).toEqual([]);
    expect(await title('t-01')).toBe('別の名前');

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await user.click(await screen.findByRole('button', { name: '元に戻す' }));
    await waitFor(async () => expect(await title('t-01')).toBe('書かない窓口の導入'));
    expect(fake.callsOf('undo')).toHaveLength(1);
  });

  it('in a text field leaves Ctrl+Z to the field', async () => {
    const { screen, fake } = await renderApp('#/list');
    const search = await screen.findByLabelText('検索(Ctrl+F)');
    fireEvent.keyDown(search, { key: 'z', ctrlKey: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsOf('listHistory')).toEqual([]);
  });
});
