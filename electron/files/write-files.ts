// Writing files the backend produced to a place the user (a dialog) or the CLI (--out) chose; never
// where the page says. Each file is written beside its target and renamed, so no half file is left.
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/api/errors.ts';
import { FORBIDDEN_IN_FILE_NAME } from '../../shared/files/file-names.ts';

export interface BytesFile {
  fileName: string;
  bytes: Uint8Array;
}


/** A file name that stays inside its folder whatever it was (no separators, no `..`, nothing Windows forbids). */
export function safeFileName(name: string): string {
  const base = basename(name.replaceAll('\\', '/')).replace(FORBIDDEN_IN_FILE_NAME, '_').trim();
  return base === '' || /^\.+$/u.test(base) ? '_' : base;
}

const why = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** One file to `path` (the folder is created); an existing file there is replaced only when the caller says so. */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  const part = `${path}.part`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(part, bytes);
    renameSync(part, path);
  } catch (e) {
    try { rmSync(part, { force: true }); } catch { /* the folder itself is the problem */ }
    throw new AppError('BAD_INPUT', `「${path}」に書き出せません(${why(e)})。ファイルを Excel などで開いていないか、保存先のフォルダー「${dirname(path)}」の権限を確認してください。`);
  }
}

/** Makes sure `dir` is a folder files can go into (created if missing), or says which folder is the problem. */
export function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error('フォルダーではありません');
  } catch (e) {
    throw new AppError('BAD_INPUT', `フォルダー「${dir}」を使えません(${why(e)})。別のフォルダーを選んでください。`);
  }
}

/** Writes the files into `dir`; never overwrites a file there (a returned answer may carry the same name). */
export function writeFilesInto(dir: string, files: readonly BytesFile[]): string[] {
  ensureFolder(dir);
  const named = files.map((f) => ({ path: join(dir, safeFileName(f.fileName)), bytes: f.bytes }));
  const taken = named.filter((f) => existsSync(f.path)).map((f) => basename(f.path));
  if (taken.length > 0) {
    throw new AppError('CONFLICT', `フォルダー「${dir}」に同じ名前のファイルが既にあります(${taken.slice(0, 3).join('、')}${taken.length > 3 ? ` ほか${taken.length - 3}件` : ''})。返送された回答を上書きしないよう、空のフォルダーを選んでください。`);
  }
  const written: string[] = [];
  try {
    for (const f of named) {
      writeFileSync(`${f.path}.part`, f.bytes, { flag: 'wx' });
      renameSync(`${f.path}.part`, f.path);
      written.push(f.path);
    }
  } catch (e) {
    for (const f of named) rmSync(`${f.path}.part`, { force: true });
    for (const p of written) rmSync(p, { force: true });
    throw new AppError('BAD_INPUT', `フォルダー「${dir}」に書き出せませんでした(${why(e)})。フォルダーの権限と空き容量を確認してください。何も書き出していません。`);
  }
  return written;
}

export const fromBase64 = (f: { fileName: string; base64: string }): BytesFile => ({ fileName: f.fileName, bytes: Buffer.from(f.base64, 'base64') });
