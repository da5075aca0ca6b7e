// @vitest-environment jsdom
// A round's tabs as a coordinator clicks through them: on 確認・反映 an item decided stays where it
// was (the next item's button must not slide under the pointer) and an apply that leaves an item
// out names its file and cell; on 照会先・メール the drafts without a To stay listed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, waitFor, within } from '@testing-library/react';
import { App } from '../../renderer/app/App.tsx';
import { api } from '../../renderer/api/client.ts';
import { go, renderApp } from '../screens/render-app.tsx';
import { tempDir } from '../helpers.ts';
import { bufferInput, FormEditor } from './helpers.ts';

async function roundWithAnswers(answers: [department: string, initiativeId: string, text: string][]) {
  const created = await api.createSurveyRound({ name: '照会', fiscalYear: 2025 });
  if (!created.ok) throw new Error(created.error.message);
  const dir = tempDir('plan-desk-review-screen-');
  for (const [department, id, text] of answers) {
    const path = join(dir, `${department}.xlsx`);
    writeFileSync(path, Buffer.from(created.value.files.find((f) => f.department === department)!.base64!, 'base64'));
    const form = await FormEditor.open(path);
    form.resultCell(id, 2025).value = text;
    const r = await api.importSurveyReturns({ files: [bufferInput(`${department}.xlsx`, Buffer.from(await form.wb.xlsx.writeBuffer()))] });
    if (!r.ok) throw new Error(r.error.message);
  }
  return created.value.round.id;
}

describe('確認・反映', () => {
  it('keeps an item decided 現在のまま in view until the filter changes', async () => {
    const { screen, user } = await renderApp('#/list');
    const roundId = await roundWithAnswers([['市民課', 't-01', '市民課の実績'], ['職員課', 't-02', '職員課の実績']]);
    await go(`#/survey/${roundId}`);
    await user.click(await screen.findByRole('tab', { name: '確認・反映' }));
    const first = await screen.findByRole('article', { name: 'No.1 実績' });
    await user.click(within(first).getByRole('button', { name: '現在のまま' }));
    await waitFor(() => expect(screen.getByLabelText('件数', { selector: 'p' }).textContent).toMatch(/不採用 1件/));
    const still = screen.getByRole('article', { name: 'No.1 実績' });
    expect(still.dataset.state).toBe('rejected');
    expect(screen.getByRole('article', { name: 'No.2 実績' }).dataset.state).toBe('open');
    // Another filter, then back: the default list shows what is left to do.
    await user.selectOptions(screen.getByLabelText('表示'), 'all');
    await user.selectOptions(screen.getByLabelText('表示'), 'todo');
    expect(screen.queryByRole('article', { name: 'No.1 実績' })).toBeNull();
  });

  it('comes back on the tab it was on after a reload', async () => {
    const { screen, user, unmount } = await renderApp('#/list');
    const roundId = await roundWithAnswers([['市民課', 't-01', '市民課の実績']]);
    await go(`#/survey/${roundId}`);
    await user.click(await screen.findByRole('tab', { name: '確認・反映' }));
    unmount();
    render(<App />);
    expect((await screen.findByRole('tab', { name: '確認・反映' })).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('article', { name: 'No.1 実績' })).toBeTruthy();
  });

  it('refuses to overwrite a decision another window made meanwhile, and says so', async () => {
    const { screen, user } = await renderApp('#/list');
    const roundId = await roundWithAnswers([['市民課', 't-01', '市民課の実績']]);
    await go(`#/survey/${roundId}`);
    await user.click(await screen.findByRole('tab', { name: '確認・反映' }));
    const item = await screen.findByRole('article', { name: 'No.1 実績' });
    // Another window edits the text; this one has not reloaded.
    await api.decideSurveyChanges({ roundId, decisions: [{ initiativeId: 't-01', field: 'result', action: 'edit', value: '別の窓で直した文', seenDecisionId: null }] });
    await user.click(within(item).getByRole('button', { name: '現在のまま' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/別の画面\(または別の人\)がこの項目の判断を変えています\(今は「編集して採用」/);
    const r = await api.getSurveyReview({ roundId });
    expect(r.ok && r.value.items[0]!.decision).toMatchObject({ action: 'edit', value: '別の窓で直した文' });
  });

  it('shows a decided conflict without the red 競合 badge, as settled', async () => {
    const { screen, user } = await renderApp('#/list');
    const roundId = await roundWithAnswers([['デジタル推進課', 't-01', '案A'], ['市民課', 't-01', '案B']]);
    await go(`#/survey/${roundId}`);
    await user.click(await screen.findByRole('tab', { name: '確認・反映' }));
    const open = await screen.findByRole('article', { name: 'No.1 実績' });
    expect(within(open).getByText('競合')).toBeTruthy();
    await user.click(within(open).getByRole('button', { name: '市民課の回答を採用' }));
    await waitFor(() => expect(screen.getByRole('article', { name: 'No.1 実績' }).dataset.state).toBe('decided'));
    const decided = screen.getByRole('article', { name: 'No.1 実績' });
    expect(within(decided).queryByText('競合')).toBeNull();
    expect(within(decided).getByText(/課によって回答が違います\(判断済み\)/)).toBeTruthy();
  });

  it('names the item an apply left out, with its file and cell', async () => {
    const { screen, user, fake } = await renderApp('#/list');
    const roundId = await roundWithAnswers([['市民課', 't-01', '市民課の実績'], ['職員課', 't-02', '職員課の実績']]);
    // As an older version stored it: a control character inside 職員課's answer.
    const row = fake.db.prepare("SELECT id, blocks_json FROM survey_return WHERE department = '職員課'").get() as { id: number; blocks_json: string };
    fake.db.prepare('UPDATE survey_return SET blocks_json = ? WHERE id = ?').run(row.blocks_json.replace('職員課の実績', '職員課\\u0007の実績'), row.id);
    await go(`#/survey/${roundId}`);
    await user.click(await screen.findByRole('tab', { name: '確認・反映' }));
    await user.click(await screen.findByRole('button', { name: /競合のない未決定 2件をすべて採用/ }));
    await user.click(screen.getByRole('button', { name: '反映する' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '反映する' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/次の 1件は反映していません:\nNo\.2 実績: 職員課の回答\(職員課\.xlsx 回答!C\d+\)に計画に保存できない見えない文字\(U\+0007\)/);

    // 編集して採用 from that answer shows the invisible character and takes it out.
    const item = screen.getByRole('article', { name: 'No.2 実績' });
    await user.click(within(item).getByRole('button', { name: '職員課の回答から編集' }));
    expect(within(item).getByRole('alert').textContent).toMatch(/見えない文字\(U\+0007\)があり、このままでは採用できません/);
    const adopt = within(item).getByRole('button', { name: 'この内容で採用' }) as HTMLButtonElement;
    expect(adopt.disabled).toBe(true);
    await user.click(within(item).getByRole('button', { name: /見えない文字を取り除く/ }));
    expect((within(item).getByLabelText('編集後の値') as HTMLTextAreaElement).value).toBe('職員課の実績');
    await user.click(adopt);
    await waitFor(() => expect(within(screen.getByRole('article', { name: 'No.2 実績' })).getByLabelText('判断', { exact: true }).textContent).toMatch(/編集して採用/));
  });
});

describe('照会を作成', () => {
  it('brings the notice with the protection password to where the coordinator looks', async () => {
    const { screen, user } = await renderApp('#/survey');
    await user.click(await screen.findByRole('button', { name: '照会を作成して様式を zip でダウンロード' }));
    const notice = await waitFor(() => {
      const p = screen.getAllByRole('status').find((e) => /を作成しました/.test(e.textContent ?? '') && e.classList.contains('notice'));
      expect(p).toBeTruthy();
      return p!;
    });
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(notice.textContent).toMatch(/を作成しました\(3課分の様式\)。\nシート保護のパスワード: /);
  });
});

describe('照会先・メール', () => {
  it('lists the drafts without a mail address where they stay, not only in a toast', async () => {
    const { screen, user } = await renderApp('#/list');
    const roundId = await roundWithAnswers([]);
    await go(`#/survey/${roundId}`);
    await user.click(await screen.findByRole('tab', { name: '照会先・メール' }));
    expect(screen.getByText('追加する課を選んでください。')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: '未回答の課(3課)の下書き' }));
    const note = await screen.findByRole('status', { name: 'メールの下書きの結果' });
    expect(note.textContent).toBe('メールの下書き(3通)を保存しました: 照会_メール下書き.zip。\n宛先が空の下書き 3通(課の一覧にメールアドレスがない課。Outlook で開いてから宛先を入れてください): デジタル推進課、市民課、職員課');
  });
});
