// The zip guard's single native inflate (inflate-guard.ts), the stored zip it hands to exceljs
// (stored-zip.ts) and the sheet extents read from the XML before exceljs (sheet-extent.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { cli } from '../helpers.ts';
import { miniDb } from './helpers.ts';
import { entry, writeZip, type ZipEntry } from './zip-tools.ts';
import { guardFile, inspectFile } from '../../electron/excel/file-guard.ts';
import { storedZip } from '../../electron/excel/stored-zip.ts';
import { lastRowOf, sheetExtents } from '../../electron/excel/sheet-extent.ts';
import { readWorkbookFile } from '../../electron/excel/workbook-dump.ts';

const { dbPath, dir } = miniDb();
const out = join(dir, 'forms');
const made = await cli('round', 'create', '--db', dbPath, '--name', '2025年度実績照会', '--fiscal-year', '2025', '--out', out);
if (made.code !== 0) throw new Error(made.err);
const form = readFileSync(join(out, readdirSync(out).find((n) => n.includes('市民課'))!));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const contents = async (zip: Buffer) => {
  const z = await JSZip.loadAsync(zip);
  return Promise.all(Object.keys(z.files).map(async (n) => [n, (await z.files[n]!.async('nodebuffer')).toString('base64')] as const));
};
const workbook = (...more: ZipEntry[]) => writeZip([entry('[Content_Types].xml', '<Types/>'), entry('xl/workbook.xml', '<workbook/>'), ...more]);

describe('inflating once, against the declared sizes', () => {
  it('hands on every entry of a real form inflated, and the stored zip holds the same parts', async () => {
    const r = await inspectFile(form);
    if (!r.ok) throw new Error(r.rejection.message);
    const stored = storedZip(r.entries);
    expect(await contents(stored)).toEqual(await contents(form));
    expect(stored.length).toBeGreaterThan(form.length); // nothing compressed: exceljs only slices
  });

  it('reads the same cells through the stored zip as exceljs does from the file itself', async () => {
    const read = await readWorkbookFile(form);
    if (!read.ok) throw new Error(read.rejection.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form as unknown as ArrayBuffer);
    const direct: Record<string, string> = {};
    wb.getWorksheet('回答')!.eachRow((row) => row.eachCell((c) => {
      const v = (c.isMerged ? c.master : c).value;
      if (typeof v === 'string' && v !== '') direct[c.address] = v;
    }));
    const strings = Object.fromEntries(Object.entries(read.dump.sheets['回答']!.cells).filter(([a]) => a in direct));
    expect(strings).toEqual(direct);
    expect(Object.keys(direct).length).toBeGreaterThan(20);
    expect(read.dump.sheets['回答']!.lastRow).toBe(wb.getWorksheet('回答')!.rowCount);
  });

  it('refuses an entry that inflates to more than declared as a bomb, and to less as broken', async () => {
    const text = Buffer.from('<sst>'.padEnd(5000, 'x'));
    const more = await guardFile(workbook({ ...entry('xl/sharedStrings.xml', text), declaredSize: 100 }));
    expect(more).toMatchObject({ reason: 'zip-bomb', message: expect.stringMatching(/圧縮爆弾/) });
    const less = await guardFile(workbook({ ...entry('xl/sharedStrings.xml', text), declaredSize: 6000 }));
    expect(less).toMatchObject({ reason: 'broken', message: expect.stringMatching(/壊れている/) });
  });

  it('refuses a stored entry whose size lies, an unknown method and data outside the file as broken', async () => {
    const raw = Buffer.from('<styleSheet/>');
    const stored: ZipEntry = { name: 'xl/styles.xml', data: raw, method: 0, crc: crc32(raw), size: raw.length, declaredSize: raw.length + 1 };
    expect(await guardFile(workbook(stored))).toMatchObject({ reason: 'broken' });
    const bzip = { ...entry('xl/styles.xml', raw), method: 12 as 0 };
    expect(await guardFile(workbook(bzip))).toMatchObject({ reason: 'broken' });
    const zip = workbook(entry('xl/styles.xml', raw));
    const cdStart = zip.readUInt32LE(zip.length - 6);
    zip.writeUInt32LE(zip.length, cdStart + 2 * 46 + 42 + '[Content_Types].xml'.length + 'xl/workbook.xml'.length); // third entry's local header: past the end
    expect(await guardFile(zip)).toMatchObject({ reason: 'broken' });
  });

  it('keeps a truncated deflate stream out (broken, not a crash)', async () => {
    const d = deflateRawSync(Buffer.from('<worksheet>'.repeat(200)));
    const cut: ZipEntry = { name: 'xl/worksheets/sheet1.xml', data: d.subarray(0, d.length - 4), method: 8, crc: 0, size: 2200 };
    expect(await guardFile(workbook(cut))).toMatchObject({ reason: 'broken' });
  });
});

describe('sheet extents from the XML', () => {
  it('takes the largest of <dimension>, the last row number and the number of rows', () => {
    expect(lastRowOf('<worksheet><dimension ref="A1:E718"/><sheetData><row r="3"><c r="A3"/></row></sheetData></worksheet>')).toBe(718);
    expect(lastRowOf('<worksheet><dimension ref="A1"/><sheetData><row r="90210" spans="1:2"><c/></row></sheetData></worksheet>')).toBe(90210);
    expect(lastRowOf(`<x:worksheet><x:sheetData>${'<x:row><x:c/></x:row>'.repeat(1234)}</x:sheetData></x:worksheet>`)).toBe(1234);
    expect(lastRowOf('<worksheet><sheetData/><rowBreaks count="1"/></worksheet>')).toBe(0);
  });

  it('names each worksheet part by its sheet name (escaped names, any attribute order, absolute targets)', () => {
    const part = (name: string, xml: string) => ({ info: { name } as never, data: Buffer.from(xml, 'utf8') });
    const ext = sheetExtents([
      part('xl/workbook.xml', `<workbook xmlns:r="r"><sheets><sheet name="回答 &amp; 記入" sheetId="1" r:id="rId1"/><sheet r:id="rId2" name='_meta' sheetId="2"/></sheets></workbook>`),
      part('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Target="worksheets/sheet1.xml" Id="rId1" Type="ws"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>'),
      part('xl/worksheets/sheet1.xml', '<worksheet><dimension ref="A1:B9"/></worksheet>'),
      part('xl/worksheets/sheet2.xml', '<worksheet><sheetData><row r="4"/></sheetData></worksheet>'),
      part('xl/worksheets/sheet3.xml', '<worksheet><sheetData><row r="60001"/></sheetData></worksheet>'),
    ]);
    expect(ext).toEqual([
      { part: 'xl/worksheets/sheet1.xml', name: '回答 & 記入', lastRow: 9 },
      { part: 'xl/worksheets/sheet2.xml', name: '_meta', lastRow: 4 },
      { part: 'xl/worksheets/sheet3.xml', name: 'xl/worksheets/sheet3.xml', lastRow: 60001 },
    ]);
  });
});
