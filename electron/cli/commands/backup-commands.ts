// backup / restore: a consistent copy of the DB, and putting a copy back (the work is in
// ../db-file-handlers.ts, reached through the CLI's method map like every other command).
import { AppError } from '../../../shared/api/errors.ts';
import { listBackups } from '../../store/backup.ts';
import { defaultDbPath } from '../../paths.ts';
import { cliCall } from '../cli-methods.ts';
import { EXIT, parseOptions, type Command } from '../io.ts';

export const backupCommand: Command = {
  name: 'backup',
  usage: 'plan-desk backup --db FILE [--out FILE]',
  summary: 'データベースのバックアップを作ります(--out を省くとデータベースと同じフォルダーの backups に保存)',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, out: { type: 'string' } }, this.usage);
    const { path: dest } = await cliCall('backupDatabase', { db: values.db ?? defaultDbPath(), ...(values.out ? { out: values.out } : {}) });
    io.err(`バックアップを作成しました: ${dest}`);
    return EXIT.ok;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'plan-desk restore --db FILE --from FILE',
  summary: 'バックアップからデータベースを復元します(検査してから置き換え、今のデータベースも backups に保存)',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, from: { type: 'string' } }, this.usage);
    const dbPath = values.db ?? defaultDbPath();
    if (!values.from) {
      const list = listBackups(dbPath).slice(0, 10);
      const lines = list.length ? list.map((b) => `  ${b.takenAt}  ${b.path}`).join('\n') : '  (バックアップがありません)';
      throw new AppError('BAD_INPUT', `--from で復元するバックアップを指定してください。新しい順のバックアップ:\n${lines}\n使い方: ${this.usage}`);
    }
    const from = values.from;
    const { version, kept } = await cliCall('restoreDatabase', { db: dbPath, from });
    io.err(
      `「${from}」(形式 ${version})から「${dbPath}」を復元しました。` +
        (kept ? `\n復元前のデータベースは「${kept}」に保存しました。` : ''),
    );
    return EXIT.ok;
  },
};
