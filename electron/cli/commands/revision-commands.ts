// revision list / revision create / compare / period start: the revisions work from the CLI.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors.ts';
import { formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { WORKING } from '../../../shared/revisions/types.ts';
import { call, EXIT, parseOptions, toJson, withDb, type Command, need } from '../io.ts';
import { describeComparison } from './compare-text.ts';

const formatOf = (v: string | undefined, usage: string): 'text' | 'json' => {
  if (v === undefined || v === 'text' || v === 'json') return v ?? 'text';
  throw new AppError('BAD_INPUT', `--format には text か json を指定してください(指定: ${v})。\n使い方: ${usage}`);
};

export const revisionListCommand: Command = {
  name: 'revision list',
  usage: 'plan-desk revision list --db FILE [--format text|json]',
  summary: '確定済みの改定版を一覧します(新しい順)',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, format: { type: 'string' } }, this.usage);
    const format = formatOf(values.format, this.usage);
    const list = await withDb(values.db, (db, path) => call(db, path, 'listRevisions', {}), { create: false, readonly: true });
    if (format === 'json') {
      io.out(toJson(list));
      return EXIT.ok;
    }
    if (list.length === 0) io.out('改定版はまだありません。\n');
    for (const r of list) {
      const period = `${formatFiscalYear(r.firstFiscalYear)}〜${formatFiscalYear(r.lastFiscalYear)}`;
      io.out(`${r.label}\t${r.date}\t${r.kind}\t${period}${r.isCurrentPlan ? '' : '(終了した計画期間)'}\t${r.damaged ? '【保存内容が壊れています: バックアップから復元してください】' : r.summary.join(' ')}\n`);
    }
    return EXIT.ok;
  },
};

export const revisionCreateCommand: Command = {
  name: 'revision create',
  usage: 'plan-desk revision create --db FILE --label 名前 --date YYYY-MM-DD --summary 文 [--summary 文 …]',
  summary: '作業中の計画を改定版として確定します(改定履歴に1行追加)',
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      db: { type: 'string' }, label: { type: 'string' }, date: { type: 'string' }, summary: { type: 'string', multiple: true },
    }, this.usage);
    const label = need(values.label, '--label', this.usage);
    const date = need(values.date, '--date', this.usage);
    if (!values.summary?.length) throw new AppError('BAD_INPUT', `--summary で改定内容を1行以上指定してください(複数行は --summary を繰り返します)。\n使い方: ${this.usage}`);
    const r = await withDb(values.db, (db, path) => call(db, path, 'freezeRevision', { label, date, summary: values.summary! }));
    io.err(`改定版「${r.label}」(${r.date})を確定しました。\n`);
    return EXIT.ok;
  },
};

export const compareCommand: Command = {
  name: 'compare',
  usage: `plan-desk compare --db FILE --from 改定版 --to 改定版|${WORKING} (--out FILE.pdf | --format json|text)`,
  summary: '2つの改定版(または作業中の計画)の新旧対照表を PDF か変更一覧で出力します',
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      db: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' },
    }, this.usage);
    const from = need(values.from, '--from', this.usage);
    const to = need(values.to, '--to', this.usage);
    if (!values.out && !values.format) throw new AppError('BAD_INPUT', `--out(PDF の保存先)か --format json を指定してください。\n使い方: ${this.usage}`);
    const format = values.format ? formatOf(values.format, this.usage) : null;
    return withDb(values.db, async (db, path) => {
      if (values.out) {
        if (!/\.pdf$/i.test(values.out)) throw new AppError('BAD_INPUT', `--out には .pdf のファイル名を指定してください(指定: ${values.out})。`);
        const pdf = await call(db, path, 'renderComparePdf', { from, to });
        writeAtomically(values.out, Buffer.from(pdf.base64, 'base64'));
        io.err(`新旧対照表を「${values.out}」に保存しました(${pdf.pages} ページ)。\n`);
        for (const w of pdf.warnings) io.err(`警告: ${w}\n`);
      }
      if (format) {
        const c = await call(db, path, 'compareRevisions', { from, to });
        io.out(format === 'json' ? toJson(c) : describeComparison(c));
      }
      return EXIT.ok;
    }, { create: false, readonly: !values.out });
  },
};

/** Written next to the target and renamed, so a failure never leaves half a PDF behind. */
function writeAtomically(out: string, bytes: Buffer): void {
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new AppError('INTERNAL', `「${out}」に書き込めません(${(e as NodeJS.ErrnoException).code ?? (e as Error).message})。`);
  }
}

const yearOf = (v: string | undefined, opt: string, usage: string): number => {
  const s = need(v, opt, usage);
  if (!/^\d{4}$/.test(s)) throw new AppError('BAD_INPUT', `${opt} は西暦4桁の年度で指定してください(指定: ${s})。`);
  return Number(s);
};

export const periodStartCommand: Command = {
  name: 'period start',
  usage: 'plan-desk period start --db FILE --first 2027 --last 2029 [--only 1,2,5] [--date YYYY-MM-DD]',
  summary: '今の計画から新しい計画期間の計画を作ります(今の計画は読み取り専用になります)',
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      db: { type: 'string' }, first: { type: 'string' }, last: { type: 'string' }, only: { type: 'string' }, date: { type: 'string' },
    }, this.usage);
    const firstFiscalYear = yearOf(values.first, '--first', this.usage);
    const lastFiscalYear = yearOf(values.last, '--last', this.usage);
    let continueNos: number[] | undefined;
    if (values.only !== undefined) {
      const parts = values.only.split(/[,、，\s]+/).filter(Boolean);
      const bad = parts.filter((p) => !/^\d+$/.test(p));
      if (parts.length === 0 || bad.length > 0) {
        throw new AppError('BAD_INPUT', `--only には引き継ぐ取組の No. をカンマ区切りで指定してください(例: --only 1,2,5)。読めない値: ${bad.join('、') || '(空)'}`);
      }
      continueNos = parts.map(Number);
    }
    const r = await withDb(values.db, (db, path) => call(db, path, 'startPeriod', {
      firstFiscalYear, lastFiscalYear, ...(continueNos ? { continueNos } : {}), ...(values.date ? { establishedOn: values.date } : {}),
    }));
    io.err(`新しい計画期間の計画「${r.title}」を作りました(取組 ${r.initiatives} 件)。前の計画は読み取り専用になりました。\n`);
    return EXIT.ok;
  },
};

export const revisionCommands: Command[] = [revisionListCommand, revisionCreateCommand, compareCommand, periodStartCommand];
