// Creating a survey round: the snapshot of what is sent, one form per 課, written into a folder
// (or handed back for download). Files are written before the DB row and removed again if the
// DB refuses, so a failed creation leaves neither a round without forms nor forms without a round.
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors.ts';
import type { CreateSurveyRoundResult, SurveyFormFile } from '../../shared/survey/api-types.ts';
import type { CreateSurveyRoundInput } from '../../shared/survey/inputs.ts';
import type { RoundSnapshot } from '../../shared/survey/types.ts';
import { FORM_VERSION } from '../excel/form-layout.ts';
import { recordBatch } from '../store/audit.ts';
import { assertPlanWritable } from '../store/plan-guard.ts';
import { currentPlanId, readDepartments, readInitiatives, readPlanHeader, readPolicies } from '../store/plan-read.ts';
import { blocksOf, formsOf, insertRound, roundById, roundByName, roundSummary, snapshotOf } from '../store/survey-store.ts';
import { formAssignments, renderForms, type RenderedForm } from './forms.ts';
import { insertRoundSecret, newRoundSecret, roundSecret } from '../store/survey-secret.ts';

/** Writes the files into `dir` (each beside its target, then renamed); never overwrites a file. */
export function writeFormFiles(dir: string, forms: readonly { fileName: string; buffer: Buffer }[]): string[] {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
  } catch (e) {
    throw new AppError('BAD_INPUT', `出力先のフォルダー「${dir}」を使えません(${(e as NodeJS.ErrnoException).code ?? (e as Error).message})。別のフォルダーを指定してください。`);
  }
  const taken = forms.filter((f) => existsSync(join(dir, f.fileName))).map((f) => f.fileName);
  if (taken.length > 0) {
    throw new AppError('CONFLICT', `出力先に同じ名前のファイルが既にあります(${taken.slice(0, 3).join('、')}${taken.length > 3 ? ` ほか${taken.length - 3}件` : ''})。返送された回答を上書きしないよう、空のフォルダーを指定してください。`);
  }
  const written: string[] = [];
  try {
    for (const f of forms) {
      const path = join(dir, f.fileName);
      writeFileSync(`${path}.part`, f.buffer, { flag: 'wx' });
      renameSync(`${path}.part`, path);
      written.push(path);
    }
  } catch (e) {
    for (const f of forms) rmSync(join(dir, `${f.fileName}.part`), { force: true });
    for (const p of written) rmSync(p, { force: true });
    throw new AppError('INTERNAL', `様式を書き出せませんでした(${(e as Error).message})。フォルダーの権限と空き容量を確認してください。照会は作成していません。`);
  }
  return written;
}

const fileOut = (f: RenderedForm, path: string | undefined, withData: boolean): SurveyFormFile => ({
  department: f.department, fileName: f.fileName, initiatives: f.initiatives,
  ...(path ? { path } : {}), ...(withData ? { base64: f.buffer.toString('base64') } : {}),
});

/** A password people can read out on the phone: no 0/O, 1/l/I. */
function newPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

export async function createRound(db: Database, input: z.output<typeof CreateSurveyRoundInput>, ctx: { user: string; source: string }): Promise<CreateSurveyRoundResult> {
  const planId = currentPlanId(db);
  assertPlanWritable(db, planId);
  const header = readPlanHeader(db, planId);
  if (input.fiscalYear < header.firstFiscalYear || input.fiscalYear > header.lastFiscalYear) {
    throw new AppError('BAD_INPUT', `照会の対象年度 ${input.fiscalYear}年度 は計画期間(${header.firstFiscalYear}〜${header.lastFiscalYear}年度)の外です。`);
  }
  if (roundByName(db, input.name)) throw new AppError('CONFLICT', `「${input.name}」という照会は既にあります。別の名前にしてください。`);
  if (!input.outDir && !input.returnFiles) throw new AppError('BAD_INPUT', '様式の出力先のフォルダーを指定してください。');
  const snapshot: RoundSnapshot = {
    planId, firstFiscalYear: header.firstFiscalYear, lastFiscalYear: header.lastFiscalYear, eraStyle: header.eraStyle,
    policies: readPolicies(db, planId),
    initiatives: readInitiatives(db, planId).map(({ version: _v, ...it }) => it),
  };
  const assignments = formAssignments(snapshot, readDepartments(db, planId).map((d) => d.name));
  if (assignments.length === 0) throw new AppError('BAD_INPUT', '照会する取組がありません(実施課のある取組が1件もありません)。');
  const row = {
    uid: randomUUID().replaceAll('-', ''), plan_id: planId, name: input.name, fiscal_year: input.fiscalYear, deadline: input.deadline ?? null,
    form_version: FORM_VERSION, protect_password: newPassword(), snapshot_json: JSON.stringify(snapshot), created_at: new Date().toISOString(), created_by: ctx.user,
  };
  const secret = newRoundSecret();
  const forms = await renderForms(row, snapshot, assignments, secret);
  const paths = input.outDir ? writeFormFiles(input.outDir, forms) : [];
  let id: number;
  try {
    id = db.transaction(() => {
      if (roundByName(db, input.name)) throw new AppError('CONFLICT', `「${input.name}」という照会は既にあります。別の名前にしてください。`);
      const roundId = insertRound(db, row, forms.map((f) => ({ department: f.department, fileName: f.fileName, blocks: f.blocks })));
      insertRoundSecret(db, roundId, secret);
      recordBatch(db, planId, { who: ctx.user, source: ctx.source }, `照会「${input.name}」を作成(${forms.length}課)`, [
        { entity: 'survey_round', entityId: String(roundId), field: 'created', oldValue: null, newValue: { name: input.name, fiscalYear: input.fiscalYear, deadline: row.deadline, departments: forms.map((f) => f.department) } },
      ]);
      return roundId;
    }).immediate();
  } catch (e) {
    for (const p of paths) rmSync(p, { force: true });
    throw e;
  }
  return {
    round: roundSummary(db, id),
    files: forms.map((f, i) => fileOut(f, paths[i], input.returnFiles === true)),
    protectionPassword: row.protect_password,
  };
}

/** The forms of an existing round, drawn again from its snapshot (identical blocks, same hashes). */
export async function exportForms(db: Database, roundId: number, opts: { departments?: string[]; outDir?: string }): Promise<SurveyFormFile[]> {
  const round = roundById(db, roundId);
  const snapshot = snapshotOf(round);
  const byId = new Map(snapshot.initiatives.map((i) => [i.id, i]));
  let forms = formsOf(db, roundId);
  if (opts.departments) {
    const unknown = opts.departments.filter((d) => !forms.some((f) => f.department === d));
    if (unknown.length > 0) throw new AppError('NOT_FOUND', `照会「${round.name}」は「${unknown.join('、')}」には送っていません。`);
    forms = forms.filter((f) => opts.departments!.includes(f.department));
  }
  const secret = roundSecret(db, roundId);
  if (!secret) throw new AppError('INTERNAL', `照会「${round.name}」の照合用の鍵がデータベースにありません。`);
  const rendered = await renderForms(round, snapshot, forms.map((f) => ({ department: f.department, fileName: f.file_name, initiatives: blocksOf(f).map((b) => byId.get(b.id)!) })), secret.secret);
  const paths = opts.outDir ? writeFormFiles(opts.outDir, rendered) : [];
  return rendered.map((f, i) => fileOut(f, paths[i], !opts.outDir));
}
