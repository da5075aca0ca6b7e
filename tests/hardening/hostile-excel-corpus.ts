// The hostile Excel corpus for `plan-desk import`: built at test time from a real form of a round
// (no opaque binaries committed). Bytes that are not a workbook, zips that lie, workbooks that were
// tampered with, and inputs that are odd but harmless. Each case says what must happen.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { FormEditor } from '../survey/helpers.ts';
import { entry, writeZip, zerosEntry, type ZipEntry } from './zip-tools.ts';

export interface ExcelCase {
  name: string;
  file: string;
  /** Refused: the message (and any sheet!cell) must match; accepted: what must hold afterwards. */
  expect: { refused: RegExp; cell?: string } | { accepted: true; dbMustNotContain?: string[] };
  /** Run in a child process, peak memory compared with a small refusal. */
  heavy?: boolean;
  /** Only with LibreOffice installed. */
  needsSoffice?: boolean;
  /** Import with --round of the first round (to refuse another round's form). */
  firstRoundOnly?: boolean;
}

const CFB = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/** The form's entries, each rewritten (`change` may replace or drop one), as a normal zip. */
async function rezip(form: string, change: (name: string, data: Buffer) => ZipEntry | Buffer | null = (_n, d) => d, extra: ZipEntry[] = []): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(form));
  const out: ZipEntry[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    const f = zip.files[name]!;
    if (f.dir) continue;
    const r = change(name, await f.async('nodebuffer'));
    if (r === null) continue;
    out.push(Buffer.isBuffer(r) ? entry(name, r) : r);
  }
  return writeZip([...out, ...extra]);
}

/** Rows of pseudo-random 15-digit numbers (hardly compressible, like a pasted budget) until the zip nears `bytes`. */
function budgetSheet(targetCompressed: number): ZipEntry {
  const rows: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  // About 0.45 compressed bytes per character for random digits in this markup.
  const cells = Math.floor(targetCompressed / 11);
  for (let r = 1, n = 0; n < cells; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < 26 && n < cells; c++, n++) row += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${next() % 100000}${next() % 10000000000}</v></c>`;
    rows.push(`${row}</row>`);
  }
  rows.push('</sheetData></worksheet>');
  return entry('xl/worksheets/sheet9.xml', rows.join(''));
}

async function withBigSheet(form: string, bytes: number): Promise<Buffer> {
  let sheet = budgetSheet(bytes);
  const build = () => rezip(form, (n, d) => {
    const t = d.toString('utf8');
    if (n === 'xl/workbook.xml') return Buffer.from(t.replace('</sheets>', '<sheet name="予算(貼り付け)" sheetId="9" r:id="rIdBig"/></sheets>'));
    if (n === 'xl/_rels/workbook.xml.rels') return Buffer.from(t.replace('</Relationships>', '<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>'));
    if (n === '[Content_Types].xml') return Buffer.from(t.replace('</Types>', '<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
    return d;
  }, [sheet]);
  let zip = await build();
  for (let i = 0; i < 3 && (zip.length > 20 * 1024 * 1024 || zip.length < bytes * 0.95); i++) {
    sheet = budgetSheet(Math.floor(bytes * (bytes / zip.length)));
    zip = await build();
  }
  return zip;
}

export async function buildExcelCorpus(dir: string, forms: { form: string; otherRoundForm: string; department: string; otherDepartment: string; id: string; fiscalYear: number }): Promise<ExcelCase[]> {
  mkdirSync(dir, { recursive: true });
  const cases: ExcelCase[] = [];
  const file = (name: string, ext = 'xlsx') => join(dir, `${String(cases.length + 1).padStart(2, '0')}-${name.replace(/[^\w-]+/g, '_')}.${ext}`);
  const add = (name: string, data: Buffer, expect: ExcelCase['expect'], more: Partial<ExcelCase> = {}, ext = 'xlsx') => {
    const f = file(name, ext);
    writeFileSync(f, data);
    cases.push({ name, file: f, expect, ...more });
  };
  const refused = (re: RegExp, cell?: string) => ({ refused: re, ...(cell ? { cell } : {}) });
  const form = readFileSync(forms.form);
  /** The form edited like a person would (cells found by their labels), saved by exceljs. */
  const edited = async (change: (f: FormEditor) => void) => {
    const f = await FormEditor.open(forms.form);
    change(f);
    return Buffer.from(await f.wb.xlsx.writeBuffer());
  };
  const resultAt = (await FormEditor.open(forms.form)).resultCell(forms.id, forms.fiscalYear).address;
  const metaRow = (f: FormEditor, key: string) => {
    const ws = f.meta();
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) return ws.getRow(r);
    throw new Error(`meta key ${key}`);
  };

  // Bytes that are not an .xlsx workbook.
  add('empty file', Buffer.alloc(0), refused(/空のファイル/));
  add('random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), refused(/Excel ブック\(\.xlsx\)ではありません/));
  add('truncated zip', form.subarray(0, Math.floor(form.length * 0.6)), refused(/壊れている/));
  add('CSV renamed .xlsx', Buffer.from('No.,取組名,実績\n1,書かない窓口,導入しました\n', 'utf8'), refused(/CSV などのテキストファイル/));
  add('Shift_JIS CSV renamed .xlsx', Buffer.from([0x4e, 0x6f, 0x2e, 0x2c, 0x8e, 0xc0, 0x90, 0xd1, 0x0a, 0x31, 0x2c, 0x82, 0xa0, 0x0a]), refused(/CSV などのテキストファイル/));
  add('PDF renamed .xlsx', Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n'), refused(/PDF ファイル/));
  add('old Excel 97-2003 (.xls, OLE header)', Buffer.concat([CFB, Buffer.alloc(1000), utf16('Workbook')]), refused(/Excel 97-2003 形式\(\.xls\)/), {}, 'xls');
  add('password-protected workbook (OLE EncryptedPackage)', Buffer.concat([CFB, Buffer.alloc(1000), utf16('EncryptionInfo'), Buffer.alloc(64), utf16('EncryptedPackage')]), refused(/パスワードで保護\(暗号化\)/));
  add('Word document renamed .xlsx', writeZip([entry('[Content_Types].xml', '<Types/>'), entry('word/document.xml', '<w:document/>')]), refused(/Word 文書/));

  // Zips that lie or are built to hurt.
  add('.xlsm with macros (vbaProject.bin)', await rezip(forms.form, (_n, d) => d, [entry('xl/vbaProject.bin', Buffer.from('Attribute VB_Name = "Module1"'))]), refused(/マクロ\(VBA\)/), {}, 'xlsm');
  add('zip bomb declaring 1 GB (central directory)', await rezip(forms.form, (n, d) => (n === 'xl/sharedStrings.xml' ? zerosEntry(n, 64) : d)), refused(/圧縮爆弾/), { heavy: true });
  add('zip bomb lying: declares 4 KB, inflates to 1 GB', await rezip(forms.form, (n, d) => (n === 'xl/sharedStrings.xml' ? { ...zerosEntry(n, 64), declaredSize: 4096 } : d)), refused(/圧縮爆弾/), { heavy: true });
  add('2,500 entries', await rezip(forms.form, (_n, d) => d, Array.from({ length: 2500 }, (_, i) => entry(`xl/media/x${i}.bin`, 'x'))), refused(/圧縮爆弾/));
  const ss = (d: Buffer) => d.toString('utf8').replace(/<\?xml[^>]*\?>/, '');
  add('XML external entity (XXE) in shared strings', await rezip(forms.form, (n, d) => (n === 'xl/sharedStrings.xml'
    ? Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${ss(d).replace(/<t>[^<]*<\/t>/, '<t>&xxe;</t>')}`)
    : d)), refused(/Excel ブックとして読めません/));
  const lol = ['<!ENTITY a "aaaaaaaaaa">', ...'bcdefgh'.split('').map((c, i) => `<!ENTITY ${c} "${`&${'abcdefg'[i]};`.repeat(10)}">`)].join('');
  add('entity expansion ("billion laughs")', await rezip(forms.form, (n, d) => (n === 'xl/sharedStrings.xml'
    ? Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE sst [${lol}]>${ss(d).replace(/<t>[^<]*<\/t>/, '<t>&h;</t>')}`)
    : d)), refused(/Excel ブックとして読めません/));
  // Our form, tampered with.
  add('form of another round', readFileSync(forms.otherRoundForm), refused(/別の照会/), { firstRoundOnly: true });
  add('another 課 written into the metadata', await edited((f) => { metaRow(f, 'department').getCell(2).value = forms.otherDepartment; }),
    refused(new RegExp(`管理用の情報.*書き換えられている[\\s\\S]*送付時「${forms.department}」→ 今「${forms.otherDepartment}」`, 'u'), '_plan_desk!B5'));
  add('tampered id in the metadata', await edited((f) => {
    const ws = f.meta();
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === 'block') { ws.getCell(r, 2).value = 'zz-99'; break; }
  }), refused(/送付時「t-01」→ 今「zz-99」/, '_plan_desk!B8'));
  add('signature row of the metadata deleted', await edited((f) => f.meta().spliceRows(metaRow(f, 'mac').number, 1)), refused(/署名\(mac の行\)が削除されています/));
  add('signature of the metadata recomputed without the secret', await edited((f) => { metaRow(f, 'mac').getCell(2).value = 'f'.repeat(64); }), refused(/署名と内容が一致しません/, '_plan_desk!B'));
  add('visible title changed to another 課', await edited((f) => { f.ws.getCell('A1').value = String(f.ws.getCell('A1').value).replace(forms.department, forms.otherDepartment); }), refused(/表題が書き換えられています/, '回答!A1'));
  add('two zip entries with one name (a reader takes either copy)', await rezip(forms.form, (_n, d) => d, [entry('xl/worksheets/sheet2.xml', '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>')]), refused(/同じ名前の部品/));
  add('the same name twice in another case (XL/workbook.xml)', await rezip(forms.form, (_n, d) => d, [entry('XL/Workbook.xml', '<workbook/>')]), refused(/同じ名前の部品/));
  add('a VBA project under another name (content type)', await rezip(forms.form, (n, d) => (n === '[Content_Types].xml'
    ? Buffer.from(d.toString('utf8').replace('</Types>', '<Override PartName="/xl/code.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'))
    : d), [entry('xl/code.bin', 'Attribute VB_Name = "Module1"')]), refused(/マクロ\(VBA\)/));
  add('a macro-enabled workbook part renamed (.xlsm content type)', await rezip(forms.form, (n, d) => (n === '[Content_Types].xml'
    ? Buffer.from(d.toString('utf8').replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'))
    : d)), refused(/マクロ\(VBA\)/));
  add('two sheets named 回答 (workbook.xml lists a second one)', await rezip(forms.form, (n, d) => (n === 'xl/workbook.xml'
    ? Buffer.from(d.toString('utf8').replace('</sheets>', '<sheet name="回答" sheetId="7" state="hidden" r:id="rId1"/></sheets>'))
    : d)), refused(/同じ名前のシート「回答」が2つ/));
  add('a shared-string index that does not exist', await rezip(forms.form, (n, d) => (n === 'xl/worksheets/sheet2.xml' ? Buffer.from(d.toString('utf8').replace(/(<c r="A1"[^>]*t="s"[^>]*><v>)\d+/u, '$1999999')) : d)), refused(/Excel ブックとして読めません/));
  add('a merged range over the whole sheet', await rezip(forms.form, (n, d) => (n === 'xl/worksheets/sheet2.xml' ? Buffer.from(d.toString('utf8').replace('<mergeCell ', '<mergeCell ref="A1:XFD1048576"/><mergeCell ')) : d)), refused(/結合されたセルの範囲が大きすぎて/));
  add('the package pointing Excel at another workbook part (a decoy xl/workbook.xml)', await rezip(forms.form, (n, d) => (n === '_rels/.rels'
    ? Buffer.from(d.toString('utf8').replace('Target="xl/workbook.xml"', 'Target="xl/other.xml"'))
    : d), [entry('xl/other.xml', '<workbook/>')]), refused(/ブックの本体\(xl\/workbook\.xml\)が Excel の保存する形と違います/));
  add('the 回答 sheet pointing at a part that is not a worksheet', await rezip(forms.form, (n, d) => (n === '[Content_Types].xml'
    ? Buffer.from(d.toString('utf8').replace('PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"', 'PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"'))
    : d)), refused(/Excel ブックとして読めません/));
  add('a DOCTYPE in a worksheet', await rezip(forms.form, (n, d) => (n === 'xl/worksheets/sheet2.xml' ? Buffer.from(d.toString('utf8').replace(/^(<\?xml[^>]*\?>)?/u, '$1<!DOCTYPE worksheet>')) : d)), refused(/Excel ブックとして読めません/));
  const withQ = join(dir, 'source-with-QQQQ.xlsx');
  writeFileSync(withQ, await edited((f) => { f.resultCell(forms.id, forms.fiscalYear).value = 'QQQQ実績'; }));
  add('bytes that are not UTF-8 in an input cell (shared strings)', await rezip(withQ, (n, d) => (n === 'xl/sharedStrings.xml' ? Buffer.from(d.toString('latin1').replace('QQQQ', '\xff\xfe\xc3\x28'), 'latin1') : d)),
    refused(/壊れた文字/, `回答!${resultAt}`));
  add('metadata sheet deleted', await edited((f) => f.wb.removeWorksheet(f.meta().id)), refused(/照会の様式ではありません/));
  add('answer sheet renamed', await edited((f) => { f.ws.name = '回答(修正版)'; }), refused(/「回答」シートがありません/));
  add('answer sheet deleted', await edited((f) => f.wb.removeWorksheet(f.ws.id)), refused(/「回答」シートがありません/));
  add('formula over a locked cell', await edited((f) => {
    f.ws.getCell(f.labelRow(forms.id, '実績'), 2).value = { formula: 'HYPERLINK("http://evil.example/","ここをクリック")', result: 'ここをクリック' } as never;
  }), refused(/変更できないセル/, '回答!B'));
  add('extra merged cells over the form', await edited((f) => {
    const r = f.labelRow(forms.id, '実績');
    f.ws.mergeCells(r, 2, r + 1, 4);
  }), refused(/変更できないセル/, '回答!'));
  add('a year out of the plan period (全角 digits)', await edited((f) => f.setBar(forms.id, 2, ['新しい計画', '２０３０年度', '２０３０年度', null])), refused(/計画期間/, '回答!'));

  // Odd but harmless: read the way a person sees the cell; nothing hostile reaches the DB.
  add('formula in an input cell (its shown value is read, never the formula)', await edited((f) => {
    f.resultCell(forms.id, forms.fiscalYear).value = { formula: 'WEBSERVICE("http://evil.example/")&HYPERLINK("http://evil.example/","結果")', result: '結果' } as never;
  }), { accepted: true, dbMustNotContain: ['WEBSERVICE', 'evil.example'] });
  add('a control character as Excel stores it (_x0007_) in an input cell', await edited((f) => { f.resultCell(forms.id, forms.fiscalYear).value = '実績_x0007_あり'; }), refused(/U\+0007/, `回答!${resultAt}`));
  add('NUL and a lone surrogate (_x0000_, _xDC00_) in an input cell', await edited((f) => { f.input(forms.id, 'コメント').value = 'a_x0000_b_xDC00_c'; }), refused(/U\+0000、U\+DC00/));
  add('Word\'s Shift+Enter (U+000B, stored escaped) and U+2028 in an input cell (line breaks)', await edited((f) => { f.resultCell(forms.id, forms.fiscalYear).value = '一行目_x000B_二行目\u2028三行目'; }), { accepted: true, dbMustNotContain: ['\u000b', '\u2028', '_x000B_'] });
  add('a formula whose cached value is 0 in an input cell', await edited((f) => { f.resultCell(forms.id, forms.fiscalYear).value = { formula: 'A1*0', result: 0 } as never; }), { accepted: true, dbMustNotContain: ['A1*0'] });
  add('全角 digits in the year cells of a new bar', await edited((f) => f.setBar(forms.id, 2, ['新しい計画', '２０２５年度', '２０２６年度', null])), { accepted: true });
  add('a note two rows below the form', await edited((f) => { f.ws.getCell(f.ws.rowCount + 2, 1).value = '以上'; }), { accepted: true });

  // Too big to be a filled-in form: refused by name before anything is read from it.
  add('100,000 rows below the form', await edited((f) => {
    const start = f.ws.rowCount + 1;
    for (let i = 0; i < 100_000; i++) f.ws.getCell(start + i, 1).value = `行 ${i}`;
  }), refused(/「回答」シートが 50,000 行を超えて使われていて.*読み込まずに拒否/), { heavy: true });
  add('6,000 rows below the form (far beyond its own size)', await edited((f) => {
    const start = f.ws.rowCount + 1;
    for (let i = 0; i < 6_000; i++) f.ws.getCell(start + i, 1).value = `行 ${i}`;
  }), refused(/「回答」シートが 6,\d{3} 行目まで使われていて、様式\(\d+ 行目まで\)よりはるかに下まで/));
  add('a 20 MB return: a big budget sheet pasted beside the form (never parsed)', await withBigSheet(forms.form, 19 * 1024 * 1024), { accepted: true }, { heavy: true });
  const resultCell = (await FormEditor.open(forms.form)).resultCell(forms.id, forms.fiscalYear).address;
  add('40,000 characters in one input cell (more than an Excel cell holds)', await edited((f) => {
    f.resultCell(forms.id, forms.fiscalYear).value = 'あ'.repeat(40_000);
  }), refused(/記入が長すぎます\(40,000文字\).*32,767 文字まで/, `回答!${resultCell}`));

  return cases;
}
