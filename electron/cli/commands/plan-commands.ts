// init / dump / load: a DB from the seed, the plan as JSON, the plan replaced from JSON.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors.ts';
import { openDatabase } from '../../store/open.ts';
import { call, EXIT, parseOptions, toJson, withDb, type Command } from '../io.ts';

export const initCommand: Command = {
  name: 'init',
  usage: 'plan-desk init --db FILE [--force]',
  summary: '公表済みの計画(2025年度改定版)から新しいデータベースを作ります',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, force: { type: 'boolean' } }, this.usage);
    if (!values.db) throw new AppError('BAD_INPUT', `--db でデータベースのファイルを指定してください。\n使い方: ${this.usage}`);
    if (existsSync(values.db) && !values.force) {
      throw new AppError('CONFLICT', `「${values.db}」は既にあります。上書きする場合は --force を付けてください(今のデータは失われます)。`);
    }
    // Build next to the target and rename over it, so a failure never leaves half a DB behind.
    const tmp = `${values.db}.init-${process.pid}.tmp`;
    rmSync(tmp, { force: true });
    try {
      openDatabase(tmp, { create: true }).close();
      renameSync(tmp, values.db);
    } finally {
      rmSync(tmp, { force: true });
      rmSync(`${tmp}-journal`, { force: true });
    }
    const n = await withDb(values.db, async (db, path) => (await call(db, path, 'listInitiatives', {})).length);
    io.err(`「${values.db}」を作成しました(取組 ${n} 件)。`);
    return EXIT.ok;
  },
};

export const dumpCommand: Command = {
  name: 'dump',
  usage: 'plan-desk dump --db FILE',
  summary: '計画全体を JSON で標準出力に書き出します',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' } }, this.usage);
    const doc = await withDb(values.db, (db, path) => call(db, path, 'dumpPlan', {}), { create: false, readonly: true });
    io.out(toJson(doc));
    return EXIT.ok;
  },
};

export const loadCommand: Command = {
  name: 'load',
  usage: 'plan-desk load --db FILE --json FILE',
  summary: 'JSON を検証してから計画全体を置き換えます(不正な JSON ではデータベースを変更しません)',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, json: { type: 'string' } }, this.usage);
    if (!values.json) throw new AppError('BAD_INPUT', `--json で読み込むファイルを指定してください。\n使い方: ${this.usage}`);
    const document = readJsonFile(values.json);
    const r = await withDb(values.db, (db, path) => call(db, path, 'loadPlan', { document }));
    io.err(`「${values.json}」を読み込みました(取組 ${r.initiatives} 件)。`);
    return EXIT.ok;
  },
};

export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new AppError('NOT_FOUND', `ファイル「${path}」を読めません(${(e as NodeJS.ErrnoException).code ?? (e as Error).message})。`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('BAD_INPUT', `「${path}」は JSON として読めません: ${(e as Error).message}。テキストエディタで構文を確認してください。`);
  }
}
