// The zip guard (file-guard.ts, zip-archive.ts: yauzl's size-checked inflate of only the parts
// the import reads) and the workbook reader over it (workbook-dump.ts, sheet-read.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { cli } from '../helpers.ts';
import { miniDb } from './helpers.ts';
import { entry, writeZip, type ZipEntry } from './zip-tools.ts';
import { guardFile } from '../../electron/excel/file-guard.ts';
import { readSheet } from '../../electron/excel/sheet-read.ts';
import { readWorkbookFile } from '../../electron/excel/workbook-dump.ts';

const { dbPath, dir } = miniDb();
const out = join(dir, 'forms');
const made = await cli('round', 'create', '--db', dbPath, '--name', '2025年度実績照会', '--fiscal-year', '2025', '--out', out);
if (made.code !== 0) throw new Error(made.err);
const form = readFileSync(join(out, readdirSync(out).find((n) => n.includes('市民課'))!));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const TYPES = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
  <Override PartName="/xl/worksheets/sheet1.xml" ContentType="${WS}"/><Override PartName="/xl/worksheets/other.xml" ContentType="${WS}"/></Types>`;
const BOOK = '<workbook xmlns:r="r"><sheets><sheet name="回答" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS = '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>';
const SHEET = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>';
/** A minimal workbook with a 回答 sheet; `parts` replace or add parts by name. */
const workbook = (...parts: ZipEntry[]) => {
  const base = [entry('[Content_Types].xml', TYPES), entry('xl/workbook.xml', BOOK), entry('xl/_rels/workbook.xml.rels', RELS), entry('xl/worksheets/sheet1.xml', SHEET), entry('xl/sharedStrings.xml', '<sst><si><t>あ</t></si></sst>')];
  return writeZip([...base.filter((b) => !parts.some((p) => p.name === b.name)), ...parts]);
};
const refusalOf = async (zip: Buffer) => {
  const r = await readWorkbookFile(zip);
  return r.ok ? null : r.rejection;
};

describe('inflating only what is read, against the declared sizes', () => {
  it('reads the same cell texts as exceljs does from the file itself', async () => {
    const read = await readWorkbookFile(form);
    if (!read.ok) throw new Error(read.rejection.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form as unknown as ArrayBuffer);
    for (const name of ['回答', '_plan_desk']) {
      const direct: Record<string, string> = {};
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => {
        const v = (c.isMerged ? c.master : c).value;
        if (typeof v === 'string' && v !== '') direct[c.address] = v;
      }));
      expect(read.dump.sheets[name]!.cells).toEqual(direct);
      expect(Object.keys(direct).length).toBeGreaterThan(10);
    }
    expect(read.dump.sheets['回答']!.protected).toBe(true);
    let last = 0;
    wb.getWorksheet('回答')!.eachRow((row, r) => row.eachCell((c) => { if (c.value !== null && c.value !== '') last = Math.max(last, r); }));
    expect(read.dump.sheets['回答']!.lastRow).toBe(last);
  });

  it('reads a minimal workbook, and refuses an entry that inflates to more than declared as a bomb, to less as broken', async () => {
    expect((await readWorkbookFile(workbook())) as unknown).toMatchObject({ ok: true, dump: { sheets: { 回答: { cells: { A1: 'あ' } } } } });
    const text = Buffer.from('<sst><si><t>'.padEnd(5000, 'x') + '</t></si></sst>');
    expect(await refusalOf(workbook({ ...entry('xl/sharedStrings.xml', text), declaredSize: 100 }))).toMatchObject({ reason: 'zip-bomb', message: expect.stringMatching(/圧縮爆弾/) });
    expect(await refusalOf(workbook({ ...entry('xl/sharedStrings.xml', text), declaredSize: 6000 }))).toMatchObject({ reason: 'broken', message: expect.stringMatching(/壊れている/) });
  });

  it('refuses the parts it reads when together they declare more than a form can be (before inflating them)', async () => {
    let x = 1;
    const noise = Buffer.from(Array.from({ length: 300_000 }, () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24)); // incompressible: not a bomb by ratio
    const sst = { ...entry('xl/sharedStrings.xml', noise), declaredSize: 51 * 1024 * 1024 };
    expect(await refusalOf(workbook(sst))).toMatchObject({ reason: 'too-large', message: expect.stringMatching(/展開すると 50MB を超え/) });
  });

  it('never inflates a part the import does not read (a lying entry there is harmless)', async () => {
    const lying = { ...entry('xl/media/image1.png', Buffer.alloc(5000)), declaredSize: 100 };
    expect(await refusalOf(workbook(lying))).toBeNull();
  });

  it('refuses a stored entry whose size lies, an unknown method and data outside the file as broken', async () => {
    const raw = Buffer.from(SHEET);
    const stored: ZipEntry = { name: 'xl/worksheets/sheet1.xml', data: raw, method: 0, crc: crc32(raw), size: raw.length, declaredSize: raw.length + 1 };
    expect(await refusalOf(workbook(stored))).toMatchObject({ reason: 'broken' });
    const bzip = { ...entry('xl/worksheets/sheet1.xml', raw), method: 12 as 0 };
    expect(await refusalOf(workbook(bzip))).toMatchObject({ reason: 'broken' });
    const zip = writeZip([entry('[Content_Types].xml', TYPES), entry('xl/workbook.xml', BOOK), entry('xl/styles.xml', '<styleSheet/>')]);
    const cdStart = zip.readUInt32LE(zip.length - 6);
    zip.writeUInt32LE(zip.length, cdStart + 2 * 46 + 42 + '[Content_Types].xml'.length + 'xl/workbook.xml'.length); // third entry's local header: past the end
    expect(await guardFile(zip)).toBeNull(); // the directory itself is sound …
    expect(await refusalOf(zip)).toMatchObject({ reason: 'broken' }); // … but the workbook cannot be read
  });

  it('keeps a truncated deflate stream out (broken, not a crash)', async () => {
    const d = deflateRawSync(Buffer.from(SHEET.repeat(20)));
    const cut: ZipEntry = { name: 'xl/worksheets/sheet1.xml', data: d.subarray(0, d.length - 4), method: 8, crc: 0, size: SHEET.length * 20 };
    expect(await refusalOf(workbook(cut))).toMatchObject({ reason: 'broken' });
  });

  it('refuses two entries of one name, and a macro part under another name by its content type', async () => {
    expect(await guardFile(workbook(entry('xl/worksheets/sheet1.xml', SHEET), entry('xl/worksheets/sheet1.xml', SHEET.replace('<v>0</v>', '<v>1</v>')))))
      .toMatchObject({ reason: 'duplicate-entry', message: expect.stringMatching(/同じ名前の部品\(xl\/worksheets\/sheet1\.xml\)が2つ/) });
    const types = TYPES.replace('</Types>', '<Override PartName="/xl/code.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    expect(await guardFile(workbook(entry('[Content_Types].xml', types), entry('xl/code.bin', 'Attribute VB_Name')))).toMatchObject({ reason: 'macro' });
    expect(await guardFile(workbook(entry('xl/code.bin', 'Attribute VB_Name')))).toBeNull(); // the same part with no macro type is only data
  });
});

describe('worksheets as Excel shows them', () => {
  it('takes the last row holding a value; empty styled rows do not count', () => {
    expect(readSheet('<worksheet><dimension ref="A1:E718"/><sheetData><row r="3"><c r="A3"><v>1</v></c></row></sheetData></worksheet>', 100).lastRow).toBe(3);
    expect(readSheet('<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row><row r="1048576" customHeight="1"/></sheetData></worksheet>', 100).lastRow).toBe(2);
    expect(readSheet(`<x:worksheet><x:sheetData>${'<x:row><x:c><x:v>1</x:v></x:c></x:row>'.repeat(1234)}</x:sheetData></x:worksheet>`, 5000).lastRow).toBe(1234);
    expect(readSheet(`<worksheet><sheetData>${'<row><c><v>1</v></c></row>'.repeat(300)}</sheetData></worksheet>`, 100).lastRow).toBe(101); // stops reading past the limit
  });

  it('reads protection as an XML boolean (Excel "1", LibreOffice "true")', () => {
    for (const [v, want] of [['1', true], ['true', true], ['0', false], ['false', false]] as const) {
      expect(readSheet(`<worksheet><sheetData/><sheetProtection sheet="${v}" objects="true"/></worksheet>`, 10).protected, v).toBe(want);
    }
    expect(readSheet('<worksheet><sheetData/></worksheet>', 10).protected).toBe(false);
  });

  it('names sheets by their escaped names, any attribute order, absolute targets', async () => {
    const book = `<workbook xmlns:r="r"><sheets><sheet name="記入&amp;要領" sheetId="1" r:id="rId2"/><sheet r:id="rId1" name='回答' sheetId="2"/></sheets></workbook>`;
    const rels = '<Relationships><Relationship Target="/xl/worksheets/other.xml" Id="rId1" Type="ws"/><Relationship Id="rId2" Target="worksheets/sheet1.xml"/></Relationships>';
    const r = await readWorkbookFile(workbook(entry('xl/workbook.xml', book), entry('xl/_rels/workbook.xml.rels', rels),
      entry('xl/worksheets/other.xml', '<worksheet><sheetData><row r="4"><c r="C4" t="inlineStr"><is><t>ここ</t></is></c></row></sheetData></worksheet>')));
    expect(r.ok && r.dump.sheets['回答']).toMatchObject({ cells: { C4: 'ここ' }, lastRow: 4 });
  });
});
