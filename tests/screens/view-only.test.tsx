// @vitest-environment jsdom
// A plan open for viewing only (another terminal holds it): the screens offer no edit that the
// store would refuse — no 元に戻す in 変更履歴, no 編集/削除 on the sheet, no 追加 in the list.
import { describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { go, renderApp } from './render-app.tsx';
import { api } from '../../renderer/api/client.ts';
import { markViewOnly } from '../../electron/store/view-only.ts';

const holder = { reason: '「アプリ」(端末「PC-01」、2026/12/1 9:00:00 から)が編集中', holder: { holder: 'アプリ', host: 'PC-01', since: '2026-12-01T00:00:00Z', pid: 1 } };

describe('viewing only', () => {
  it('while editable, the history offers 元に戻す (the control case)', async () => {
    const { screen } = await renderApp('#/history', undefined, {
      before: async () => {
        const got = await api.getInitiative({ id: 't-01' });
        if (!got.ok) throw new Error(got.error.message);
        const { version, ...it } = got.value;
        expect((await api.saveInitiative({ id: it.id, version, initiative: { ...it, title: '保持側で保存した名前' } })).ok).toBe(true);
      },
    });
    await screen.findAllByText(/保持側で保存した名前」を編集/);
    expect((screen.getAllByRole('button', { name: /「.*」を元に戻す/ })[0]! as HTMLButtonElement).disabled).toBe(false);
  });

  it('once view-only: no undo, edit, delete or add', async () => {
    const { screen, user } = await renderApp('#/history', undefined, {
      before: async (fake) => {
        const got = await api.getInitiative({ id: 't-01' });
        if (!got.ok) throw new Error(got.error.message);
        const { version, ...it } = got.value;
        expect((await api.saveInitiative({ id: it.id, version, initiative: { ...it, title: '保持側で保存した名前' } })).ok).toBe(true);
        markViewOnly(fake.db, holder);
      },
    });
    await screen.findAllByText(/保持側で保存した名前」を編集/);
    expect((screen.getAllByRole('button', { name: /「.*」を元に戻す/ })[0]! as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: /^元に戻す\(Ctrl\+Z\)/ }) as HTMLButtonElement).disabled).toBe(true);
    await go('#/list');
    expect((await screen.findByRole('button', { name: '新しい取組を追加' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('link', { name: '保持側で保存した名前' }));
    const panel = await screen.findByRole('region', { name: 'この取組の履歴' });
    expect((within(panel).getByRole('button', { name: /を元に戻す/ }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: /^編集$/ }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: /^削除$/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
