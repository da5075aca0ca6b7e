// Conflicts: two 課 disagreeing on a shared initiative, and a DB edit after sending that a return
// contradicts. Neither can be applied until the coordinator decides; then the decision applies.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../electron/cli/io.ts';
import { FormEditor, fileInput, setupRound, type RoundFixture } from './helpers.ts';

let fx: RoundFixture | null = null;
afterEach(() => { fx?.db.close(); fx = null; });

async function answer(f: RoundFixture, department: string, text: string, name: string): Promise<string> {
  const form = await FormEditor.open(f.form(department));
  form.resultCell('t-01', 2025).value = text;
  return form.save(join(f.dir, name));
}

describe('conflicts', () => {
  it('two 課 sharing an initiative and answering differently', async () => {
    fx = await setupRound();
    const a = await answer(fx, 'デジタル推進課', '5か所に拡大しました。', 'a.xlsx');
    const b = await answer(fx, '市民課', '6か所に拡大しました。', 'b.xlsx');
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(a), fileInput(b)] });
    expect(report.counts).toMatchObject({ open: 1, openConflicts: 1 });
    expect(report.files.map((f) => f.changes.map((c) => [c.field, c.state, c.conflicts]))).toEqual([
      [['result', 'open', ['departments']]], [['result', 'open', ['departments']]],
    ]);
    const roundId = fx.round.round.id;
    await expect(call(fx.db, fx.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ initiativeId: 't-01', field: 'result', action: 'accept' }] }))
      .rejects.toThrow(/課によって回答が違います/);
    await expect(call(fx.db, fx.dbPath, 'applySurveyChanges', { roundId })).rejects.toThrow(/反映する判断がありません\(未決定 1 件\)/);
    await call(fx.db, fx.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ initiativeId: 't-01', field: 'result', action: 'accept', department: '市民課' }] });
    await call(fx.db, fx.dbPath, 'applySurveyChanges', { roundId });
    const t01 = await call(fx.db, fx.dbPath, 'getInitiative', { id: 't-01' });
    expect(t01.results.find((r) => r.fiscalYear === 2025)?.text).toBe('6か所に拡大しました。');
    expect(fx.db.prepare("SELECT b.source FROM change_batch b JOIN change_entry e ON e.batch_id = b.id WHERE e.entity = 'initiative'").get()).toEqual({ source: 'b.xlsx' });
  });

  it('two 課 giving the same answer is one change, not a conflict', async () => {
    fx = await setupRound();
    const a = await answer(fx, 'デジタル推進課', '5か所に拡大しました。', 'a.xlsx');
    const b = await answer(fx, '市民課', '5か所に拡大しました。', 'b.xlsx');
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(a), fileInput(b)] });
    expect(report.counts).toMatchObject({ open: 1, openConflicts: 0 });
  });

  it('a DB edit after sending and a return changing the same field differently', async () => {
    fx = await setupRound();
    fx.db.prepare("INSERT INTO result (initiative_id, fiscal_year, pos, text) VALUES ('t-01', 2025, 1, '台帳で先に記入した実績')").run();
    const a = await answer(fx, 'デジタル推進課', '課が記入した実績', 'a.xlsx');
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(a)] });
    expect(report.files[0]!.changes).toEqual([expect.objectContaining({ field: 'result', state: 'open', conflict: true, conflicts: ['db'], before: '台帳で先に記入した実績', after: '課が記入した実績' })]);
    const roundId = fx.round.round.id;
    await expect(call(fx.db, fx.dbPath, 'applySurveyChanges', { roundId })).rejects.toThrow(/未決定 1 件/);
    // Keeping the DB value resolves it; nothing is written.
    const review = await call(fx.db, fx.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ initiativeId: 't-01', field: 'result', action: 'reject' }] });
    expect(review.counts).toMatchObject({ open: 0, rejected: 1 });
    await expect(call(fx.db, fx.dbPath, 'applySurveyChanges', { roundId })).rejects.toThrow(/反映する判断がありません\(すべて反映済みか、現在のままです\)/);
  });

  it('a new return after a decision voids it (the situation changed)', async () => {
    fx = await setupRound();
    const roundId = fx.round.round.id;
    await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await answer(fx, 'デジタル推進課', '案A', 'a.xlsx'))] });
    await call(fx.db, fx.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ initiativeId: 't-01', field: 'result', action: 'accept' }] });
    await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await answer(fx, '市民課', '案B', 'b.xlsx'))] });
    const review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId });
    expect(review.items[0]).toMatchObject({ state: 'open', conflict: true, decision: null, reopened: { reasons: ['市民課の回答(b.xlsx)が新しく届きました。'] } });
  });

  it('a second return of the same 課 replaces the first, which is kept', async () => {
    fx = await setupRound();
    const roundId = fx.round.round.id;
    await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await answer(fx, '市民課', '第1版', 'v1.xlsx'))] });
    const second = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await answer(fx, '市民課', '第2版', 'v2.xlsx'))] });
    expect(second.files[0]).toMatchObject({ status: 'replaced' });
    expect(second.files[0]!.message).toMatch(/v1\.xlsx/);
    const review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId });
    expect(review.items.map((i) => i.proposals.map((p) => p.value))).toEqual([['第2版']]);
    const status = await call(fx.db, fx.dbPath, 'getSurveyStatus', { roundId });
    expect(status.departments.find((d) => d.department === '市民課')!.returns.map((r) => [r.fileName, r.active])).toEqual([['v1.xlsx', false], ['v2.xlsx', true]]);
    const dup = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(join(fx.dir, 'v2.xlsx'))] });
    expect(dup.files[0]!.status).toBe('duplicate');
    const stored = await call(fx.db, fx.dbPath, 'getSurveyReturnFile', { returnId: status.departments[1]!.returns[0]!.id });
    expect(Buffer.from(stored.base64!, 'base64')).toEqual(Buffer.from(fileInput(join(fx.dir, 'v1.xlsx')).base64, 'base64'));
  });
});
