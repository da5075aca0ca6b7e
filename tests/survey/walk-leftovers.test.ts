// What a walk of the round from outside found: a return stored before the import checked its
// characters must not stop the whole apply (it is named, the rest applied), and a 課 taken out of
// the recipients is said to be taken out, not to have withdrawn its answer.
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../electron/cli/io.ts';
import { runCli } from '../../electron/cli/run.ts';
import { bufferInput, FormEditor, setupRound, type RoundFixture } from './helpers.ts';

const fixtures: RoundFixture[] = [];
afterEach(() => { for (const f of fixtures.splice(0)) f.db.close(); });

async function round(): Promise<RoundFixture> {
  const f = await setupRound();
  fixtures.push(f);
  return f;
}

async function answer(f: RoundFixture, department: string, fileName: string, id: string, text: string) {
  const form = await FormEditor.open(f.form(department));
  form.resultCell(id, 2025).value = text;
  const data = Buffer.from(await form.wb.xlsx.writeBuffer());
  return call(f.db, f.dbPath, 'importSurveyReturns', { files: [bufferInput(fileName, data)] });
}

/** What an older version let in: a control character inside a stored return's value. */
function storeBadCharacter(f: RoundFixture, department: string, from: string, to: string) {
  const row = f.db.prepare('SELECT id, blocks_json FROM survey_return WHERE department = ? AND superseded_by IS NULL').get(department) as { id: number; blocks_json: string };
  const blocks = JSON.parse(row.blocks_json) as { values: Record<string, unknown> }[];
  for (const b of blocks) if (b.values.result === from) b.values.result = to;
  f.db.prepare('UPDATE survey_return SET blocks_json = ? WHERE id = ?').run(JSON.stringify(blocks), row.id);
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe('apply with a stored return holding a character the plan cannot hold', () => {
  it('applies the clean items and names the file and cell of the one left out', async () => {
    const f = await round();
    const roundId = f.round.round.id;
    await answer(f, '市民課', 'shimin.xlsx', 't-01', '市民課の実績');
    await answer(f, '職員課', 'shokuin.xlsx', 't-02', '職員課の実績');
    storeBadCharacter(f, '職員課', '職員課の実績', '職員課\u0007の実績');
    const review = await call(f.db, f.dbPath, 'getSurveyReview', { roundId });
    await call(f.db, f.dbPath, 'decideSurveyChanges', { roundId, decisions: review.items.map((i) => ({ initiativeId: i.initiativeId, field: i.field, action: 'accept' as const })) });

    const r = await call(f.db, f.dbPath, 'applySurveyChanges', { roundId });
    expect(r.fields).toBe(1);
    expect(r.skipped).toEqual([expect.stringMatching(/^No\.2 実績: 職員課の回答\(shokuin\.xlsx 回答!C\d+\)に計画に保存できない見えない文字\(U\+0007\)があるため反映しませんでした。「編集して採用」/)]);
    const plan = await call(f.db, f.dbPath, 'dumpPlan', {});
    expect(plan.initiatives.find((i) => i.id === 't-01')!.results.find((x) => x.fiscalYear === 2025)!.text).toBe('市民課の実績');
    expect(plan.initiatives.find((i) => i.id === 't-02')!.results.find((x) => x.fiscalYear === 2025)).toBeUndefined();
    const after = await call(f.db, f.dbPath, 'getSurveyReview', { roundId });
    expect(after.counts).toMatchObject({ applied: 1, decided: 1, open: 0 });

    // Only that one left: the apply refuses, naming it, and writes nothing.
    await expect(call(f.db, f.dbPath, 'applySurveyChanges', { roundId })).rejects.toThrow(/反映できる判断がありません:\nNo\.2 実績: 職員課の回答\(shokuin\.xlsx/);
    // An edited text without the character is applied.
    await call(f.db, f.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ initiativeId: 't-02', field: 'result', action: 'edit', value: '職員課の実績' }] });
    expect((await call(f.db, f.dbPath, 'applySurveyChanges', { roundId })).skipped).toEqual([]);
  });

  it('import --apply accept-all applies the others and names the file in one line per item, exit 1', async () => {
    const f = await round();
    await answer(f, '市民課', 'shimin.xlsx', 't-01', '市民課の実績');
    await answer(f, '職員課', 'shokuin.xlsx', 't-02', '職員課の実績');
    storeBadCharacter(f, '職員課', '職員課の実績', '職員課\u000Bの実績\u0000');
    f.db.close();
    fixtures.splice(0);
    const c = capture();
    const code = await runCli(['import', '--db', f.dbPath, '--round', '2025年度実績照会', '--apply', 'accept-all', f.form('デジタル推進課')], c.io);
    const err = c.err.join('');
    expect(err).toMatch(/1 件の取組の 1 項目を反映しました/);
    expect(err).toMatch(/No\.2 実績: 職員課の回答\(shokuin\.xlsx 回答!C\d+\)に計画に保存できない見えない文字\(U\+000B、U\+0000\)/);
    expect(code).toBe(1);
  });
});

describe('an edited text with a character the plan cannot hold', () => {
  it('is refused by the contract and by round decide --text, naming the character; nothing is recorded', async () => {
    const f = await round();
    const roundId = f.round.round.id;
    await answer(f, '市民課', 'shimin.xlsx', 't-01', '市民課の実績');
    await expect(call(f.db, f.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ initiativeId: 't-01', field: 'result', action: 'edit', value: 'ベル\u0007つき' }] }))
      .rejects.toThrow(/制御文字など表示できない文字が含まれています/);
    f.db.close();
    fixtures.splice(0);
    const c = capture();
    const code = await runCli(['round', 'decide', '--db', f.dbPath, '--name', '2025年度実績照会', '--no', '1', '--field', 'result', '--text', '一行目\u000B二行目'], c.io);
    expect(code).toBe(2);
    expect(c.err.join('')).toMatch(/--text に計画に保存できない見えない文字\(U\+000B\)があります。/);
    const review = capture();
    await runCli(['round', 'review', '--db', f.dbPath, '--name', '2025年度実績照会', '--format', 'json'], review.io);
    expect((JSON.parse(review.out.join('')) as { items: { decision: unknown }[] }).items[0]!.decision).toBeNull();
  });
});

describe('a decision made meanwhile in another window', () => {
  it('is not overwritten by a screen that had not seen it; nothing is recorded', async () => {
    const f = await round();
    const roundId = f.round.round.id;
    await answer(f, '市民課', 'shimin.xlsx', 't-01', '市民課の実績');
    const item = { initiativeId: 't-01', field: 'result' as const };
    // Window A edits the text; window B, still showing the item undecided, then says 現在のまま.
    await call(f.db, f.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ ...item, action: 'edit', value: '窓口Aで直した文', seenDecisionId: null }] });
    await expect(call(f.db, f.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ ...item, action: 'reject', seenDecisionId: null }] }))
      .rejects.toThrow(/^No\.1 実績: 別の画面\(または別の人\)がこの項目の判断を変えています\(今は「編集して採用」、/);
    let review = await call(f.db, f.dbPath, 'getSurveyReview', { roundId });
    expect(review.items[0]!.decision).toMatchObject({ action: 'edit', value: '窓口Aで直した文' });
    // Having seen it, the change goes through; without the field (the CLI) it is not checked.
    await call(f.db, f.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ ...item, action: 'reject', seenDecisionId: review.items[0]!.decision!.id }] });
    review = await call(f.db, f.dbPath, 'getSurveyReview', { roundId });
    expect(review.items[0]!.state).toBe('rejected');
    await call(f.db, f.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ ...item, action: 'accept' }] });
    expect((await call(f.db, f.dbPath, 'getSurveyReview', { roundId })).items[0]!.state).toBe('decided');
  });
});

describe('a 課 taken out of the recipients', () => {
  it('reopens the item it had answered, saying it was taken out', async () => {
    const f = await round();
    const roundId = f.round.round.id;
    await answer(f, 'デジタル推進課', 'dx.xlsx', 't-01', 'デジタル推進課の実績');
    await answer(f, '市民課', 'shimin.xlsx', 't-01', '市民課の実績');
    await call(f.db, f.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ initiativeId: 't-01', field: 'result', action: 'accept', department: '市民課' }] });
    await call(f.db, f.dbPath, 'applySurveyChanges', { roundId });
    await call(f.db, f.dbPath, 'removeSurveyRecipient', { roundId, department: '市民課' });
    const item = (await call(f.db, f.dbPath, 'getSurveyReview', { roundId })).items.find((i) => i.initiativeId === 't-01')!;
    expect(item).toMatchObject({ state: 'open', reopened: { reasons: ['市民課が照会先から外されたため、市民課の回答は数えていません。'] } });
    // Its file sent again is refused, saying where to put it back.
    const again = await answer(f, '市民課', 'shimin-2.xlsx', 't-01', '市民課の実績(再送)');
    expect(again.files[0]!.message).toMatch(/「照会先・メール」の「照会先に戻す」\(コマンドでは round recipient --add\)で照会先に戻してから取り込んでください。$/);
  });
});
