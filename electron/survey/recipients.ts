// Who a round is sent to: chosen at creation (by default every real 課 with initiatives — group
// entries of the master such as 庁内各課 never get a form), a 課 added later (its own late form)
// or taken out (it leaves 未回答; its returns are kept but no longer merged), and, per group
// entry, the real 課 that answer for it in this round.
import { XLSX_MIME } from '../../shared/files/file-download.ts';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import type { Department, Initiative } from '../../shared/domain/schema.ts';
import type { FileDownload } from '../../shared/survey/api-types.ts';
import type { RoundSnapshot } from '../../shared/survey/types.ts';
import { requireRoundSecret } from '../store/survey-secret.ts';
import { recordBatch } from '../store/audit.ts';
import { assertWritable } from '../store/edit-guard.ts';
import { readDepartments } from '../store/plan-read.ts';
import { addForm, formOf, formsOf, groupAnswerersOf, removeForm, roundById, saveGroupAnswerers, snapshotOf } from '../store/survey-store.ts';
import { renderForms, uniqueFileNames } from './forms.ts';

export interface Assignment {
  department: string;
  initiatives: Initiative[];
}

/** Each recipient's initiatives: its own, and those of the groups it answers for, in document order. */
export function assignmentsOf(snapshot: RoundSnapshot, recipients: readonly string[], answerers: ReadonlyMap<string, readonly string[]>): Assignment[] {
  return recipients.map((department) => ({
    department,
    initiatives: snapshot.initiatives.filter((it) => it.departments.some((d) => d === department || answerers.get(d)?.includes(department))),
  }));
}

/** The 課 of the master that are one 課 (not a group) and have an initiative in the snapshot. */
export function defaultRecipients(snapshot: RoundSnapshot, master: readonly Department[]): string[] {
  return master.filter((d) => !d.group && snapshot.initiatives.some((it) => it.departments.includes(d.name))).map((d) => d.name);
}

/** Checks a choice of recipients and group answerers against the master; Japanese messages name the 課. */
export function chooseRecipients(
  snapshot: RoundSnapshot, master: readonly Department[],
  input: { recipients?: string[]; groupAnswerers?: { group: string; departments: string[] }[] },
): { assignments: Assignment[]; answerers: Map<string, string[]> } {
  const byName = new Map(master.map((d) => [d.name, d]));
  const answerers = new Map<string, string[]>();
  for (const g of input.groupAnswerers ?? []) {
    if (!byName.get(g.group)?.group) throw new AppError('BAD_INPUT', `「${g.group}」は課の一覧で「課の集まり」になっていません。代わりに答える課は、課の集まりにだけ指定できます。`);
    const bad = g.departments.filter((d) => !byName.has(d) || byName.get(d)!.group);
    if (bad.length > 0) throw new AppError('BAD_INPUT', `「${g.group}」の代わりに答える課に、課の一覧にない課か課の集まりがあります: ${bad.join('、')}`);
    answerers.set(g.group, [...new Set([...(answerers.get(g.group) ?? []), ...g.departments])]);
  }
  const chosen = input.recipients ? [...new Set(input.recipients.map((r) => r.trim()))] : defaultRecipients(snapshot, master);
  const unknown = chosen.filter((r) => !byName.has(r));
  if (unknown.length > 0) throw new AppError('BAD_INPUT', `照会先に、課の一覧にない課があります: ${unknown.join('、')}`);
  const groups = chosen.filter((r) => byName.get(r)!.group);
  if (groups.length > 0) throw new AppError('BAD_INPUT', `「${groups.join('、')}」は課の集まりのため照会先にできません。代わりに答える課を指定してください。`);
  const recipients = [...new Set([...chosen, ...[...answerers.values()].flat()])];
  const assignments = assignmentsOf(snapshot, recipients, answerers);
  const empty = assignments.filter((a) => a.initiatives.length === 0).map((a) => a.department);
  if (empty.length > 0) throw new AppError('BAD_INPUT', `「${empty.join('、')}」の担当の取組がありません。照会先から外してください。`);
  if (assignments.length === 0) throw new AppError('BAD_INPUT', '照会先の課がありません。1つ以上選んでください。');
  return { assignments, answerers };
}

/** Adds a 課 to a round after creation and hands back its form (a removed 課 comes back with its first form). */
export async function addRecipient(db: Database, roundId: number, department: string, answersFor: readonly string[], ctx: { user: string; source: string }): Promise<FileDownload> {
  const round = roundById(db, roundId);
  assertWritable(db, round.plan_id);
  const snapshot = snapshotOf(round);
  const existing = formOf(db, roundId, department);
  if (existing && existing.removed_at === null) throw new AppError('CONFLICT', `「${department}」は既にこの照会の照会先です。様式は「様式を再取得」で受け取れます。`);
  const answerers = groupAnswerersOf(db, roundId);
  for (const g of answersFor) answerers.set(g, [...new Set([...(answerers.get(g) ?? []), department])]);
  const master = readDepartments(db, round.plan_id);
  const { assignments } = existing
    ? { assignments: [] as Assignment[] }
    : chooseRecipients(snapshot, master, { recipients: [department], groupAnswerers: [...answerers].map(([group, departments]) => ({ group, departments })) });
  const mine = assignments.filter((a) => a.department === department);
  const byId = new Map(snapshot.initiatives.map((i) => [i.id, i]));
  const secret = requireRoundSecret(db, round);
  // A late addition's file name stays distinct from every form the round already has.
  const lateName = uniqueFileNames(round.name, [...formsOf(db, roundId).map((f) => f.department), department]).at(-1)!;
  const forms = existing
    ? await renderForms(round, snapshot, [{ department, fileName: existing.file_name, initiatives: (JSON.parse(existing.blocks_json) as { id: string }[]).map((b) => byId.get(b.id)!) }], secret)
    : await renderForms(round, snapshot, mine.map((a) => ({ ...a, fileName: lateName })), secret);
  const form = forms[0]!;
  db.transaction(() => {
    const at = new Date().toISOString();
    addForm(db, roundId, { department, fileName: form.fileName, blocks: form.blocks }, at, ctx.user);
    if (!existing) saveGroupAnswerers(db, roundId, answerers);
    recordBatch(db, round.plan_id, { who: ctx.user, source: ctx.source }, `照会「${round.name}」の照会先に「${department}」を追加`, [
      { entity: 'survey_form', entityId: `${roundId}:${department}`, field: 'recipient', oldValue: existing ? 'removed' : null, newValue: { initiatives: form.initiatives, answersFor } },
    ]);
  }).immediate();
  return { fileName: form.fileName, mimeType: XLSX_MIME, base64: form.buffer.toString('base64') };
}

export function removeRecipient(db: Database, roundId: number, department: string, ctx: { user: string; source: string }): void {
  const round = roundById(db, roundId);
  assertWritable(db, round.plan_id);
  const form = formOf(db, roundId, department);
  if (!form || form.removed_at !== null) throw new AppError('NOT_FOUND', `「${department}」はこの照会の照会先ではありません。`);
  db.transaction(() => {
    removeForm(db, roundId, department, new Date().toISOString(), ctx.user);
    recordBatch(db, round.plan_id, { who: ctx.user, source: ctx.source }, `照会「${round.name}」の照会先から「${department}」を除外`, [
      { entity: 'survey_form', entityId: `${roundId}:${department}`, field: 'recipient', oldValue: 'active', newValue: 'removed' },
    ]);
  }).immediate();
}
