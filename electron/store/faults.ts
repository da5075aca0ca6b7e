// Faults of the disk and the file system in plain Japanese: a full disk, a file or folder that
// cannot be written. Everything else is left to the caller (null).
import { AppError } from '../../shared/api/errors.ts';

const codeOf = (e: unknown) => {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : '';
};

export const DISK_FULL_MESSAGE = (where: string) =>
  `ディスクの空き容量が足りないため、${where}に書き込めませんでした。変更は保存していません。` +
  '不要なファイルを削除して空き容量を作ってから、もう一度操作してください(空きがない間も、計画を見ること・印刷することはできます)。';

export const NOT_WRITABLE_MESSAGE = (where: string) =>
  `${where}に書き込めません(読み取り専用のファイルまたはフォルダーか、書き込む権限がありません)。変更は保存していません。` +
  'ファイルのプロパティで「読み取り専用」を外すか、書き込めるフォルダーにデータベースを移してから開き直してください。';

/** A hot journal that a read-only connection may not roll back (its holder is another terminal). */
export const UNFINISHED_SAVE_MESSAGE = (where: string) =>
  `${where}には、保存の途中で終わった変更の跡(同じ名前の -journal ファイル)があります。閲覧のみでは元に戻せないため、開けません。` +
  'データベースを開いている端末のアプリを終了してから開き直すと、途中の変更は自動で取り消され、保存済みの内容で開きます(ファイルは壊れていません)。';

export function isDiskFull(e: unknown): boolean {
  const c = codeOf(e);
  return c === 'ENOSPC' || c === 'EDQUOT' || c.startsWith('SQLITE_FULL') || /database or disk is full/u.test(String((e as Error)?.message));
}

export function isNotWritable(e: unknown): boolean {
  const c = codeOf(e);
  return c === 'EACCES' || c === 'EPERM' || c === 'EROFS' || c.startsWith('SQLITE_READONLY') || c === 'SQLITE_CANTOPEN';
}

/** The AppError for a disk/file-system fault of the DB at `dbPath` ('' = some file), or null when `e` is something else. */
export function describeStoreFault(e: unknown, dbPath: string): AppError | null {
  if (e instanceof AppError) return null;
  const where = dbPath === '' ? 'ファイル' : dbPath === ':memory:' ? 'データベース' : `データベース「${dbPath}」`;
  if (isDiskFull(e)) return new AppError('STORAGE', DISK_FULL_MESSAGE(where));
  if (codeOf(e) === 'SQLITE_READONLY_ROLLBACK') return new AppError('STORAGE', UNFINISHED_SAVE_MESSAGE(where));
  if (isNotWritable(e)) return new AppError('STORAGE', NOT_WRITABLE_MESSAGE(`${where}またはそのフォルダー`));
  return null;
}
