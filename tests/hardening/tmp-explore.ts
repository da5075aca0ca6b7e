import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync, readdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers.ts';
import { miniDb, contentHash } from './helpers.ts';
import { FormEditor } from '../survey/helpers.ts';
const { dbPath, dir } = miniDb();
await cli('round', 'create', '--db', dbPath, '--name', 'R', '--fiscal-year', '2025', '--out', join(dir, 'forms'));
const form = join(dir, 'forms', readdirSync(join(dir, 'forms')).find((n) => n.includes('市民課'))!);
const open = async () => { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(form); return wb; };
const ws = (wb: ExcelJS.Workbook) => wb.getWorksheet('回答')!;
// find result input cell for 2025
const wb0 = await open();
const s = ws(wb0);
let where = '';
s.eachRow((row, r) => row.eachCell((c, k) => { if (String(c.value ?? '').startsWith('実績')) where ||= `${r}`; }));
console.log('実績 row', where, 'rowCount', s.rowCount, s.getRow(Number(where)).values);
const fe = await FormEditor.open(form);
where = String(fe.resultCell('t-01', 2025).row); const col = fe.resultCell('t-01', 2025).col;
console.log('input', fe.resultCell('t-01', 2025).address);
const addr = fe.resultCell('t-01', 2025).address;
const cases: [string, (wb: ExcelJS.Workbook) => void][] = [
  ['formula', (wb) => { ws(wb).getCell(addr).value = { formula: 'HYPERLINK("http://evil.example/","click")', result: 'click' } as never; }],
  ['control', (wb) => { ws(wb).getCell(addr).value = 'ベル\u0007鳴る'; }],
  ['10MB', (wb) => { ws(wb).getCell(addr).value = Array.from({ length: 10 * 1024 * 1024 / 32 }, (_, i) => (i * 2654435761 >>> 0).toString(36).padStart(8, 'x').repeat(4)).join(''); }],
  ['yearZenkaku', (wb) => { const f = new (FormEditor as any)(wb); f.setBar('t-01', 2, ['新しい計画', '２０２５年度', '２０２６年度', null]); }],
  ['rows100k', (wb) => { const w = ws(wb); for (let r = 0; r < 100000; r++) w.getCell(w.rowCount + 1, 1).value = `行${r}`; }],
  ['merged', (wb) => { const w = ws(wb); w.mergeCells(Number(where), col, Number(where), col + 1); }],
  ['renamed', (wb) => { ws(wb).name = '回答(修正)'; }],
  ['deleted-meta', (wb) => { wb.removeWorksheet(wb.getWorksheet('_plan_desk')!.id); }],
  ['deleted-answer', (wb) => { wb.removeWorksheet(ws(wb).id); }],
  ['zenkaku', (wb) => { ws(wb).getCell(addr).value = '実績は１２３件でした'; }],
];
for (const [name, edit] of cases.filter(([n]) => !process.argv[2] || n === process.argv[2])) {
  const wb = await open();
  edit(wb);
  const f = join(dir, `${name}.xlsx`);
  writeFileSync(f, Buffer.from(await wb.xlsx.writeBuffer()));
  const db = join(dir, `${name}.db`);
  copyFileSync(dbPath, db);
  const h = contentHash(db);
  const t = performance.now();
  const r = await cli('import', '--db', db, f);
  console.log(`## ${name} size=${readFileSync(f).length} code=${r.code} ${(performance.now() - t).toFixed(0)}ms changed=${contentHash(db) !== h}\n${r.out.slice(0, 400)}${r.err.slice(0, 300)}`);
}
