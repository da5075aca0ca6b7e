// One mail draft (.eml) per recipient of a round: To from the 課 master's contact, the subject and
// body from the round's template, the 課's form attached. Built with nodemailer's MailComposer
// (RFC 2047 subject and attachment name, RFC 2231 file name), with X-Unsent: 1 so that Outlook
// opens it as a draft to send, not as a received mail. Handed back as bytes, never written.
import { EML_MIME, XLSX_MIME } from '../../shared/files/file-download.ts';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors.ts';
import type { FileDownload } from '../../shared/survey/api-types.ts';
import type { MailDraftsInput } from '../../shared/survey/inputs.ts';
import { fillMail } from '../../shared/survey/mail-template.ts';
import { requireRoundSecret } from '../store/survey-secret.ts';
import { readDepartments } from '../store/plan-read.ts';
import { blocksOf, formsOf, roundById, saveMailTemplate, snapshotOf } from '../store/survey-store.ts';
import { renderForms } from './forms.ts';
import { roundStatus } from './status.ts';
import { fileNamePart } from '../../shared/files/file-names.ts';



export async function mailDrafts(db: Database, input: z.output<typeof MailDraftsInput>, dbPath: string): Promise<{ files: FileDownload[]; withoutAddress: string[] }> {
  const round = roundById(db, input.roundId);
  const status = roundStatus(db, input.roundId, dbPath);
  const template = { ...status.mail, ...(input.subject ? { subject: input.subject } : {}), ...(input.body !== undefined ? { body: input.body } : {}) };
  const contacts = new Map(readDepartments(db, round.plan_id).map((d) => [d.name, d]));
  const unanswered = new Set(status.unanswered);
  let forms = formsOf(db, input.roundId).filter((f) => f.removed_at === null);
  if (input.departments) {
    const unknown = input.departments.filter((d) => !forms.some((f) => f.department === d));
    if (unknown.length > 0) throw new AppError('NOT_FOUND', `「${unknown.join('、')}」はこの照会の照会先ではありません。`);
    forms = forms.filter((f) => input.departments!.includes(f.department));
  }
  if (input.unansweredOnly) forms = forms.filter((f) => unanswered.has(f.department));
  if (forms.length === 0) throw new AppError('BAD_INPUT', input.unansweredOnly ? 'すべての課から回答があるため、作るメールはありません。' : 'メールを作る照会先がありません。');
  const snapshot = snapshotOf(round);
  const byId = new Map(snapshot.initiatives.map((i) => [i.id, i]));
  const rendered = await renderForms(round, snapshot, forms.map((f) => ({ department: f.department, fileName: f.file_name, initiatives: blocksOf(f).map((b) => byId.get(b.id)!) })), requireRoundSecret(db, round));
  const files: FileDownload[] = [];
  const withoutAddress: string[] = [];
  for (const form of rendered) {
    const c = contacts.get(form.department);
    if (!c?.mail) withoutAddress.push(form.department);
    const fields = { department: form.department, contactName: c?.contactName ?? null, roundName: round.name, deadline: round.deadline, initiatives: form.initiatives };
    const mail = new MailComposer({
      ...(c?.mail ? { to: { name: `${form.department}${c.contactName ? ` ${c.contactName}` : ''}`, address: c.mail } } : {}),
      subject: fillMail(template.subject, fields),
      text: fillMail(template.body, fields),
      headers: { 'X-Unsent': '1' },
      attachments: [{ filename: form.fileName, content: form.buffer, contentType: XLSX_MIME }],
    });
    const bytes = await mail.compile().build();
    files.push({ fileName: `${fileNamePart(`${round.name}_${form.department}`)}.eml`, mimeType: EML_MIME, base64: bytes.toString('base64') });
  }
  if (input.subject !== undefined || input.body !== undefined) {
    // The template as last used stays with the round (the next reminder starts from it).
    db.transaction(() => saveMailTemplate(db, input.roundId, template))();
  }
  return { files, withoutAddress };
}
