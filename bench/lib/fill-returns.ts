// Fills survey forms the way a 課 would before sending them back: every 実績 cell of the target
// year gets a few real result lines from the seed, and every fourth block a comment. Not timed.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../shared/synth/prng.ts';
import { lines } from '../../shared/synth/pools.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { ROOT } from './context.ts';

const ANSWER_SHEET = '回答';

function resultPool(): string[] {
  const seed = JSON.parse(readFileSync(join(ROOT, 'seeds/plan-2025.json'), 'utf8')) as PlanDocument;
  return seed.initiatives.flatMap((i) => i.results.flatMap((r) => lines(r.text)));
}

const editable = (c: ExcelJS.Cell) => c.protection?.locked === false;

/** Writes the filled copy of `form` to `out`; returns how many cells were filled. */
export async function fillReturn(form: string, out: string, seed: number): Promise<number> {
  const rng = mulberry32(seed);
  const pool = resultPool();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(form);
  const ws = wb.getWorksheet(ANSWER_SHEET);
  if (!ws) throw new Error(`「${form}」に「${ANSWER_SHEET}」シートがありません`);
  let filled = 0;
  let block = 0;
  ws.eachRow((row) => {
    const label = String(row.getCell(1).value ?? '').split('\n')[0];
    if (label === '実績') {
      block++;
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (!editable(cell)) return;
        cell.value = Array.from({ length: 1 + rng.int(3) }, () => rng.pick(pool)).join('\n');
        filled++;
      });
    } else if (label === 'コメント' && block % 4 === 0) {
      const cell = row.getCell(2);
      if (editable(cell)) {
        cell.value = '2月に事業者と調整を行い、次年度の計画を見直しました。';
        filled++;
      }
    }
  });
  await wb.xlsx.writeFile(out);
  return filled;
}
