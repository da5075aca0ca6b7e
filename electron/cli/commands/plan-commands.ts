// init / dump / load: a DB from the seed, the plan as JSON, the plan replaced from JSON.
import { AppError } from '../../../shared/api/errors.ts';
import { cliCall } from '../cli-methods.ts';
import { readJsonFileSafely } from '../read-json-file.ts';
import { call, EXIT, parseOptions, toJson, withDb, type Command } from '../io.ts';

export const initCommand: Command = {
  name: 'init',
  usage: 'plan-desk init --db FILE [--force]',
  summary: '公表済みの計画(2025年度改定版)から新しいデータベースを作ります',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, force: { type: 'boolean' } }, this.usage);
    if (!values.db) throw new AppError('BAD_INPUT', `--db でデータベースのファイルを指定してください。\n使い方: ${this.usage}`);
    await cliCall('initDatabase', { db: values.db, ...(values.force ? { force: true } : {}) });
    const n = await withDb(values.db, async (db, path) => (await call(db, path, 'listInitiatives', {})).length);
    io.err(`「${values.db}」を作成しました(取組 ${n} 件)。`);
    return EXIT.ok;
  },
};

export const dumpCommand: Command = {
  name: 'dump',
  usage: 'plan-desk dump --db FILE [--revision 改定版]',
  summary: '計画全体(--revision で確定済みの改定版)を JSON で標準出力に書き出します',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, revision: { type: 'string' } }, this.usage);
    const label = values.revision;
    const doc = await withDb(values.db, (db, path) => (label === undefined ? call(db, path, 'dumpPlan', {}) : call(db, path, 'getRevision', { label })),
      { create: false, readonly: true });
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
    const file = values.json;
    const r = await withDb(values.db, (db, path) => call(db, path, 'loadPlan', { document })).catch((e: unknown) => {
      // A refused document: say which file the JSON paths in the message belong to.
      if (e instanceof AppError && e.code === 'BAD_INPUT') throw new AppError(e.code, `「${file}」: ${e.message}`, { issues: e.issues, details: e.details });
      throw e;
    });
    io.err(`「${values.json}」を読み込みました(取組 ${r.initiatives} 件)。`);
    return EXIT.ok;
  },
};

/** Size-capped (50 MB, checked before reading), UTF-8 checked, syntax errors located: see read-json-file.ts. */
export function readJsonFile(path: string): unknown {
  return readJsonFileSafely(path);
}
