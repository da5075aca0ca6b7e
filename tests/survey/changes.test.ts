// A return edited the way a 課 edits it gives exactly the expected changes; applying writes them
// with the file name in the audit trail; undo restores the plan exactly.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../electron/cli/io.ts';
import { listBackups } from '../../electron/store/backup.ts';
import { FormEditor, fileInput, setupRound, type RoundFixture } from './helpers.ts';

let fx: RoundFixture | null = null;
afterEach(() => { fx?.db.close(); fx = null; });

/** デジタル推進課's form with results typed, a bar moved, a lane added and a comment. */
async function editedReturn(f: RoundFixture): Promise<string> {
  const form = await FormEditor.open(f.form('デジタル推進課'));
  form.resultCell('t-01', 2025).value = '・窓口を５か所に拡大しました。\r\n・利用者 ３，２００人';
  form.setBar('t-01', 1, ['運用', '2026年度', '2026年度', '1']); // 運用 moved from 2025-2026 to 2026
  form.setBar('t-02', 3, ['効果検証', '2026年度', '2026年度', null]); // a new bar, lane left to the app
  form.input('t-02', 'コメント').value = '研修の予算は要求中です。';
  return form.save(join(f.dir, '回答_デジタル推進課.xlsx'));
}

const roundId = (f: RoundFixture) => f.round.round.id;

describe('changes from a return', () => {
  it('are exactly the fields the 課 changed, read as typed (digits folded, 、。 kept)', async () => {
    fx = await setupRound();
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await editedReturn(fx))] });
    const file = report.files[0]!;
    expect(file.status).toBe('accepted');
    expect(file.comments).toBe(1);
    expect(file.changes.map((c) => [c.initiativeId, c.field, c.state, c.conflict])).toEqual([
      ['t-01', 'result', 'open', false], ['t-01', 'schedule', 'open', false], ['t-02', 'schedule', 'open', false],
    ]);
    expect(file.changes[0]!.after).toBe('・窓口を5か所に拡大しました。\n・利用者 3,200人'.replace('3,200', '3，200'));
    expect(file.changes[0]!.cell).toMatch(/^回答!C\d+$/);
    const review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId: roundId(fx) });
    const t02 = review.items.find((i) => i.initiativeId === 't-02')!;
    expect(t02.proposals[0]!.value).toEqual([
      { label: '研修の実施', from: 2024, to: 2024, lane: 0 },
      { label: '研修の実施', from: 2025, to: 2025, lane: 0 },
      { label: 'リーダー育成', from: 2025, to: 2026, lane: 1 },
      { label: '効果検証', from: 2026, to: 2026, lane: 0 },
    ]);
    expect(review.comments).toEqual([expect.objectContaining({ initiativeId: 't-02', department: 'デジタル推進課', text: '研修の予算は要求中です。' })]);
  });

  it('apply writes only accepted changes, after a backup, audited with the file name; undo restores the plan', async () => {
    fx = await setupRound();
    const before = await call(fx.db, fx.dbPath, 'dumpPlan', {});
    await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await editedReturn(fx))] });
    await expect(call(fx.db, fx.dbPath, 'applySurveyChanges', { roundId: roundId(fx) })).rejects.toThrow(/反映する判断がありません\(未決定 3 件\)/);
    await call(fx.db, fx.dbPath, 'decideSurveyChanges', { roundId: roundId(fx), decisions: [
      { initiativeId: 't-01', field: 'result', action: 'accept' },
      { initiativeId: 't-01', field: 'schedule', action: 'reject' },
      { initiativeId: 't-02', field: 'schedule', action: 'accept' },
    ] });
    const applied = await call(fx.db, fx.dbPath, 'applySurveyChanges', { roundId: roundId(fx) });
    expect(applied).toMatchObject({ fields: 2, initiatives: 2, items: 2, open: 0 });
    expect(applied.backupPath).toMatch(/backups[\\/]plan-\d{8}-\d{6}-survey-apply\.db$/);
    expect(listBackups(fx.dbPath).map((b) => b.reason)).toContain('survey-apply');

    const t01 = await call(fx.db, fx.dbPath, 'getInitiative', { id: 't-01' });
    expect(t01.results.find((r) => r.fiscalYear === 2025)?.text).toBe('・窓口を5か所に拡大しました。\n・利用者 3，200人');
    expect(t01.schedule).toEqual(before.initiatives[0]!.schedule); // rejected
    const t02 = await call(fx.db, fx.dbPath, 'getInitiative', { id: 't-02' });
    expect(t02.schedule.map((b) => b.label)).toContain('効果検証');
    const sources = fx.db.prepare("SELECT DISTINCT b.source FROM change_batch b JOIN change_entry e ON e.batch_id = b.id WHERE e.entity = 'initiative'").all();
    expect(sources).toEqual([{ source: '回答_デジタル推進課.xlsx' }]);

    // Applied changes now read as 反映済; nothing left to apply.
    const review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId: roundId(fx) });
    expect(review.items.map((i) => [i.initiativeId, i.field, i.state])).toEqual([['t-01', 'result', 'applied'], ['t-01', 'schedule', 'rejected'], ['t-02', 'schedule', 'applied']]);

    await call(fx.db, fx.dbPath, 'undoSurveyApply', { applyId: applied.applyId });
    expect(await call(fx.db, fx.dbPath, 'dumpPlan', {})).toEqual(before);
    // Undone: the decisions stand again, waiting for the next apply.
    const undone = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId: roundId(fx) });
    expect(undone.items.map((i) => i.state)).toEqual(['decided', 'rejected', 'decided']);
    const status = await call(fx.db, fx.dbPath, 'getSurveyStatus', { roundId: roundId(fx) });
    expect(status.applies[0]).toMatchObject({ id: applied.applyId, undoneBy: expect.any(String) });
    await expect(call(fx.db, fx.dbPath, 'undoSurveyApply', { applyId: applied.applyId })).rejects.toThrow(/取り消し済み/);
  });

  it('undo shows later edits of the same fields and needs force to overwrite them', async () => {
    fx = await setupRound();
    const before = await call(fx.db, fx.dbPath, 'dumpPlan', {});
    await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await editedReturn(fx))] });
    await call(fx.db, fx.dbPath, 'decideSurveyChanges', { roundId: roundId(fx), decisions: [{ initiativeId: 't-01', field: 'result', action: 'accept' }] });
    const applied = await call(fx.db, fx.dbPath, 'applySurveyChanges', { roundId: roundId(fx) });
    expect(applied.open).toBe(2);
    // A later edit of the same field (through the plan loader, as any editor would write it).
    const later = structuredClone(await call(fx.db, fx.dbPath, 'dumpPlan', {}));
    later.initiatives[0]!.results = [...later.initiatives[0]!.results.filter((r) => r.fiscalYear !== 2025), { fiscalYear: 2025, text: '後から直した実績' }];
    fx.db.prepare("UPDATE result SET text = '後から直した実績' WHERE initiative_id = 't-01' AND fiscal_year = 2025").run();
    fx.db.prepare("INSERT INTO change_batch (plan_id, at, who, source, summary) VALUES (1, '2099-01-01T00:00:00Z', '別の担当者', '画面', 'edit')").run();
    const batch = (fx.db.prepare('SELECT max(id) AS id FROM change_batch').get() as { id: number }).id;
    fx.db.prepare("INSERT INTO change_entry (batch_id, entity, entity_id, field, old_json, new_json) VALUES (?, 'initiative', 't-01', 'results', '[]', ?)").run(batch, JSON.stringify(later.initiatives[0]!.results));

    const refused = await call(fx.db, fx.dbPath, 'undoSurveyApply', { applyId: applied.applyId }).catch((e: unknown) => e as Error & { details?: { laterEdits: unknown[] } });
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toMatch(/反映の後に同じ項目が変更されています[\s\S]*No\.1 実績: 2099-01-01 00:00 別の担当者\(画面\)/);
    expect((refused as { details?: { laterEdits: unknown[] } }).details?.laterEdits).toHaveLength(1);
    const r = await call(fx.db, fx.dbPath, 'undoSurveyApply', { applyId: applied.applyId, force: true });
    expect(r.overwritten).toHaveLength(1);
    expect(await call(fx.db, fx.dbPath, 'dumpPlan', {})).toEqual(before);
  });

  it('a purpose proposal and an edited merged value', async () => {
    fx = await setupRound();
    const form = await FormEditor.open(fx.form('職員課'));
    form.input('t-02', '目的の修正案').value = '全職員のデジタルスキルを底上げします。';
    form.input('t-02', '活動内容の修正案').value = '=1+1'; // typed like a formula, stays text
    await form.save(join(fx.dir, 'r.xlsx'));
    await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(join(fx.dir, 'r.xlsx'))] });
    let review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId: roundId(fx) });
    expect(review.items.map((i) => [i.field, i.proposals[0]!.value])).toEqual([['purpose', '全職員のデジタルスキルを底上げします。'], ['activity', '=1+1']]);
    review = await call(fx.db, fx.dbPath, 'decideSurveyChanges', { roundId: roundId(fx), decisions: [
      { initiativeId: 't-02', field: 'purpose', action: 'edit', value: '全職員のデジタルスキルを高めます。' },
      { initiativeId: 't-02', field: 'activity', action: 'reject' },
    ] });
    expect(review.counts).toMatchObject({ decided: 1, rejected: 1, open: 0 });
    await call(fx.db, fx.dbPath, 'applySurveyChanges', { roundId: roundId(fx) });
    const t02 = await call(fx.db, fx.dbPath, 'getInitiative', { id: 't-02' });
    expect([t02.purpose, t02.activity]).toEqual(['全職員のデジタルスキルを高めます。', '研修を実施します。']);
    const src = fx.db.prepare("SELECT b.source FROM change_batch b JOIN change_entry e ON e.batch_id = b.id WHERE e.entity = 'initiative'").get();
    expect(src).toEqual({ source: 'r.xlsx(編集)' });
  });
});
