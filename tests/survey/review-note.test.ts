// The 庁内照会 form shows each 要確認 field to its 課 with the note, and a full text sent back and
// applied clears that field's mark (and only that one); undoing the apply brings it back.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../electron/cli/io.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { readJson, SEED_URL } from '../helpers.ts';
import { FormEditor, fileInput, setupRound, type RoundFixture } from './helpers.ts';

let fx: RoundFixture | null = null;
afterEach(() => { fx?.db.close(); fx = null; });

const seed = () => readJson<PlanDocument>(SEED_URL);
const fieldsOf = async (f: RoundFixture, id: string) =>
  ((await call(f.db, f.dbPath, 'getInitiative', { id })).reviewMarks ?? []).map((m) => m.field);

/** Column A labels of a block, from its head to the row before the next head. */
function blockLabels(form: FormEditor, id: string): string[] {
  const out: string[] = [];
  for (let r = form.blockTop(id) + 1; r <= form.ws.rowCount; r++) {
    const v = form.ws.getCell(r, 1).value;
    if (typeof v === 'string' && v.startsWith('No.')) break;
    if (typeof v === 'string' && v) out.push(v);
  }
  return out;
}

describe('要確認 on the survey form', () => {
  it('shows the marked fields of a block with their notes, and no such row where nothing is marked', async () => {
    fx = await setupRound(seed(), { fiscalYear: 2025 });
    const form = await FormEditor.open(fx.form('産業振興課'));
    const note = String(form.ws.getCell(form.labelRow('seed-04', '要確認'), 2).value);
    expect(note.split('\n')).toEqual([
      expect.stringMatching(/^・目的: 公表版の転記で判読できない箇所があり/),
      expect.stringMatching(/^・2024年度の実績: 公表版の転記で判読できない箇所があり/),
    ]);
    const care = await FormEditor.open(fx.form('介護保険課'));
    expect(blockLabels(care, 'seed-05')).not.toContainEqual(expect.stringMatching(/^要確認/));
    expect(blockLabels(care, 'seed-01')).toContainEqual(expect.stringMatching(/^要確認/));
  });

  it('clears the mark of a field whose full text comes back and is applied; undo restores it', async () => {
    fx = await setupRound(seed(), { fiscalYear: 2025 });
    const form = await FormEditor.open(fx.form('産業振興課'));
    form.input('seed-04', '目的の修正案').value = '中小企業の様々な経営課題の解決に向けたデジタル技術の活用の促進を図ります。';
    const path = await form.save(join(fx.dir, '回答_産業振興課.xlsx'));
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(path)] });
    expect(report.files[0]!.changes.map((c) => [c.initiativeId, c.field])).toEqual([['seed-04', 'purpose']]);
    await call(fx.db, fx.dbPath, 'decideSurveyChanges', { roundId: fx.round.round.id, decisions: [{ initiativeId: 'seed-04', field: 'purpose', action: 'accept' }] });
    const applied = await call(fx.db, fx.dbPath, 'applySurveyChanges', { roundId: fx.round.round.id });
    expect(await fieldsOf(fx, 'seed-04')).toEqual(['results.2024']);
    const check = await call(fx.db, fx.dbPath, 'runChecks', { asOfFiscalYear: 2025 });
    expect(check.findings.filter((f) => f.rule === 'needs-review' && f.no === 4).map((f) => f.field)).toEqual(['results.2024']);
    await call(fx.db, fx.dbPath, 'undoSurveyApply', { applyId: applied.applyId });
    expect(await fieldsOf(fx, 'seed-04')).toEqual(['purpose', 'results.2024']);
  });
});
