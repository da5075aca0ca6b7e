// Files that are refused: each with its own Japanese message (and cell where there is one), and
// the DB file byte-identical afterwards. Also the session's rejection shows on the dashboard.
import { appendFileSync, copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { call } from '../../electron/cli/io.ts';
import { fromBase64, writeFilesInto } from '../../electron/files/write-files.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { forgetRejections, rejectionFileOf } from '../../electron/survey/rejection-log.ts';
import { miniPlan } from '../helpers.ts';
import { FormEditor, bufferInput, fileInput, setupRound, sha256, type RoundFixture } from './helpers.ts';

let fx: RoundFixture;
beforeAll(async () => { fx = await setupRound(); });
afterAll(() => fx.db.close());

const CFB = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

async function zipWith(path: string, edit: (zip: JSZip) => void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Imports one file and checks it is refused with `message`, leaving the DB file untouched. */
async function expectRefused(file: { name: string; base64: string }, message: RegExp, roundId?: number) {
  const before = sha256(fx.dbPath);
  const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [file], ...(roundId ? { roundId } : {}) });
  expect(report.files[0]!.status).toBe('rejected');
  expect(report.files[0]!.message).toMatch(message);
  expect(report.rejected).toBe(1);
  expect(sha256(fx.dbPath)).toBe(before);
  return report.files[0]!;
}

describe('refused files', () => {
  it('not a zip: a CSV renamed .xlsx', async () => {
    await expectRefused(bufferInput('回答.xlsx', Buffer.from('No.,実績\n1,記入しました\n', 'utf8')), /CSV などのテキストファイル/);
  });

  it('an old .xls, an encrypted workbook, a PDF, an empty file', async () => {
    await expectRefused(bufferInput('回答.xls', Buffer.concat([CFB, Buffer.alloc(600), utf16('Workbook')])), /Excel 97-2003 形式\(\.xls\)/);
    await expectRefused(bufferInput('回答.xlsx', Buffer.concat([CFB, Buffer.alloc(600), utf16('EncryptionInfo'), utf16('EncryptedPackage')])), /パスワードで保護\(暗号化\)/);
    await expectRefused(bufferInput('回答.pdf', Buffer.from('%PDF-1.7\n...')), /PDF ファイル/);
    await expectRefused(bufferInput('空.xlsx', Buffer.alloc(0)), /空のファイル/);
  });

  it('a workbook with macros (vbaProject.bin)', async () => {
    const data = await zipWith(fx.form('市民課'), (z) => z.file('xl/vbaProject.bin', Buffer.from('macro')));
    await expectRefused(bufferInput('回答.xlsm', data), /マクロ\(VBA\)/);
  });

  it('a zip bomb, refused from its declared sizes without inflating', async () => {
    const data = Buffer.from(readFileSync(fx.form('市民課')));
    // Declare a huge uncompressed size for the first entry in the central directory.
    const cd = data.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    data.writeUInt32LE(0x7fffffff, cd + 24);
    await expectRefused(bufferInput('回答.xlsx', data), /圧縮爆弾/);
  });

  it('a truncated file and a zip that is not a workbook', async () => {
    const data = readFileSync(fx.form('市民課'));
    await expectRefused(bufferInput('回答.xlsx', data.subarray(0, data.length - 300)), /壊れている/);
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    await expectRefused(bufferInput('回答.xlsx', await zip.generateAsync({ type: 'nodebuffer' })), /Word 文書/);
  });

  it('a workbook that is not one of our forms', async () => {
    const form = await FormEditor.open(fx.form('市民課'));
    form.wb.removeWorksheet(form.meta().id);
    const path = await form.save(join(fx.dir, 'nometa.xlsx'));
    await expectRefused(fileInput(path), /照会の様式ではありません/);
  });

  it('a form of another round', async () => {
    const other = await setupRound(miniPlan(), { name: '別の照会' });
    await expectRefused(fileInput(other.form('市民課')), /このデータベースにない照会「別の照会」/);
    other.db.close();
    // Same DB, but the import is restricted to one round.
    const r2024Round = await call(fx.db, fx.dbPath, 'createSurveyRound', { name: '2024年度実績照会', fiscalYear: 2024 });
    writeFilesInto(join(fx.dir, 'forms2024'), r2024Round.files.map(fromBase64));
    const r2024 = join(fx.dir, 'forms2024', '2024年度実績照会_市民課.xlsx');
    await expectRefused(fileInput(r2024), /別の照会「2024年度実績照会」の回答です/, fx.round.round.id);
  });

  it('a form whose 課 was changed to another 課: the signed metadata names the cell and both values', async () => {
    const form = await FormEditor.open(fx.form('市民課'));
    form.meta().getCell('B5').value = '職員課';
    const file = await expectRefused(fileInput(await form.save(join(fx.dir, 'otherdept.xlsx'))), /管理用の情報\(「_plan_desk」シート\)が送付した様式から書き換えられている/);
    expect(file.problems).toEqual([{ sheet: '_plan_desk', cell: 'B5', message: '送付時「市民課」→ 今「職員課」に書き換えられています。' }]);
    expect(file.department).toBe('市民課'); // the form sent to 市民課 is the one refused (not counted as 職員課's)
  });

  it('the metadata rewritten to another 課 as a whole (its blocks too) is refused: the signature cannot be made without the DB', async () => {
    const other = await FormEditor.open(fx.form('職員課'));
    const form = await FormEditor.open(fx.form('市民課'));
    for (let r = 1; r <= other.meta().rowCount; r++) {
      for (let c = 1; c <= 4; c++) if (other.meta().getCell(r, 1).value !== 'mac') form.meta().getCell(r, c).value = other.meta().getCell(r, c).value;
    }
    const file = await expectRefused(fileInput(await form.save(join(fx.dir, 'otherdept-all.xlsx'))), /管理用の情報/);
    expect(file.problems.map((p) => p.cell)).toEqual(expect.arrayContaining(['B5']));
  });

  it('a signature row deleted or rewritten', async () => {
    let form = await FormEditor.open(fx.form('市民課'));
    const macRow = [...Array(form.meta().rowCount).keys()].map((i) => i + 1).find((r) => form.meta().getCell(r, 1).value === 'mac')!;
    form.meta().spliceRows(macRow, 1);
    let file = await expectRefused(fileInput(await form.save(join(fx.dir, 'nomac.xlsx'))), /管理用の情報/);
    expect(file.problems[0]!.message).toMatch(/署名\(mac の行\)が削除されています/);
    form = await FormEditor.open(fx.form('市民課'));
    form.meta().getCell(macRow, 2).value = '0'.repeat(64);
    file = await expectRefused(fileInput(await form.save(join(fx.dir, 'badmac.xlsx'))), /管理用の情報/);
    expect(file.problems[0]).toMatchObject({ sheet: '_plan_desk', cell: `B${macRow}`, message: expect.stringMatching(/署名と内容が一致しません/) });
  });

  it('the visible title changed to another 課', async () => {
    const form = await FormEditor.open(fx.form('市民課'));
    form.ws.getCell('A1').value = '2025年度実績照会 回答票(職員課)';
    const file = await expectRefused(fileInput(await form.save(join(fx.dir, 'title.xlsx'))), /変更できないセルが書き換えられています/);
    expect(file.problems[0]).toMatchObject({ sheet: '回答', cell: 'A1', message: '表題が書き換えられています(送付時「2025年度実績照会 回答票(市民課)」→ 今「2025年度実績照会 回答票(職員課)」)。' });
  });

  it('a tampered id, in the hidden sheet or in the answer sheet', async () => {
    let form = await FormEditor.open(fx.form('市民課'));
    form.meta().getCell('B8').value = 'zz-99';
    let file = await expectRefused(fileInput(await form.save(join(fx.dir, 'tampered1.xlsx'))), /管理用の情報/);
    expect(file.problems[0]).toMatchObject({ cell: 'B8', message: '送付時「t-01」→ 今「zz-99」に書き換えられています。' });
    form = await FormEditor.open(fx.form('市民課'));
    form.ws.getCell(`E${form.blockTop('t-01')}`).value = 'ID t-02';
    file = await expectRefused(fileInput(await form.save(join(fx.dir, 'tampered2.xlsx'))), /変更できないセルが書き換えられています/);
    expect(file.problems[0]).toMatchObject({ sheet: '回答', cell: 'E4', message: expect.stringMatching(/ID が「ID t-02」に書き換えられています/) });
  });

  it('protection removed and a locked cell edited', async () => {
    const form = await FormEditor.open(fx.form('市民課'));
    form.ws.unprotect();
    form.input('t-01', '目的').value = '勝手に書き換えた目的';
    const file = await expectRefused(fileInput(await form.save(join(fx.dir, 'unprotected.xlsx'))), /シートの保護が解除され、変更できないセルが書き換えられています/);
    expect(file.problems[0]!.message).toMatch(/送付時「手間を削減します。」→ 今「勝手に書き換えた目的」/);
  });

  it('unreadable input: a year that is not a year, a half-filled row', async () => {
    const form = await FormEditor.open(fx.form('市民課'));
    form.setBar('t-01', 2, ['新しい計画', '2030年度', null, null]);
    const file = await expectRefused(fileInput(await form.save(join(fx.dir, 'bad-years.xlsx'))), /読み取れない記入が 2 か所/);
    expect(file.problems.map((p) => [p.sheet, p.message])).toEqual([
      ['回答', expect.stringMatching(/^「2030年度」は計画期間\(2024年度〜2026年度\)の年度として読めません/)],
      ['回答', expect.stringMatching(/^終了年度を一覧から選んでください/)],
    ]);
    expect(file.problems.map((p) => p.cell)).toEqual([expect.stringMatching(/^C\d+$/), expect.stringMatching(/^D\d+$/)]);
  });

  it('shows on the dashboard as 却下 with its reason, and never touched the DB', async () => {
    const status = await call(fx.db, fx.dbPath, 'getSurveyStatus', { roundId: fx.round.round.id });
    const shimin = status.departments.find((d) => d.department === '市民課')!;
    expect(shimin.state).toBe('rejected');
    expect(shimin.rejection?.fileName).toBe('bad-years.xlsx');
    expect(status.unanswered).toEqual(['デジタル推進課', '市民課', '職員課']);
    expect(status.reminderText).toMatch(/次の3課からの回答をまだいただいていません[\s\S]*・市民課/);
    expect(status.unidentified.map((u) => u.fileName)).toContain('回答.xlsm');
    const db = openDatabase(fx.dbPath);
    expect(db.prepare('SELECT count(*) AS n FROM survey_return').get()).toEqual({ n: 0 });
    db.close();
  });

  it('still shows 却下 after a restart (read back from the log folder), and never for another DB at that path', async () => {
    forgetRejections(); // as a new process: nothing in memory
    const again = await call(fx.db, fx.dbPath, 'getSurveyStatus', { roundId: fx.round.round.id });
    const shimin = again.departments.find((d) => d.department === '市民課')!;
    expect(shimin.state).toBe('rejected');
    expect(shimin.rejection?.fileName).toBe('bad-years.xlsx');
    expect(shimin.rejection?.reason).toMatch(/読み取れない記入が 2 か所/);
    expect(again.unidentified.map((u) => u.fileName)).toContain('回答.xlsm');
    expect(existsSync(rejectionFileOf(fx.dbPath))).toBe(true);
    // A torn or foreign line in the file is skipped, not fatal.
    appendFileSync(rejectionFileOf(fx.dbPath), '{"roundUid": 1, "half');
    forgetRejections();
    expect((await call(fx.db, fx.dbPath, 'getSurveyStatus', { roundId: fx.round.round.id })).departments.find((d) => d.department === '市民課')!.state).toBe('rejected');

    // Another plan's DB put at the same path: its round (another uid) shows no rejection of the old one.
    const other = await setupRound(miniPlan(), { name: '別の照会' });
    other.db.close();
    fx.db.close();
    copyFileSync(other.dbPath, fx.dbPath);
    fx.db = openDatabase(fx.dbPath);
    forgetRejections();
    const foreign = await call(fx.db, fx.dbPath, 'getSurveyStatus', { roundId: other.round.round.id });
    expect(foreign.departments.map((d) => d.state)).not.toContain('rejected');
  });
});
