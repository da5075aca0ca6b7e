// Importing returned forms: each file is identified by its metadata, checked against the form as
// sent, read, and only then stored (all accepted files in one transaction). A refused file writes
// nothing to the DB; its reason goes to the rejection log beside it (rejection-log.ts) for 回答状況.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { FileProblem, ImportFileReport, ImportReport } from '../../shared/survey/api-types.ts';
import { fieldText } from '../../shared/survey/fields.ts';
import { countItems, type SurveyCounts } from '../../shared/survey/item-state.ts';
import type { ReturnBlock } from '../../shared/survey/types.ts';
import { colLetter, FORM_FORMAT, FORM_VERSION, SHEET_META } from '../excel/form-layout.ts';
import { MAC_KEY, macMatches, metaRows } from '../excel/form-meta.ts';
import { normalizeCellText } from '../../shared/survey/normalize.ts';
import { roundSecret } from '../store/survey-secret.ts';
import { readAnswers, readMeta, type FormMeta } from '../excel/form-reader.ts';
import { readWorkbookFiles } from '../excel/read-pool.ts';
import type { FileRead } from '../excel/workbook-dump.ts';
import { recordBatch } from '../store/audit.ts';
import { activeReturnOf, blocksOf, formOf, formsOf, insertReturn, returnBySha, roundByUid, snapshotOf, supersede } from '../store/survey-store.ts';
import type { SurveyRoundRow } from '../store/survey-rows.ts';
import { formLayoutOf } from './forms.ts';
import { logRejection } from './rejection-log.ts';
import { mergeOf } from './review.ts';

export interface IncomingFile {
  name: string;
  data: Buffer;
}

export interface ImportContext {
  user: string;
  dbPath: string;
  /** Refuse files of any other round. */
  onlyRoundId?: number;
  /** Worker threads for parsing (0: in this thread). */
  workers?: number;
  now?: () => Date;
}

interface Accepted {
  index: number;
  file: IncomingFile;
  sha256: string;
  round: SurveyRoundRow;
  department: string;
  savedAt: string | null;
  blocks: ReturnBlock[];
}

class Refusal extends Error {
  readonly problems: FileProblem[];
  readonly round: SurveyRoundRow | null;
  readonly department: string | null;
  constructor(message: string, problems: FileProblem[] = [], who: { round?: SurveyRoundRow; department?: string } = {}) {
    super(message);
    this.problems = problems;
    this.round = who.round ?? null;
    this.department = who.department ?? null;
  }
}

const RESEND = '送付した様式(または新しく送り直した様式)に記入して返送してもらってください。';

const META_CHANGED = `管理用の情報(「${SHEET_META}」シート)が送付した様式から書き換えられているため、取り込みません。${RESEND}`;

/**
 * The metadata must carry the signature made with the round's secret when the form was drawn.
 * When it does not match, the form as sent is looked for among the round's forms (the one whose
 * signature the file carries), to name the cells that were changed.
 */
function checkSignature(db: Database, round: SurveyRoundRow, meta: FormMeta): void {
  const key = roundSecret(db, round.id);
  const macRow = meta.rows.findIndex((r) => normalizeCellText(r[0] ?? '') === MAC_KEY) + 1;
  if (meta.mac === null) {
    if (key?.formsUnsigned) return; // sent before forms were signed: checked by block ids and hashes as before
    throw new Refusal(META_CHANGED, [{ sheet: SHEET_META, cell: null, message: '照合用の署名(mac の行)が削除されています。' }], { round });
  }
  if (key && macMatches(meta.rows, key.secret, meta.mac)) return;
  const problems: FileProblem[] = [];
  const sent = key ? formsOf(db, round.id).map((f) => metaRows({ roundUid: round.uid, roundName: round.name, department: f.department, fiscalYear: round.fiscal_year, blocks: blocksOf(f) }))
    .find((rows) => macMatches(rows, key.secret, meta.mac!)) : undefined;
  if (sent) {
    for (let r = 0; r < Math.max(sent.length, meta.rows.length) && problems.length < 5; r++) {
      if (r + 1 === macRow) continue;
      const [was, now] = [sent[r] ?? [], meta.rows[r] ?? []];
      for (let c = 0; c < Math.max(was.length, now.length); c++) {
        const [w, n] = [normalizeCellText(was[c] ?? ''), normalizeCellText(now[c] ?? '')];
        if (w !== n) problems.push({ sheet: SHEET_META, cell: `${colLetter(c + 1)}${r + 1}`, message: `送付時「${w}」→ 今「${n}」に書き換えられています。` });
      }
    }
  }
  if (problems.length === 0) problems.push({ sheet: SHEET_META, cell: macRow > 0 ? `B${macRow}` : null, message: '照合用の署名と内容が一致しません(どこかが書き換えられています)。' });
  // The form as sent names the 課 it was sent to: its return is the one refused (shown on its row of the dashboard).
  const sentTo = sent?.find((r) => r[0] === 'department')?.[1];
  throw new Refusal(META_CHANGED, problems, { round, ...(sentTo ? { department: sentTo } : {}) });
}

/** Ties the metadata to a round and a 課 of this DB and checks its block list against the form sent. */
function identify(db: Database, meta: FormMeta | null, onlyRoundId: number | undefined): { round: SurveyRoundRow; department: string } {
  if (!meta || meta.format !== FORM_FORMAT) {
    throw new Refusal(`アクションプラン・デスクで作った照会の様式ではありません(管理用の情報がありません)。${RESEND}`);
  }
  if (meta.version !== FORM_VERSION) {
    throw new Refusal(meta.version < FORM_VERSION
      ? `古い版の様式(第${meta.version}版)です。この版のアプリは第${FORM_VERSION}版の様式だけを読み取ります。${RESEND}`
      : `新しい版のアプリで作られた様式(第${meta.version}版)です。アプリを更新してから取り込んでください。`);
  }
  const round = roundByUid(db, meta.round);
  if (!round) {
    throw new Refusal(`このデータベースにない照会「${meta.roundName}」の様式です。別のパソコンやデータベースで作った照会か、削除された照会です。取り込む照会・データベースを確認してください。`);
  }
  if (onlyRoundId !== undefined && round.id !== onlyRoundId) {
    throw new Refusal(`別の照会「${round.name}」の回答です。その照会を選んでから取り込んでください。`, [], { round, department: meta.department });
  }
  checkSignature(db, round, meta);
  const form = formOf(db, round.id, meta.department);
  if (!form) {
    throw new Refusal(`照会「${round.name}」は「${meta.department}」には送っていません(管理用の情報が書き換えられた可能性があります)。${RESEND}`, [], { round });
  }
  if (form.removed_at !== null) {
    throw new Refusal(`「${meta.department}」は照会「${round.name}」の照会先から外しています(${form.removed_at.slice(0, 10)} ${form.removed_by ?? ''})。この回答を使うには、「照会先・メール」の「照会先に戻す」(コマンドでは round recipient --add)で照会先に戻してから取り込んでください。`, [], { round, department: meta.department });
  }
  const refs = blocksOf(form);
  const snapshot = snapshotOf(round);
  const byId = new Map(snapshot.initiatives.map((i) => [i.id, i]));
  const problems: FileProblem[] = [];
  const where = (i: number): FileProblem => ({ sheet: SHEET_META, cell: `B${8 + i}`, message: '' });
  for (let i = 0; i < Math.max(refs.length, meta.blocks.length); i++) {
    const m = meta.blocks[i];
    const r = refs[i];
    const it = m ? byId.get(m.id) : undefined;
    let message = '';
    if (!m || m.id === '') message = `取組の ID が削除されています(送付時は ${r?.id ?? 'なし'})。`;
    else if (!it) message = `ID「${m.id}」の取組はこの照会にありません。`;
    else if (!refs.some((x) => x.id === m.id)) message = `取組 No.${it.no}(ID ${it.id})は「${meta.department}」に送った様式にはありません。`;
    else if (!r || m.id !== r.id) message = `取組の ID が書き換えられています(送付時は ${r?.id ?? 'なし'}、今は ${m.id})。`;
    else if (m.hash !== r.hash || m.top !== r.top) message = `取組 No.${it.no} の管理用の情報が書き換えられています。`;
    if (message) problems.push({ ...where(i), message });
  }
  if (problems.length > 0) {
    throw new Refusal(`管理用の情報(取組の ID)が送付した様式と一致しないため、取り込みません。${RESEND}`, problems, { round, department: meta.department });
  }
  return { round, department: meta.department };
}

function examine(db: Database, file: FileRead, onlyRoundId: number | undefined): Omit<Accepted, 'index' | 'file' | 'sha256'> {
  if (!file.ok) throw new Refusal(file.rejection.message);
  const wb = file.dump;
  const { round, department } = identify(db, readMeta(wb), onlyRoundId);
  const form = formOf(db, round.id, department)!;
  const refs = blocksOf(form);
  const layout = formLayoutOf(round, snapshotOf(round), department, refs.map((r) => r.id));
  const read = readAnswers(wb, layout, refs);
  const who = { round, department };
  if ('message' in read) throw new Refusal(read.message, [read], who);
  if (read.tampered.length > 0) {
    const why = read.protectionRemoved ? 'シートの保護が解除され、' : '';
    throw new Refusal(`${why}変更できないセルが書き換えられています(行の挿入・削除を含む)。回答は取り込みません。${RESEND}`, read.tampered, who);
  }
  if (read.characters.length > 0) {
    throw new Refusal(`計画に保存できない文字(見えない制御文字や壊れた文字)が ${read.characters.length} か所にあります。回答は取り込みません。該当のセルを直して(または記入した課に直してもらって)から取り込んでください。`, [...read.characters, ...read.problems], who);
  }
  if (read.problems.length > 0) {
    throw new Refusal(`読み取れない記入が ${read.problems.length} か所あります。該当のセルを直して(または記入した課に直してもらって)から取り込んでください。`, read.problems, who);
  }
  return { round, department, savedAt: wb.savedAt, blocks: read.blocks };
}

const report = (file: IncomingFile, sha256: string, status: ImportFileReport['status'], message: string, extra: Partial<ImportFileReport> = {}): ImportFileReport => ({
  fileName: file.name, sha256, status, department: null, roundName: null, returnId: null, message, problems: [], changes: [], comments: 0, ...extra,
});

export async function importReturns(db: Database, files: readonly IncomingFile[], ctx: ImportContext): Promise<ImportReport> {
  const now = () => (ctx.now ?? (() => new Date()))().toISOString();
  const reports: ImportFileReport[] = files.map((f) => report(f, '', 'rejected', ''));
  const accepted: Accepted[] = [];
  const seen = new Set<string>();
  const rounds = new Set<number>();
  const reads = await readWorkbookFiles(files.map((f) => f.data), ctx.workers ?? 0);
  for (const [index, file] of files.entries()) {
    const sha256 = createHash('sha256').update(file.data).digest('hex');
    try {
      const x = examine(db, reads[index]!, ctx.onlyRoundId);
      const who = { department: x.department, roundName: x.round.name };
      rounds.add(x.round.id);
      const dup = returnBySha(db, x.round.id, sha256);
      if (dup || seen.has(`${x.round.id}:${sha256}`)) {
        reports[index] = report(file, sha256, 'duplicate', `同じ内容のファイルを${dup ? `既に取り込んでいます(${dup.file_name})` : 'この中で2回選んでいます'}。何もしませんでした。`, { ...who, returnId: dup?.id ?? null });
        continue;
      }
      seen.add(`${x.round.id}:${sha256}`);
      accepted.push({ index, file, sha256, ...x });
      reports[index] = report(file, sha256, 'accepted', '', who);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      reports[index] = report(file, sha256, 'rejected', e.message, { problems: e.problems, department: e.department, roundName: e.round?.name ?? null });
      logRejection(ctx.dbPath, { roundUid: e.round?.uid ?? null, department: e.department, fileName: file.name, at: now(), reason: e.message });
    }
  }
  // Older saves first, so that of two returns of one 課 the newer ends up active.
  accepted.sort((a, b) => (a.savedAt ?? '').localeCompare(b.savedAt ?? '') || a.index - b.index);
  if (accepted.length > 0) {
    db.transaction(() => {
      for (const a of accepted) {
        const active = activeReturnOf(db, a.round.id, a.department);
        const older = active?.saved_at && a.savedAt && a.savedAt < active.saved_at;
        const id = insertReturn(db, {
          round_id: a.round.id, department: a.department, file_name: a.file.name, sha256: a.sha256, size: a.file.data.length,
          content: a.file.data, saved_at: a.savedAt, imported_at: now(), imported_by: ctx.user,
          blocks_json: JSON.stringify(a.blocks), superseded_by: older ? active.id : null,
        });
        if (active && !older) supersede(db, active.id, id);
        recordBatch(db, a.round.plan_id, { who: ctx.user, source: a.file.name }, `照会「${a.round.name}」の回答を取り込み(${a.department})`, [
          { entity: 'survey_return', entityId: String(id), field: 'imported', oldValue: active ? { replaced: active.id } : null, newValue: { department: a.department, sha256: a.sha256 } },
        ]);
        const r = reports[a.index]!;
        r.returnId = id;
        r.status = older ? 'kept-older' : active ? 'replaced' : 'accepted';
        r.message = older
          ? `「${a.department}」のより新しい回答(${active.file_name})が既にあるため、この回答は古い版として保存しました(合算には使いません)。`
          : active ? `「${a.department}」の回答を取り込み、前の回答(${active.file_name})と置き換えました(前の回答も保存してあります)。`
          : `「${a.department}」の回答を取り込みました。`;
      }
    }).immediate();
  }
  return summarize(db, reports, rounds, ctx.onlyRoundId ?? null);
}

/** Adds each accepted file's change list (from the round's merge after the import) and the totals. */
function summarize(db: Database, reports: ImportFileReport[], roundIds: ReadonlySet<number>, roundId: number | null): ImportReport {
  const byReturn = new Map<number, ImportFileReport>();
  for (const r of reports) if (r.returnId !== null && r.status !== 'duplicate') byReturn.set(r.returnId, r);
  const target = roundId ?? (roundIds.size === 1 ? [...roundIds][0]! : null);
  let counts: SurveyCounts | null = null;
  for (const id of roundIds) {
    const m = mergeOf(db, id);
    if (id === target) counts = countItems(m.items);
    for (const item of m.items) {
      for (const p of item.proposals) {
        const r = byReturn.get(p.returnId);
        if (!r) continue;
        r.changes.push({
          initiativeId: item.initiativeId, no: item.no, title: item.title, field: item.field, state: item.state, conflict: item.conflict, conflicts: item.conflicts,
          cell: p.cell, before: fieldText(item.field, item.current ?? item.base), after: fieldText(item.field, p.value),
        });
      }
    }
    for (const c of m.comments) {
      const r = byReturn.get(c.returnId);
      if (r) r.comments++;
    }
  }
  return {
    roundId: target,
    files: reports,
    accepted: reports.filter((r) => r.status === 'accepted' || r.status === 'replaced' || r.status === 'kept-older').length,
    rejected: reports.filter((r) => r.status === 'rejected').length,
    duplicates: reports.filter((r) => r.status === 'duplicate').length,
    counts,
  };
}
