// Decisions that stay made: two 課 disagree on No.1's 2025 実績, 市民課's answer is taken and
// applied, and the item stays 反映済 — until デジタル推進課 sends a newer, different answer, which
// reopens it saying so. One return is filled with openpyxl, the other with exceljs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../electron/cli/io.ts';
import { V6_SURVEY_DECISIONS } from '../../electron/store/sql/v6-survey-decisions.ts';
import { FormEditor, fileInput, setupRound, type RoundFixture } from './helpers.ts';

const FILL = fileURLToPath(new URL('./tools/fill_result.py', import.meta.url));
/** Debian's python3 (python3-openpyxl), not whatever python3 comes first on PATH. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
let fx: RoundFixture | null = null;
afterEach(() => { fx?.db.close(); fx = null; });

async function exceljsAnswer(f: RoundFixture, department: string, text: string, name: string): Promise<string> {
  const form = await FormEditor.open(f.form(department));
  form.resultCell('t-01', 2025).value = text;
  return form.save(join(f.dir, name));
}
function openpyxlAnswer(f: RoundFixture, department: string, text: string, name: string): string {
  const out = join(f.dir, name);
  execFileSync(PYTHON, [FILL, f.form(department), out, 't-01', '2025', text]);
  return out;
}

describe('decisions with a history', () => {
  it('take 市民課 → apply → stays 反映済; a newer デジタル推進課 answer reopens it and says why; undo', async () => {
    fx = await setupRound();
    const roundId = fx.round.round.id;
    const a = await exceljsAnswer(fx, 'デジタル推進課', '・窓口を5か所に拡大しました。', 'dx.xlsx');
    const b = openpyxlAnswer(fx, '市民課', '・窓口を6か所に拡大しました。\n・利用者 3,200人', 'shimin.xlsx');
    const imported = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(a), fileInput(b)] });
    expect(imported.files.map((f) => f.status)).toEqual(['accepted', 'accepted']);
    expect(imported.counts).toEqual({ items: 1, open: 1, openConflicts: 1, decided: 0, applied: 0, rejected: 0 });

    let review = await call(fx.db, fx.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ initiativeId: 't-01', field: 'result', action: 'accept', department: '市民課' }] });
    expect(review.items[0]).toMatchObject({ state: 'decided', decision: { action: 'accept', department: '市民課' } });
    const applied = await call(fx.db, fx.dbPath, 'applySurveyChanges', { roundId });
    expect(applied).toMatchObject({ fields: 1, items: 1, open: 0 });

    // Read again from the DB (as after a restart): the decision is still made, and applied.
    review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId });
    expect(review.items[0]).toMatchObject({ state: 'applied', conflict: true, conflicts: ['departments'], reopened: null, applied: { sources: ['shimin.xlsx'] } });
    expect(review.counts).toEqual({ items: 1, open: 0, openConflicts: 0, decided: 0, applied: 1, rejected: 0 });
    const t01 = await call(fx.db, fx.dbPath, 'getInitiative', { id: 't-01' });
    expect(t01.results.find((r) => r.fiscalYear === 2025)?.text).toBe('・窓口を6か所に拡大しました。\n・利用者 3,200人');

    // デジタル推進課 sends the same answer again (saved by another program): nothing new for this item.
    const same = openpyxlAnswer(fx, 'デジタル推進課', '・窓口を5か所に拡大しました。', 'dx-again.xlsx');
    const again = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(same)] });
    expect(again.files[0]!.status).toBe('replaced');
    expect(again.counts).toMatchObject({ open: 0, applied: 1 });

    // …then a different one: open again, saying exactly what changed.
    const newer = openpyxlAnswer(fx, 'デジタル推進課', '・窓口を7か所に拡大しました。', 'dx-v3.xlsx');
    const reopenedImport = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(newer)] });
    expect(reopenedImport.counts).toEqual({ items: 1, open: 1, openConflicts: 1, decided: 0, applied: 0, rejected: 0 });
    review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId });
    expect(review.items[0]).toMatchObject({
      state: 'open', decision: null,
      reopened: { previous: { department: '市民課' }, reasons: ['デジタル推進課の新しい回答(dx-v3.xlsx)で内容が変わりました。'] },
    });
    expect(review.counts).toEqual(reopenedImport.counts);

    // Keep the ledger (市民課's applied text) this time: 不採用, nothing to write.
    review = await call(fx.db, fx.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ initiativeId: 't-01', field: 'result', action: 'reject' }] });
    expect(review.items[0]!.state).toBe('rejected');

    // Undoing the apply: the ledger is back to 送付時, so the 不採用 (taken on 市民課's text) no longer holds.
    await call(fx.db, fx.dbPath, 'undoSurveyApply', { applyId: applied.applyId });
    review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId });
    expect(review.items[0]).toMatchObject({ state: 'open', reopened: { reasons: ['判断の後に台帳の値が変更されました(今は空欄)。'] } });
  });

  it('a ledger edit after the apply reopens the item', async () => {
    fx = await setupRound();
    const roundId = fx.round.round.id;
    await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await exceljsAnswer(fx, '市民課', '市民課の実績', 's.xlsx'))] });
    await call(fx.db, fx.dbPath, 'decideSurveyChanges', { roundId, decisions: [{ initiativeId: 't-01', field: 'result', action: 'accept' }] });
    await call(fx.db, fx.dbPath, 'applySurveyChanges', { roundId });
    const { version, ...it } = await call(fx.db, fx.dbPath, 'getInitiative', { id: 't-01' });
    await call(fx.db, fx.dbPath, 'saveInitiative', { id: 't-01', version, initiative: { ...it, results: it.results.map((r) => (r.fiscalYear === 2025 ? { ...r, text: '台帳で書き直した' } : r)) } });
    const review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId });
    expect(review.items[0]).toMatchObject({ state: 'open', conflict: true, conflicts: ['db'], reopened: { reasons: ['反映の後に台帳の値が変更されました(今は「台帳で書き直した」)。'] } });
  });

  it('decisions recorded before this version are kept as history but asked again', async () => {
    fx = await setupRound();
    const roundId = fx.round.round.id;
    await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await exceljsAnswer(fx, '市民課', 'X', 's.xlsx'))] });
    // The old decision table, as a DB of the previous version holds it.
    fx.db.exec(`DROP TABLE survey_apply_item; DROP TABLE survey_decision_event; DROP TABLE survey_group_answerer;
      ALTER TABLE survey_form DROP COLUMN added_at; ALTER TABLE survey_form DROP COLUMN added_by; ALTER TABLE survey_form DROP COLUMN removed_at; ALTER TABLE survey_form DROP COLUMN removed_by;
      ALTER TABLE survey_round DROP COLUMN mail_subject; ALTER TABLE survey_round DROP COLUMN mail_body;
      ALTER TABLE department DROP COLUMN is_group; ALTER TABLE department DROP COLUMN mail; ALTER TABLE department DROP COLUMN contact_name;
      CREATE TABLE survey_decision (round_id INTEGER NOT NULL, initiative_id TEXT NOT NULL, field TEXT NOT NULL, action TEXT NOT NULL, value_json TEXT,
        source_return_id INTEGER, fingerprint TEXT NOT NULL, decided_at TEXT NOT NULL, decided_by TEXT NOT NULL, PRIMARY KEY (round_id, initiative_id, field)) STRICT;
      INSERT INTO survey_decision VALUES (${roundId}, 't-01', 'result', 'accept', '"X"', 1, 'f', '2026-01-01T00:00:00Z', '前の担当');`);
    // This migration's SQL on that layout (run by itself: later migrations may follow it in MIGRATIONS).
    fx.db.transaction(() => fx!.db.exec(V6_SURVEY_DECISIONS))();
    const review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId });
    expect(review.items[0]).toMatchObject({ state: 'open', reopened: { previous: { department: '市民課', decidedBy: '前の担当' }, reasons: [expect.stringMatching(/前の版のアプリで記録した判断/)] } });
  });
});
