// Ctrl+Z / Ctrl+Y (the editing feature's generic undo) and a 庁内照会 apply: the generic undo
// refuses the apply's batches and points to 反映履歴, so the apply's own record (取り消し offered
// or not) always matches the plan; the survey's undo still works, and so does Ctrl+Z around it.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../electron/cli/io.ts';
import { sha256File } from '../helpers.ts';
import { FormEditor, fileInput, setupRound, type RoundFixture } from './helpers.ts';

let fx: RoundFixture | null = null;
afterEach(() => { fx?.db.close(); fx = null; });

/** Two returns (two files, so the apply writes two batches), both changes accepted and applied. */
async function applyTwoReturns(f: RoundFixture) {
  const a = await FormEditor.open(f.form('デジタル推進課'));
  a.resultCell('t-01', 2025).value = '・窓口を5か所に拡大しました。';
  const b = await FormEditor.open(f.form('職員課'));
  b.input('t-02', '目的の修正案').value = '全職員のデジタルスキルを高めます。';
  const files = [fileInput(await a.save(join(f.dir, '回答_デジタル推進課.xlsx'))), fileInput(await b.save(join(f.dir, '回答_職員課.xlsx')))];
  const roundId = f.round.round.id;
  await call(f.db, f.dbPath, 'importSurveyReturns', { files });
  await call(f.db, f.dbPath, 'decideSurveyChanges', { roundId, decisions: [
    { initiativeId: 't-01', field: 'result', action: 'accept' },
    { initiativeId: 't-02', field: 'purpose', action: 'accept' },
  ] });
  return call(f.db, f.dbPath, 'applySurveyChanges', { roundId });
}

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (err: unknown) => err as Error & { code?: string });
  expect(e, 'should have been refused').not.toBeNull();
  return e!;
};

describe('generic undo and a survey apply', () => {
  it('Ctrl+Z refuses an apply (by candidate or by number) and names 反映履歴; the DB stays byte-identical', async () => {
    fx = await setupRound();
    const applied = await applyTwoReturns(fx);
    const batches = fx.db.prepare('SELECT batch_id FROM survey_apply_batch WHERE apply_id = ?').pluck().all(applied.applyId) as number[];
    expect(batches).toHaveLength(2);
    const afterApply = await call(fx.db, fx.dbPath, 'dumpPlan', {});

    const h = await call(fx.db, fx.dbPath, 'listHistory', {});
    expect(batches).toContain(h.undo?.batchId);
    for (const id of batches) expect(h.batches.find((b) => b.id === id)).toMatchObject({ reversible: false });

    const hash = sha256File(fx.dbPath);
    for (const input of [{}, { batchId: batches[0]! }, { batchId: batches[1]! }]) {
      const e = await refusal(call(fx.db, fx.dbPath, 'undo', input));
      expect(e.message).toMatch(/庁内照会「2025年度実績照会」の反映.*「庁内照会」→「反映履歴」の「取り消し」/s);
    }
    expect(sha256File(fx.dbPath)).toBe(hash);
    expect(await call(fx.db, fx.dbPath, 'dumpPlan', {})).toEqual(afterApply);
    const status = await call(fx.db, fx.dbPath, 'getSurveyStatus', { roundId: fx.round.round.id });
    expect(status.applies[0]).toMatchObject({ id: applied.applyId, undoneAt: null });
  });

  it('after the survey\'s own undo, Ctrl+Y refuses to redo it, and Ctrl+Z goes on to the edits before the apply', async () => {
    fx = await setupRound();
    const original = await call(fx.db, fx.dbPath, 'dumpPlan', {});
    const { version, ...t02 } = await call(fx.db, fx.dbPath, 'getInitiative', { id: 't-02' });
    await call(fx.db, fx.dbPath, 'saveInitiative', { id: 't-02', version, initiative: { ...t02, activity: '研修を毎年実施します。' } });
    const edited = await call(fx.db, fx.dbPath, 'dumpPlan', {});
    const applied = await applyTwoReturns(fx);

    await call(fx.db, fx.dbPath, 'undoSurveyApply', { applyId: applied.applyId });
    expect(await call(fx.db, fx.dbPath, 'dumpPlan', {})).toEqual(edited);
    const hash = sha256File(fx.dbPath);
    const e = await refusal(call(fx.db, fx.dbPath, 'redo', {}));
    expect(e.message).toMatch(/反映\(またはその取り消し\)のため.*確認画面から改めて反映/s);
    expect(sha256File(fx.dbPath)).toBe(hash);
    const status = await call(fx.db, fx.dbPath, 'getSurveyStatus', { roundId: fx.round.round.id });
    expect(status.applies[0]).toMatchObject({ id: applied.applyId, undoneAt: expect.any(String) });

    // The apply is out of the way: Ctrl+Z takes back the edit made before it.
    expect((await call(fx.db, fx.dbPath, 'undo', {})).summary).toMatch(/^元に戻す: No\.2/);
    expect(await call(fx.db, fx.dbPath, 'dumpPlan', {})).toEqual(original);
  });

  it('Ctrl+Z still takes back an edit made after the apply, then stops at the apply', async () => {
    fx = await setupRound();
    await applyTwoReturns(fx);
    const afterApply = await call(fx.db, fx.dbPath, 'dumpPlan', {});
    const { version, ...t01 } = await call(fx.db, fx.dbPath, 'getInitiative', { id: 't-01' });
    await call(fx.db, fx.dbPath, 'saveInitiative', { id: 't-01', version, initiative: { ...t01, title: '反映の後の編集' } });
    await call(fx.db, fx.dbPath, 'undo', {});
    expect(await call(fx.db, fx.dbPath, 'dumpPlan', {})).toEqual(afterApply);
    await refusal(call(fx.db, fx.dbPath, 'undo', {}));
    expect(await call(fx.db, fx.dbPath, 'dumpPlan', {})).toEqual(afterApply);
  });
});
