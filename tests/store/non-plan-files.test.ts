// Only a missing file becomes a new plan: a zero-length file, an empty SQLite file or another
// program's SQLite file (even one with a table named plan) is refused with what it is and what
// to do, and left byte-identical — by the app's start, the browser host's and every CLI command.
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openAppDatabase } from '../../electron/store/app-open.ts';
import { AppError } from '../../shared/api/errors.ts';
import { cli, sha256File, tempDir } from '../helpers.ts';

type Maker = (path: string) => void;

const sqlite = (sql: string, userVersion = 0): Maker => (path) => {
  const db = new Database(path);
  db.exec(sql);
  db.pragma(`user_version = ${userVersion}`);
  db.close();
};

const FILES: [string, Maker, RegExp][] = [
  ['a zero-length file', (p) => writeFileSync(p, ''), /空のファイル\(0 バイト/],
  ['an empty SQLite file of another program', sqlite('CREATE TABLE t (x); DROP TABLE t;'), /中身のない SQLite データベース/],
  ['another program\'s SQLite file with a table named plan', sqlite('CREATE TABLE plan (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO plan (name) VALUES (\'家計簿\');'), /別のプログラムの SQLite データベース\(表: plan\)/],
  ['the same with a user_version set', sqlite('CREATE TABLE plan (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO plan (name) VALUES (\'x\');', 3), /形式 3 の計画に必要な表 .*がありません/],
];

async function refusal(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected a refusal');
}

describe('an existing file that is not a plan DB', () => {
  for (const [what, make, says] of FILES) {
    it(`${what}: refused by the app's start and by the CLI, left byte-identical`, async () => {
      const dir = tempDir();
      const dbPath = join(dir, 'plan-desk.db');
      make(dbPath);
      const hash = sha256File(dbPath);

      const e = await refusal(() => openAppDatabase(dbPath, 'ブラウザー版'));
      expect(e.code).toBe('DB_INVALID');
      expect(e.message).toMatch(says);
      expect(e.message).toContain('アクションプラン・デスクのデータベースではありません');
      expect(e.message).toContain('バックアップから復元');
      expect(e.message).toContain(`plan-desk init --db "${dbPath}" --force`);
      expect(sha256File(dbPath)).toBe(hash);
      expect(existsSync(join(dir, 'backups'))).toBe(false); // no day's backup of the wrong content
      expect(existsSync(`${dbPath}.lock`)).toBe(false);

      for (const args of [['dump'], ['check'], ['backup'], ['revision', 'list'], ['load', '--json', 'tests/fixtures/mini-plan.json']]) {
        const r = await cli(...args, '--db', dbPath);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.err, args.join(' ')).toMatch(says);
      }
      expect(sha256File(dbPath)).toBe(hash);
    });
  }

  it('init --force replaces it (the way out the message names)', async () => {
    const dbPath = join(tempDir(), 'plan.db');
    writeFileSync(dbPath, '');
    expect((await cli('init', '--db', dbPath, '--force')).code).toBe(0);
    expect((await cli('dump', '--db', dbPath)).code).toBe(0);
  });
});
