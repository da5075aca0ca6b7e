// Creating a survey round: the snapshot of what is sent, and one form per 課 handed back as bytes
// (the shell saves them into the folder the user picks, the browser as one zip, the CLI to --out).
import { randomBytes, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors.ts';
import { XLSX_MIME } from '../../shared/files/file-download.ts';
import type { CreateSurveyRoundResult, SurveyFormFile } from '../../shared/survey/api-types.ts';
import type { CreateSurveyRoundInput } from '../../shared/survey/inputs.ts';
import type { RoundSnapshot } from '../../shared/survey/types.ts';
import { FORM_VERSION } from '../excel/form-layout.ts';
import { recordBatch } from '../store/audit.ts';
import { assertWritable } from '../store/edit-guard.ts';
import { currentPlanId, readDepartments, readInitiatives, readPlanHeader, readPolicies } from '../store/plan-read.ts';
import { blocksOf, formsOf, insertRound, roundById, roundByName, roundSummary, saveGroupAnswerers, snapshotOf } from '../store/survey-store.ts';
import { renderForms, type RenderedForm } from './forms.ts';
import { chooseRecipients } from './recipients.ts';
import { insertRoundSecret, newRoundSecret, requireRoundSecret } from '../store/survey-secret.ts';

const fileOut = (f: RenderedForm): SurveyFormFile => ({
  department: f.department, fileName: f.fileName, initiatives: f.initiatives, mimeType: XLSX_MIME, base64: f.buffer.toString('base64'),
});

/** A password people can read out on the phone: no 0/O, 1/l/I. */
function newPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

export async function createRound(db: Database, input: z.output<typeof CreateSurveyRoundInput>, ctx: { user: string; source: string }): Promise<CreateSurveyRoundResult> {
  const planId = currentPlanId(db);
  assertWritable(db, planId);
  const header = readPlanHeader(db, planId);
  if (input.fiscalYear < header.firstFiscalYear || input.fiscalYear > header.lastFiscalYear) {
    throw new AppError('BAD_INPUT', `照会の対象年度 ${input.fiscalYear}年度 は計画期間(${header.firstFiscalYear}〜${header.lastFiscalYear}年度)の外です。`);
  }
  if (roundByName(db, input.name)) throw new AppError('CONFLICT', `「${input.name}」という照会は既にあります。別の名前にしてください。`);
  const snapshot: RoundSnapshot = {
    planId, firstFiscalYear: header.firstFiscalYear, lastFiscalYear: header.lastFiscalYear, eraStyle: header.eraStyle,
    policies: readPolicies(db, planId),
    initiatives: readInitiatives(db, planId).map(({ version: _v, ...it }) => it),
  };
  const { assignments, answerers } = chooseRecipients(snapshot, readDepartments(db, planId), input);
  const row = {
    uid: randomUUID().replaceAll('-', ''), plan_id: planId, name: input.name, fiscal_year: input.fiscalYear, deadline: input.deadline ?? null,
    form_version: FORM_VERSION, protect_password: newPassword(), snapshot_json: JSON.stringify(snapshot), created_at: new Date().toISOString(), created_by: ctx.user,
  };
  const secret = newRoundSecret();
  const forms = await renderForms(row, snapshot, assignments, secret);
  const id = db.transaction(() => {
    if (roundByName(db, input.name)) throw new AppError('CONFLICT', `「${input.name}」という照会は既にあります。別の名前にしてください。`);
    const roundId = insertRound(db, row, forms.map((f) => ({ department: f.department, fileName: f.fileName, blocks: f.blocks })));
    insertRoundSecret(db, roundId, secret);
    saveGroupAnswerers(db, roundId, answerers);
    recordBatch(db, planId, { who: ctx.user, source: ctx.source }, `照会「${input.name}」を作成(${forms.length}課)`, [
      { entity: 'survey_round', entityId: String(roundId), field: 'created', oldValue: null, newValue: { name: input.name, fiscalYear: input.fiscalYear, deadline: row.deadline, departments: forms.map((f) => f.department) } },
    ]);
    return roundId;
  }).immediate();
  return {
    round: roundSummary(db, id),
    files: forms.map(fileOut),
    protectionPassword: row.protect_password,
  };
}

/** The forms of an existing round, drawn again from its snapshot (identical blocks, same hashes). */
export async function exportForms(db: Database, roundId: number, opts: { departments?: string[] }): Promise<SurveyFormFile[]> {
  const round = roundById(db, roundId);
  const snapshot = snapshotOf(round);
  const byId = new Map(snapshot.initiatives.map((i) => [i.id, i]));
  let forms = formsOf(db, roundId);
  if (opts.departments) {
    const unknown = opts.departments.filter((d) => !forms.some((f) => f.department === d));
    if (unknown.length > 0) throw new AppError('NOT_FOUND', `照会「${round.name}」は「${unknown.join('、')}」には送っていません。`);
    forms = forms.filter((f) => opts.departments!.includes(f.department));
  }
  const rendered = await renderForms(round, snapshot, forms.map((f) => ({ department: f.department, fileName: f.file_name, initiatives: blocksOf(f).map((b) => byId.get(b.id)!) })), requireRoundSecret(db, round));
  return rendered.map(fileOut);
}
