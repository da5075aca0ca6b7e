// Returns that are odd but honest, made by other programs (openpyxl, Python's zipfile,
// LibreOffice): read as the 課 saw them, or refused file by file, naming the cell and the
// character, with the DB byte-identical afterwards.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { call } from '../../electron/cli/io.ts';
import { readWorkbookFile } from '../../electron/excel/workbook-dump.ts';
import { miniPlan } from '../helpers.ts';
import { FormEditor, fileInput, setupRound, sha256, type RoundFixture } from './helpers.ts';
import { hasSoffice, openpyxlEdit, python, pythonRezip, sofficeConvert, unoEdit, unoPython, type CellEdit } from './other-programs.ts';

let fx: RoundFixture | null = null;
afterEach(() => { fx?.db.close(); fx = null; });

const NO_PYTHON = 'python3 に openpyxl がない(python3-openpyxl が入っていない)ため省略';
if (!python) console.log(`${NO_PYTHON}しました。`);
if (!hasSoffice) console.log('LibreOffice (soffice) がないため、LibreOffice を使うテストを省略しました。');

/** The 市民課 form with its 実績 cell (t-01, 2025) set by openpyxl. */
async function withResult(f: RoundFixture, name: string, edit: Omit<CellEdit, 'cell'>, more: CellEdit[] = []) {
  const cell = (await FormEditor.open(f.form('市民課'))).resultCell('t-01', 2025).address;
  return { cell, path: openpyxlEdit(f.form('市民課'), join(f.dir, name), [{ cell, ...edit }, ...more]) };
}

async function importOne(f: RoundFixture, path: string) {
  const before = sha256(f.dbPath);
  const report = await call(f.db, f.dbPath, 'importSurveyReturns', { files: [fileInput(path)] });
  return { report, file: report.files[0]!, unchanged: sha256(f.dbPath) === before };
}

const resultAfter = (r: Awaited<ReturnType<typeof importOne>>) => r.file.changes.find((c) => c.field === 'result')?.after;

describe.skipIf(!python)('invisible characters (openpyxl writes them as Excel does, `_xHHHH_`)', () => {
  it('Word\'s Shift+Enter (U+000B) and U+2028 become line breaks', async () => {
    fx = await setupRound();
    const { path } = await withResult(fx, 'vt.xlsx', { value: '一行目_x000B_二行目\u2028三行目' });
    const r = await importOne(fx, path);
    expect(r.file.status, r.file.message).toBe('accepted');
    expect(resultAfter(r)).toBe('一行目\n二行目\n三行目');
  });

  it.each([['U+0007', '_x0007_'], ['U+0000', '_x0000_'], ['U+D800', '_xD800_'], ['U+001B', '_x001B_[31m']])('%s refuses that file only, naming the cell and the character', async (code, text) => {
    fx = await setupRound();
    const { cell, path } = await withResult(fx, 'bell.xlsx', { value: `実績${text}あり` });
    const before = sha256(fx.dbPath);
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(path), fileInput(fx.form('職員課'))] });
    expect(report.files.map((f) => f.status)).toEqual(['rejected', 'accepted']); // the clean return of another 課 still comes in
    expect(report.files[0]!.message).toMatch(/^計画に保存できない文字/);
    expect(report.files[0]!.problems).toEqual([{ sheet: '回答', cell, message: expect.stringContaining(code) }]);
    expect(report.files[0]!.fileName).toBe('bell.xlsx');
    expect(sha256(fx.dbPath)).not.toBe(before); // (職員課 was stored) …
    const only = await setupRound();
    try {
      const alone = await importOne(only, openpyxlEdit(only.form('市民課'), join(only.dir, 'bell.xlsx'), [{ cell, value: `実績${text}あり` }]));
      expect(alone.file.status).toBe('rejected');
      expect(alone.unchanged).toBe(true); // … but the refused file alone changes nothing
    } finally {
      only.db.close();
    }
  });

  it('bytes that are not UTF-8 in a string (inline, as openpyxl writes it) are refused by cell, never stored as 「����」', async () => {
    fx = await setupRound();
    const { cell, path } = await withResult(fx, 'utf8.xlsx', { value: 'QQQQ壊れた' });
    const broken = pythonRezip(path, join(fx.dir, 'utf8-broken.xlsx'), { replace: [{ part: '*', from: 'QQQQ', to: Buffer.from([0xff, 0xfe, 0xc3, 0x28]) }] });
    const r = await importOne(fx, broken);
    expect(r.file.status).toBe('rejected');
    expect(r.file.problems).toEqual([{ sheet: '回答', cell, message: expect.stringMatching(/壊れた文字/) }]);
    expect(r.unchanged).toBe(true);
  });

  it.skipIf(!hasSoffice)('… and in the shared strings (as LibreOffice writes them)', async () => {
    fx = await setupRound();
    const { cell, path } = await withResult(fx, 'utf8.xlsx', { value: 'QQQQ壊れた' });
    const [saved] = sofficeConvert([path], join(fx.dir, 'lo-utf8'));
    const broken = pythonRezip(saved!, join(fx.dir, 'utf8-broken.xlsx'), { replace: [{ part: 'xl/sharedStrings.xml', from: 'QQQQ', to: Buffer.from([0xff, 0xfe, 0xc3, 0x28]) }] });
    const r = await importOne(fx, broken);
    expect(r.file.problems).toEqual([{ sheet: '回答', cell, message: expect.stringMatching(/壊れた文字/) }]);
    expect(r.unchanged).toBe(true);
  });
});

describe.skipIf(!python)('cells as the 課 saw them', () => {
  it('a number under its number format (#,##0"円"), a date under yyyy/m/d', async () => {
    fx = await setupRound();
    const yen = await importOne(fx, (await withResult(fx, 'yen.xlsx', { value: 1365829090, numberFormat: '#,##0"円"' })).path);
    expect(resultAfter(yen)).toBe('1,365,829,090円');
    const date = await importOne(fx, (await withResult(fx, 'date.xlsx', { date: '2025-04-01T00:00:00', numberFormat: 'yyyy"年"m"月"d"日"' })).path);
    expect(resultAfter(date)).toBe('2025年4月1日');
  });

  it.skipIf(!hasSoffice)('a formula by its cached value (0 included), as LibreOffice saved it; never the formula', async () => {
    fx = await setupRound();
    const { path } = await withResult(fx, 'formula.xlsx', { formula: '=1-1' });
    const [saved] = sofficeConvert([path], join(fx.dir, 'lo-formula'));
    const r = await importOne(fx, saved!);
    expect(r.file.status, r.file.message).toBe('accepted');
    expect(resultAfter(r)).toBe('0');
  });

  it.skipIf(!hasSoffice)('LibreOffice\'s protection (sheet="true") is protection', async () => {
    fx = await setupRound();
    const [saved] = sofficeConvert([fx.form('市民課')], join(fx.dir, 'lo'));
    const read = await readWorkbookFile(readFileSync(saved!));
    const xml = spawnText(python!, ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); sys.stdout.write("".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")))', saved!]);
    expect(xml).toMatch(/<sheetProtection[^>]*\ssheet="true"/u); // what LibreOffice writes …
    expect(read.ok && read.dump.sheets['回答']!.protected).toBe(true); // … read as protected
  });
});

describe.skipIf(!unoPython)('typed in LibreOffice (python3-uno)', () => {
  it('typed text and a formatted number read as shown; a row deleted, or two inserted, names the block and the rows', async () => {
    fx = await setupRound();
    const form = await FormEditor.open(fx.form('市民課'));
    const [deleted, inserted] = [form.labelRow('t-01', '活動内容'), form.labelRow('t-01', '目的')];
    const result = form.resultCell('t-01', 2025).address;
    const comment = form.input('t-01', 'コメント').address;
    const out = (n: string) => join(fx!.dir, n);
    unoEdit(fx.round.protectionPassword, [
      { src: fx.form('市民課'), out: out('typed.xlsx'), cells: [{ cell: result, number: 1365829090, format: '#,##0"円"' }, { cell: comment, text: '一行目\n二行目 AI_x0041_活用' }] },
      { src: fx.form('市民課'), out: out('deleted.xlsx'), row: deleted, count: -1 },
      { src: fx.form('市民課'), out: out('inserted.xlsx'), row: inserted, count: 2 },
    ]);
    const typed = await importOne(fx, out('typed.xlsx'));
    expect([typed.file.status, typed.file.problems]).toEqual(['accepted', []]);
    expect(resultAfter(typed)).toBe('1,365,829,090円');
    const review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId: fx.round.round.id });
    expect(review.comments.map((c) => c.text)).toEqual(['一行目\n二行目 AI_x0041_活用']);

    const d = await importOne(fx, out('deleted.xlsx'));
    expect(d.file.message).toMatch(/シートの保護が解除され、変更できないセルが書き換えられています/);
    expect(d.file.problems).toEqual([{ sheet: '回答', cell: `A${deleted}`, message: `取組 No.1(ID t-01)の中で行が削除されています(送付時の ${deleted} 行目「活動内容」)。その下の行が 1 行ずつ上にずれているため、記入を正しいセルから読めません。` }]);
    expect(d.unchanged).toBe(true);
    const i = await importOne(fx, out('inserted.xlsx'));
    expect(i.file.problems).toEqual([{ sheet: '回答', cell: `A${inserted}`, message: expect.stringMatching(new RegExp(`^取組 No\\.1\\(ID t-01\\)の中\\(${inserted} 行目\\)に行が 2 行挿入されています`, 'u')) }]);
    expect(i.unchanged).toBe(true);
  }, 120_000);
});
if (!unoPython) console.log('LibreOffice の Python 連携(python3-uno)がないため、行の削除・挿入のテストを省略しました。');

describe('text that looks like an Excel escape', () => {
  it('a locked title holding 「AI_x0041_活用」 is written escaped, reads back as itself, and the untouched form is accepted', async () => {
    const doc = miniPlan();
    doc.initiatives[0]!.title = 'AI_x0041_活用';
    fx = await setupRound(doc);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fx.form('市民課'));
    const titles = new Set<unknown>();
    wb.getWorksheet('回答')!.eachRow((row) => row.eachCell((c) => { if (String(c.value).includes('活用')) titles.add(c.value); }));
    expect([...titles]).toEqual(['AI_x0041_活用']); // exceljs (another reader) decodes the escape to the text sent
    const r = await importOne(fx, fx.form('市民課'));
    expect([r.file.status, r.file.problems]).toEqual(['accepted', []]);
    if (hasSoffice) {
      const [saved] = sofficeConvert([fx.form('市民課')], join(fx.dir, 'lo'));
      const lo = await importOne(fx, saved!);
      expect([lo.file.status, lo.file.problems]).toEqual(['replaced', []]);
    }
  });
});

describe('file names within a round', () => {
  it('課 whose names differ only in characters a file name cannot hold get one file each', async () => {
    const doc = miniPlan();
    doc.departments.push({ name: '試験/課' } as never, { name: '試験:課' } as never);
    doc.initiatives[0]!.departments.push('試験/課', '試験:課');
    fx = await setupRound(doc);
    const names = fx.round.files.map((f) => f.fileName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['2025年度実績照会_試験_課.xlsx', '2025年度実績照会_試験_課(2).xlsx']));
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: fx.round.files.map((f) => fileInput(fx!.form(f.department))) });
    expect(report.files.map((f) => f.department).sort()).toEqual(['デジタル推進課', '市民課', '試験/課', '試験:課', '職員課'].sort());
  });
});

describe.skipIf(!python)('returns that lie (edited with openpyxl)', () => {
  it('the 課 of the metadata changed to another 課, and the visible title changed: each refused naming its cell', async () => {
    fx = await setupRound();
    const meta = await importOne(fx, openpyxlEdit(fx.form('市民課'), join(fx.dir, 'meta.xlsx'), [{ sheet: '_plan_desk', cell: 'B5', value: '職員課' }]));
    expect(meta.file.problems).toEqual([{ sheet: '_plan_desk', cell: 'B5', message: '送付時「市民課」→ 今「職員課」に書き換えられています。' }]);
    expect(meta.unchanged).toBe(true);
    const title = await importOne(fx, openpyxlEdit(fx.form('市民課'), join(fx.dir, 'title.xlsx'), [{ cell: 'A1', value: '2025年度実績照会 回答票(職員課)' }]));
    expect(title.file.problems).toEqual([{ sheet: '回答', cell: 'A1', message: expect.stringMatching(/^表題が書き換えられています/) }]);
    expect(title.unchanged).toBe(true);
  });
});

describe.skipIf(!python)('zips that lie (written by Python\'s zipfile)', () => {
  it('two entries with one name are refused', async () => {
    fx = await setupRound();
    const sheet = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    const r = await importOne(fx, pythonRezip(fx.form('市民課'), join(fx.dir, 'dup.xlsx'), { add: [{ part: 'xl/worksheets/sheet2.xml', data: sheet }] }));
    expect(r.file.message).toMatch(/同じ名前の部品\(xl\/worksheets\/sheet2\.xml\)が2つ/);
    expect(r.unchanged).toBe(true);
  });

  it('a VBA project under another name is judged by its content type', async () => {
    fx = await setupRound();
    const types = readContentTypes(fx.form('市民課')).replace('</Types>', '<Override PartName="/xl/code.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    const path = pythonRezip(fx.form('市民課'), join(fx.dir, 'code.xlsx'), {
      replace: [{ part: '[Content_Types].xml', from: readContentTypes(fx.form('市民課')), to: types }],
      add: [{ part: 'xl/code.bin', data: 'Attribute VB_Name = "Module1"' }],
    });
    const r = await importOne(fx, path);
    expect(r.file.message).toMatch(/マクロ\(VBA\)/);
    expect(r.unchanged).toBe(true);
  });
});

/** [Content_Types].xml of a form, read with Python (the same program that rewrites it). */
function readContentTypes(path: string): string {
  return spawnText(python!, ['-c', 'import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("[Content_Types].xml").decode())', path]);
}
const spawnText = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
