// Survey test helpers: a DB with a round whose forms sit in a folder, calls through the real
// contract, and editing a form the way a 課 would (found by the labels people see, not by the
// app's layout code, so a layout bug cannot hide itself).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Database } from 'better-sqlite3';
import { call } from '../../electron/cli/io.ts';
import { fromBase64, writeFilesInto } from '../../electron/files/write-files.ts';
import { openDatabase } from '../../electron/store/open.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { CreateSurveyRoundResult } from '../../shared/survey/api-types.ts';
import { miniPlan, tempDir } from '../helpers.ts';

export interface RoundFixture {
  dir: string;
  dbPath: string;
  db: Database;
  round: CreateSurveyRoundResult;
  formsDir: string;
  /** Form path of a 課. */
  form: (department: string) => string;
}

export async function setupRound(doc: PlanDocument = miniPlan(), opts: { name?: string; fiscalYear?: number } = {}): Promise<RoundFixture> {
  const dir = tempDir('plan-desk-survey-');
  const dbPath = join(dir, 'plan.db');
  const db = openDatabase(dbPath, { seed: () => doc });
  const formsDir = join(dir, 'forms');
  const round = await call(db, dbPath, 'createSurveyRound', { name: opts.name ?? '2025年度実績照会', fiscalYear: opts.fiscalYear ?? 2025, deadline: '2026-05-15' });
  const paths = writeFilesInto(formsDir, round.files.map(fromBase64));
  return { dir, dbPath, db, round, formsDir, form: (d) => paths[round.files.findIndex((f) => f.department === d)]! };
}

export const fileInput = (path: string, name = path.split('/').at(-1)!) => ({ name, base64: readFileSync(path).toString('base64') });
export const bufferInput = (name: string, data: Buffer) => ({ name, base64: data.toString('base64') });
export const allForms = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort().map((n) => fileInput(join(dir, n)));
export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A form opened for editing: cells of a block found by the labels in column A and the ID cell. */
export class FormEditor {
  readonly wb: ExcelJS.Workbook;
  readonly ws: ExcelJS.Worksheet;
  private constructor(wb: ExcelJS.Workbook) {
    this.wb = wb;
    this.ws = wb.getWorksheet('回答')!;
  }
  static async open(path: string): Promise<FormEditor> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new FormEditor(wb);
  }
  /** The row of the block's head (the one whose last cell reads "ID <id>"). */
  blockTop(id: string): number {
    for (let r = 1; r <= this.ws.rowCount; r++) {
      const row = this.ws.getRow(r);
      for (let c = 1; c <= 12; c++) if (row.getCell(c).value === `ID ${id}`) return r;
    }
    throw new Error(`block ${id} not found`);
  }
  /** The first row at or below the block head whose column A starts with `label`. */
  labelRow(id: string, label: string): number {
    for (let r = this.blockTop(id); r <= this.ws.rowCount; r++) {
      const v = this.ws.getCell(r, 1).value;
      if (typeof v === 'string' && v.startsWith(label)) return r;
    }
    throw new Error(`label ${label} not found under ${id}`);
  }
  /** The column of a fiscal year in the block's 年度 row. */
  yearCol(id: string, fy: number): number {
    const r = this.labelRow(id, '年度');
    for (let c = 2; c <= 12; c++) if (String(this.ws.getCell(r, c).value ?? '').startsWith(`${fy}年度`)) return c;
    throw new Error(`year ${fy} not found`);
  }
  resultCell(id: string, fy: number): ExcelJS.Cell {
    return this.ws.getCell(this.labelRow(id, '実績'), this.yearCol(id, fy));
  }
  /** Row i (0-based) of the 計画の変更 table: [内容, 開始年度, 終了年度, 段] cells. */
  barRow(id: string, i: number): ExcelJS.Cell[] {
    const head = this.labelRow(id, '計画の変更');
    const r = head + 1 + i;
    const last = this.ws.getRow(head).cellCount;
    return [this.ws.getCell(r, 2), this.ws.getCell(r, last - 2), this.ws.getCell(r, last - 1), this.ws.getCell(r, last)];
  }
  setBar(id: string, i: number, v: [string | null, string | null, string | null, string | null]): void {
    this.barRow(id, i).forEach((c, k) => { c.value = v[k] ?? null; });
  }
  input(id: string, label: string): ExcelJS.Cell {
    return this.ws.getCell(this.labelRow(id, label), 2);
  }
  meta(): ExcelJS.Worksheet {
    return this.wb.getWorksheet('_plan_desk')!;
  }
  async save(path: string): Promise<string> {
    writeFileSync(path, Buffer.from(await this.wb.xlsx.writeBuffer()));
    return path;
  }
}
