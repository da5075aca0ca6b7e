// Each step of a 庁内照会 round as a command, on the same handlers as the screen: review the items
// (answers side by side), decide one item, apply the decided ones, undo the last apply; add or
// remove a recipient; write the mail drafts.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.ts';
import { unprintableCodes } from '../../../shared/domain/schema.ts';
import type { SurveyReview, SurveyReviewItem } from '../../../shared/survey/api-types.ts';
import { fieldText, parseBarLines } from '../../../shared/survey/fields.ts';
import { countsText, STATE_LABELS } from '../../../shared/survey/item-state.ts';
import { FIELD_LABELS, SURVEY_FIELDS, type SurveyField } from '../../../shared/survey/types.ts';
import { fromBase64, writeFilesInto } from '../../files/write-files.ts';
import { call, EXIT, parseOptions, withDb, type Command, need } from '../io.ts';

export async function roundIdByName(db: Database, path: string, name: string): Promise<number> {
  const rounds = await call(db, path, 'listSurveyRounds', {});
  const r = rounds.find((x) => x.name === name);
  if (!r) throw new AppError('NOT_FOUND', `「${name}」という照会はありません。${rounds.length ? `あるのは: ${rounds.map((x) => x.name).join('、')}` : '照会はまだ作られていません。'}`);
  return r.id;
}

/** One item for scripts: every value whole, as text (計画: one bar per line). */
export function itemJson(i: SurveyReviewItem) {
  const text = (v: Parameters<typeof fieldText>[1]) => fieldText(i.field, v);
  return {
    no: i.no, initiativeId: i.initiativeId, title: i.title, field: i.field, state: i.state, conflict: i.conflict, conflicts: i.conflicts,
    answers: i.proposals.map((p) => ({ department: p.department, value: text(p.value), file: p.fileName, cell: p.cell })),
    current: i.current === null ? null : text(i.current), base: text(i.base),
    decision: i.decision && { action: i.decision.action, department: i.decision.department, value: i.decision.value === null ? null : text(i.decision.value), at: i.decision.decidedAt, by: i.decision.decidedBy },
    reopened: i.reopened?.reasons ?? null,
  };
}

const WHY = { db: '送付後に台帳が変更済み', departments: '課によって回答が違う', deleted: '取組が削除済み' } as const;
const indent = (s: string) => (s === '' ? '(空欄)' : s.replaceAll('\n', '\n      '));

export function formatReview(r: SurveyReview): string {
  const lines: string[] = [`照会「${r.round.name}」: ${countsText(r.counts)}`];
  for (const i of r.items) {
    const j = itemJson(i);
    lines.push('', `No.${i.no} ${FIELD_LABELS[i.field]} [--field ${i.field}] ${STATE_LABELS[i.state]}${!i.conflict ? '' : i.state === 'open' ? ` !! 競合(${i.conflicts.map((k) => WHY[k]).join('・')})` : `(${i.conflicts.map((k) => WHY[k]).join('・')}・判断済み)`} — ${i.title}`);
    lines.push(`    送付時: ${indent(j.base)}`, `    現在の台帳: ${j.current === null ? '(取組が削除されています)' : indent(j.current)}`);
    for (const a of j.answers) lines.push(`    ${a.department}: ${indent(a.value)}`);
    if (j.decision) lines.push(`    判断: ${j.decision.action === 'accept' ? `${j.decision.department}の回答を採用` : j.decision.action === 'reject' ? '現在のまま' : `編集して採用: ${indent(j.decision.value ?? '')}`}(${j.decision.by} ${j.decision.at.slice(0, 16).replace('T', ' ')})`);
    for (const why of j.reopened ?? []) lines.push(`    ↻ ${why}`);
  }
  return `${lines.join('\n')}\n`;
}

export const roundReviewCommand: Command = {
  name: 'round review',
  usage: 'plan-desk round review --db FILE --name NAME [--format text|json]',
  summary: '照会の項目ごとに送付時・現在の台帳・各課の回答と状態(未決定/判断済/反映済/不採用)を表示します',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, name: { type: 'string' }, format: { type: 'string' } }, this.usage);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new AppError('BAD_INPUT', `--format は text か json を指定してください(指定: ${format})。`);
    const name = need(values.name, '--name', this.usage);
    const r = await withDb(values.db, async (db, path) => call(db, path, 'getSurveyReview', { roundId: await roundIdByName(db, path, name) }), { create: false, readonly: true });
    io.out(format === 'json' ? `${JSON.stringify({ round: r.round.name, items: r.items.map(itemJson), counts: r.counts }, null, 2)}\n` : formatReview(r));
    return EXIT.ok;
  },
};

function fieldOption(k: string): SurveyField {
  const f = SURVEY_FIELDS.find((x) => x === k || FIELD_LABELS[x] === k);
  if (!f) throw new AppError('BAD_INPUT', `--field は ${SURVEY_FIELDS.join(' / ')} のどれかを指定してください(round review の [--field …] の値。指定: ${k})。`);
  return f;
}

export const roundDecideCommand: Command = {
  name: 'round decide',
  usage: 'plan-desk round decide --db FILE --name NAME --no N --field K (--take 課名 | --keep-current | --text T | --clear)',
  summary: '照会の1項目を決めます: ある課の回答を採用 / 現在のまま / 編集した文章を採用(計画は round review と同じ「段1 項目名(2024年度〜2025年度)」を1行に1本)/ 判断を取り消し',
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      db: { type: 'string' }, name: { type: 'string' }, no: { type: 'string' }, field: { type: 'string' },
      take: { type: 'string' }, 'keep-current': { type: 'boolean' }, text: { type: 'string' }, clear: { type: 'boolean' },
    }, this.usage);
    const name = need(values.name, '--name', this.usage);
    const no = Number(need(values.no, '--no', this.usage).normalize('NFKC'));
    const field = fieldOption(need(values.field, '--field', this.usage));
    const chosen = [values.take !== undefined, values['keep-current'] === true, values.text !== undefined, values.clear === true].filter(Boolean).length;
    if (chosen !== 1) throw new AppError('BAD_INPUT', `--take 課名、--keep-current、--text 文章、--clear のどれか1つを指定してください。\n使い方: ${this.usage}`);
    // 計画 as round review prints it: one bar per line, 「段1 項目名(2024年度〜2025年度)」.
    const parsed = values.text !== undefined && field === 'schedule' ? parseBarLines(values.text) : null;
    if (parsed && 'problems' in parsed) throw new AppError('BAD_INPUT', `--text の計画を読めません。\n${parsed.problems.join('\n')}\n(round review の「計画」と同じ形で、1行に1本ずつ書きます。)`);
    const bad = values.text === undefined ? [] : unprintableCodes(values.text);
    if (bad.length > 0) throw new AppError('BAD_INPUT', `--text に計画に保存できない見えない文字(${bad.join('、')})があります。その文字を除いて指定し直してください(改行はそのまま改行として渡せます)。`);
    return withDb(values.db, async (db, path) => {
      const roundId = await roundIdByName(db, path, name);
      const review = await call(db, path, 'getSurveyReview', { roundId });
      const item = review.items.find((i) => i.no === no && i.field === field);
      if (!item) throw new AppError('NOT_FOUND', `照会「${name}」に No.${values.no} の${FIELD_LABELS[field]}の項目はありません(round review で確かめてください)。`);
      const base = { initiativeId: item.initiativeId, field };
      const decision = values.take !== undefined ? { ...base, action: 'accept' as const, department: values.take }
        : values['keep-current'] ? { ...base, action: 'reject' as const }
        : values.text !== undefined ? { ...base, action: 'edit' as const, value: parsed ? parsed.bars : values.text }
        : { ...base, action: 'clear' as const };
      const after = await call(db, path, 'decideSurveyChanges', { roundId, decisions: [decision] });
      const now = after.items.find((i) => i.initiativeId === item.initiativeId && i.field === field)!;
      io.err(`No.${no} ${FIELD_LABELS[field]}: ${STATE_LABELS[now.state]}。${countsText(after.counts)}`);
      return EXIT.ok;
    });
  },
};

export const roundApplyCommand: Command = {
  name: 'round apply',
  usage: 'plan-desk round apply --db FILE --name NAME',
  summary: '判断済みの項目を計画に反映します(反映前に自動バックアップ)',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, name: { type: 'string' } }, this.usage);
    const name = need(values.name, '--name', this.usage);
    return withDb(values.db, async (db, path) => {
      const roundId = await roundIdByName(db, path, name);
      const r = await call(db, path, 'applySurveyChanges', { roundId });
      const review = await call(db, path, 'getSurveyReview', { roundId });
      io.err(`${r.initiatives} 件の取組の ${r.fields} 項目を反映しました(反映番号 ${r.applyId})。${countsText(review.counts)}`);
      for (const line of r.skipped) io.err(line);
      return r.skipped.length > 0 ? EXIT.findings : EXIT.ok;
    });
  },
};

export const roundUndoCommand: Command = {
  name: 'round undo',
  usage: 'plan-desk round undo --db FILE --name NAME [--force]',
  summary: '照会の最後の反映を取り消します(反映後に同じ項目が変更されていれば --force が必要)',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, name: { type: 'string' }, force: { type: 'boolean' } }, this.usage);
    const name = need(values.name, '--name', this.usage);
    return withDb(values.db, async (db, path) => {
      const roundId = await roundIdByName(db, path, name);
      const last = (await call(db, path, 'getSurveyStatus', { roundId })).applies.find((a) => a.undoneAt === null);
      if (!last) throw new AppError('NOT_FOUND', `照会「${name}」には取り消せる反映がありません。`);
      const r = await call(db, path, 'undoSurveyApply', { applyId: last.id, ...(values.force ? { force: true } : {}) });
      const review = await call(db, path, 'getSurveyReview', { roundId });
      io.err(`反映番号 ${r.applyId} を取り消しました(${r.restored} 項目を元に戻しました)。${countsText(review.counts)}`);
      return EXIT.ok;
    });
  },
};

export const roundRecipientCommand: Command = {
  name: 'round recipient',
  usage: 'plan-desk round recipient --db FILE --name NAME (--add 課名 [--answers-for 課の集まり]... --out DIR | --remove 課名)',
  summary: '照会先に課を加える(その課の様式を --out に書き出す)か、照会先から外します(未回答・督促から外れます)',
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      db: { type: 'string' }, name: { type: 'string' }, add: { type: 'string' }, remove: { type: 'string' }, 'answers-for': { type: 'string', multiple: true }, out: { type: 'string' },
    }, this.usage);
    const name = need(values.name, '--name', this.usage);
    if ((values.add === undefined) === (values.remove === undefined)) throw new AppError('BAD_INPUT', `--add か --remove のどちらか1つを指定してください。\n使い方: ${this.usage}`);
    const out = values.add !== undefined ? need(values.out, '--out', this.usage) : undefined;
    return withDb(values.db, async (db, path) => {
      const roundId = await roundIdByName(db, path, name);
      if (values.remove !== undefined) {
        await call(db, path, 'removeSurveyRecipient', { roundId, department: values.remove });
        io.err(`「${values.remove}」を照会「${name}」の照会先から外しました。`);
        return EXIT.ok;
      }
      const r = await call(db, path, 'addSurveyRecipient', { roundId, department: values.add!, ...(values['answers-for'] ? { answersFor: values['answers-for'] } : {}) });
      const [file] = writeFilesInto(out!, [fromBase64(r.form)]);
      io.out(`${file}\n`);
      io.err(`「${values.add}」を照会先に加え、様式を書き出しました。`);
      return EXIT.ok;
    });
  },
};

export const roundMailCommand: Command = {
  name: 'round mail',
  usage: 'plan-desk round mail --db FILE --name NAME --out DIR [--unanswered]',
  summary: '照会先ごとのメールの下書き(.eml、様式を添付、Outlook で下書きとして開きます)を --out に書き出します',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, name: { type: 'string' }, out: { type: 'string' }, unanswered: { type: 'boolean' } }, this.usage);
    const name = need(values.name, '--name', this.usage);
    const out = need(values.out, '--out', this.usage);
    return withDb(values.db, async (db, path) => {
      const roundId = await roundIdByName(db, path, name);
      const r = await call(db, path, 'makeSurveyMailDrafts', { roundId, ...(values.unanswered ? { unansweredOnly: true } : {}) });
      for (const f of writeFilesInto(out, r.files.map(fromBase64))) io.out(`${f}\n`);
      io.err(`メールの下書きを ${r.files.length} 通書き出しました。${r.withoutAddress.length ? `メールアドレスがない課(宛先は空): ${r.withoutAddress.join('、')}` : ''}`);
      return EXIT.ok;
    });
  },
};

export const roundStepCommands: Command[] = [roundReviewCommand, roundDecideCommand, roundApplyCommand, roundUndoCommand, roundRecipientCommand, roundMailCommand];
