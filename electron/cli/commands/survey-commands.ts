// 庁内照会 on the command line: create a round (forms into a folder), import returns (with an
// optional accept-all apply), show a round's status, and the whole plan as an Excel workbook.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.ts';
import type { ImportFileReport, ImportReport } from '../../../shared/survey/api-types.ts';
import { MAX_RETURN_FILE_BYTES, refusedFile, tooLargeMessage, withRefused, type Placed } from '../../../shared/survey/size-refusal.ts';
import { countsText } from '../../../shared/survey/item-state.ts';
import { FIELD_LABELS } from '../../../shared/survey/types.ts';
import { ensureFolder, fromBase64, writeFileAtomically, writeFilesInto } from '../../files/write-files.ts';
import { call, EXIT, parseOptions, withDb, type CliIO, type Command, need } from '../io.ts';
import { roundIdByName, roundStepCommands } from './round-step-commands.ts';

/** Files named on the command line; a folder stands for the files in it (Office lock files ~$… skipped). */
export function expandInputs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      throw new AppError('NOT_FOUND', `ファイル「${a}」がありません。`);
    }
    if (!st.isDirectory()) out.push(a);
    else for (const n of readdirSync(a).sort()) if (!n.startsWith('~$') && !n.startsWith('.') && statSync(join(a, n)).isFile()) out.push(join(a, n));
  }
  return out;
}

/** --recipients 市民課,職員課 and --group-answerer 庁内各課=行政総務課,財政課 (課 separated by , or 、). */
function recipientOptions(recipients: string | undefined, answerers: string[] | undefined) {
  const list = (v: string) => v.split(/[,、]/u).map((x) => x.trim()).filter((x) => x !== '');
  const groupAnswerers = (answerers ?? []).map((a) => {
    const [group, departments] = a.split('=');
    if (!group || departments === undefined) throw new AppError('BAD_INPUT', `--group-answerer は「課の集まり=課,課」の形で指定してください(指定: ${a})。`);
    return { group: group.trim(), departments: list(departments) };
  });
  return { ...(recipients !== undefined ? { recipients: list(recipients) } : {}), ...(groupAnswerers.length ? { groupAnswerers } : {}) };
}

export const roundCreateCommand: Command = {
  name: 'round create',
  usage: 'plan-desk round create --db FILE --name NAME --fiscal-year 2025 --out DIR [--deadline YYYY-MM-DD] [--recipients 課,課…] [--group-answerer 課の集まり=課,課…]',
  summary: '庁内照会を作り、課ごとの Excel 様式をフォルダーに書き出します',
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      db: { type: 'string' }, name: { type: 'string' }, 'fiscal-year': { type: 'string' }, out: { type: 'string' }, deadline: { type: 'string' },
      recipients: { type: 'string' }, 'group-answerer': { type: 'string', multiple: true },
    }, this.usage);
    const fy = Number(need(values['fiscal-year'], '--fiscal-year', this.usage).normalize('NFKC'));
    if (!Number.isInteger(fy)) throw new AppError('BAD_INPUT', `--fiscal-year は年度を西暦の数字で指定してください(例: 2025)。指定: ${values['fiscal-year']}`);
    const out = need(values.out, '--out', this.usage);
    ensureFolder(out); // an unusable folder is refused before the round exists
    const r = await withDb(values.db, (db, path) => call(db, path, 'createSurveyRound', {
      name: need(values.name, '--name', this.usage), fiscalYear: fy, ...(values.deadline ? { deadline: values.deadline } : {}),
      ...recipientOptions(values.recipients, values['group-answerer']),
    }));
    let paths: string[];
    try {
      paths = writeFilesInto(out, r.files.map(fromBase64));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      throw new AppError(e.code, `照会「${r.round.name}」は作成しましたが、様式を書き出せませんでした: ${e.message}\n画面の回答状況の「様式を再取得」でも受け取れます。`);
    }
    r.files.forEach((f, i) => io.out(`${f.department}\t取組 ${f.initiatives} 件\t${paths[i]}\n`));
    io.err(`照会「${r.round.name}」を作成しました(${r.files.length}課)。シート保護のパスワード: ${r.protectionPassword}`);
    return EXIT.ok;
  },
};

const STATUS_LABEL: Record<ImportFileReport['status'], string> = { accepted: '取込', replaced: '取込(置換)', 'kept-older': '保存(旧版)', duplicate: '重複', rejected: '拒否' };
const WHY = { db: '送付後に台帳が変更済み', departments: '課によって回答が違う', deleted: '取組が削除済み' } as const;

/** Each file's outcome, and each change with its whole new value (計画: the new bars, one per line). */
export function formatImport(report: ImportReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    lines.push(`[${STATUS_LABEL[f.status]}] ${f.fileName}${f.department ? `(${f.department})` : ''}: ${f.message}`);
    for (const p of f.problems) lines.push(`    ${p.sheet ? `${p.sheet}!${p.cell ?? ''} ` : ''}${p.message}`);
    for (const c of f.changes) {
      const mark = c.conflict && c.state === 'open' ? '!! 競合' : c.state === 'applied' ? '   反映済' : '   変更';
      const why = c.conflicts.map((k) => WHY[k]).join('・');
      lines.push(`  ${mark} No.${c.no} ${FIELD_LABELS[c.field]}(${c.cell})${why ? ` [${why}]` : ''}:`);
      for (const l of (c.after === '' ? '(空欄)' : c.after).split('\n')) lines.push(`      ${l}`);
    }
    if (f.comments > 0) lines.push(`    コメント ${f.comments} 件(確認画面で読めます)`);
  }
  lines.push(`取込 ${report.accepted} / 拒否 ${report.rejected} / 重複 ${report.duplicates}${report.counts ? ` — 照会全体: ${countsText(report.counts)}` : ''}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Takes every open item whose 課 agree, applies what is decided, and says in one line what is
 * left: 0 when everything is decided (nothing to apply is fine), refused while a conflict is open.
 */
async function acceptAll(db: Database, path: string, roundId: number, io: CliIO): Promise<number> {
  const review = await call(db, path, 'getSurveyReview', { roundId });
  const agreed = review.items.filter((i) => i.state === 'open' && !i.conflict);
  if (agreed.length > 0) {
    await call(db, path, 'decideSurveyChanges', { roundId, decisions: agreed.map((i) => ({ initiativeId: i.initiativeId, field: i.field, action: 'accept' as const })) });
  }
  const decided = (await call(db, path, 'getSurveyReview', { roundId })).counts.decided;
  let skipped = false;
  if (decided > 0) {
    const r = await call(db, path, 'applySurveyChanges', { roundId });
    io.err(`${r.initiatives} 件の取組の ${r.fields} 項目を反映しました(反映番号 ${r.applyId}、バックアップ: ${r.backupPath ?? 'なし'})。`);
    for (const line of r.skipped) io.err(line);
    if (r.skipped.length > 0) skipped = true;
  }
  const after = await call(db, path, 'getSurveyReview', { roundId });
  if (after.counts.openConflicts > 0) {
    io.err(`競合 ${after.counts.openConflicts} 件は未決定のまま残しました(round review で確かめ、round decide で決めてください)。${countsText(after.counts)}`);
    return EXIT.refused;
  }
  if (decided === 0) io.err(`反映する変更はありません。${countsText(after.counts)}`);
  return skipped ? EXIT.findings : EXIT.ok;
}

/**
 * Reads the files to import, each only after its size is checked: a file over the guard's cap is
 * refused by name without being read, and the others are still imported (one bad file in a folder
 * must not stop the rest, nor fail the whole call on the contract's size limit).
 */
function readInputs(paths: readonly string[]): { files: Placed<{ name: string; base64: string }>[]; refused: Placed<ImportFileReport>[] } {
  const files: Placed<{ name: string; base64: string }>[] = [];
  const refused: Placed<ImportFileReport>[] = [];
  paths.forEach((p, at) => {
    const name = basename(p);
    try {
      const size = statSync(p).size;
      if (size > MAX_RETURN_FILE_BYTES) refused.push({ at, file: refusedFile(name, tooLargeMessage(size)) });
      else files.push({ at, file: { name, base64: readFileSync(p).toString('base64') } });
    } catch (e) {
      const why = `ファイルを読めません(${(e as NodeJS.ErrnoException).code ?? (e as Error).message})。Excel などで開いたままになっていないか、アクセス権を確認してください。`;
      refused.push({ at, file: refusedFile(name, why) });
    }
  });
  return { files, refused };
}

export const importCommand: Command = {
  name: 'import',
  usage: 'plan-desk import --db FILE [--round NAME] [--apply none|accept-all] FILE|DIR...',
  summary: '返送された照会の回答を取り込み、ファイルごとの結果と変更案(競合は !! 印)を表示します。拒否があれば終了コード 1',
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { db: { type: 'string' }, round: { type: 'string' }, apply: { type: 'string' } }, this.usage, true);
    const mode = values.apply ?? 'none';
    if (mode !== 'none' && mode !== 'accept-all') throw new AppError('BAD_INPUT', `--apply は none か accept-all を指定してください(指定: ${mode})。`);
    if (positionals.length === 0) throw new AppError('BAD_INPUT', `取り込むファイル(またはフォルダー)を指定してください。\n使い方: ${this.usage}`);
    const paths = expandInputs(positionals);
    if (paths.length === 0) throw new AppError('BAD_INPUT', '指定したフォルダーにファイルがありません。');
    const { files, refused } = readInputs(paths);
    return withDb(values.db, async (db, path) => {
      const roundId = values.round ? await roundIdByName(db, path, values.round) : undefined;
      const imported = files.length > 0 ? await call(db, path, 'importSurveyReturns', { files: files.map((f) => f.file), ...(roundId ? { roundId } : {}) }) : null;
      const report = withRefused(imported, files, refused);
      io.out(formatImport(report));
      let code: number = report.rejected > 0 ? EXIT.findings : EXIT.ok;
      if (mode === 'accept-all') {
        const target = roundId ?? report.roundId;
        if (target === null) {
          io.err('取り込んだファイルから照会を1つに決められないため、反映しませんでした。--round で照会を指定してください。');
          return EXIT.refused;
        }
        const applied = await acceptAll(db, path, target, io).catch((e: unknown) => {
          if (e instanceof AppError) { io.err(`反映しませんでした: ${e.message}`); return EXIT.refused; }
          throw e;
        });
        code = Math.max(code, applied);
      }
      return code;
    });
  },
};

const STATE_LABEL = { answered: '回答済', unanswered: '未回答', rejected: '却下', removed: '除外' } as const;

export const roundStatusCommand: Command = {
  name: 'round status',
  usage: 'plan-desk round status --db FILE --name NAME',
  summary: '照会の回答状況(課ごとの回答済/未回答/却下)と、督促メールに貼る未回答課の一覧を表示します',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, name: { type: 'string' } }, this.usage);
    const name = need(values.name, '--name', this.usage);
    const s = await withDb(values.db, async (db, path) => call(db, path, 'getSurveyStatus', { roundId: await roundIdByName(db, path, name) }), { create: false, readonly: true });
    const lines = s.departments.map((d) => [
      STATE_LABEL[d.state], d.department, `取組 ${d.initiatives} 件`,
      d.state === 'answered' ? `${d.returnedAt?.slice(0, 16).replace('T', ' ')} ${d.returnFile}${d.returns.length > 1 ? `(回答 ${d.returns.length} 通)` : ''}` : d.rejection ? `却下: ${d.rejection.fileName} ${d.rejection.reason}` : '',
    ].join('\t'));
    io.out(`照会「${s.round.name}」(${s.round.fiscalYear}年度、締切 ${s.round.deadline ?? 'なし'}): ${s.round.departments}課中 ${s.round.departments - s.unanswered.length}課が回答済\n${lines.join('\n')}\n\n${s.reminderText}\n`);
    return EXIT.ok;
  },
};

export const exportXlsxCommand: Command = {
  name: 'export-xlsx',
  usage: 'plan-desk export-xlsx --db FILE --out FILE',
  summary: '計画全体を Excel(取組一覧・取組詳細)に書き出します',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, out: { type: 'string' } }, this.usage);
    const out = need(values.out, '--out', this.usage);
    const file = await withDb(values.db, (db, path) => call(db, path, 'exportPlanXlsx', {}), { create: false, readonly: true });
    writeFileAtomically(out, fromBase64(file).bytes);
    io.err(`「${out}」に書き出しました。`);
    return EXIT.ok;
  },
};

export const surveyCommands: Command[] = [roundCreateCommand, roundStatusCommand, ...roundStepCommands, importCommand, exportXlsxCommand];
