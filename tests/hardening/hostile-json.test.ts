// Hostile JSON files for `plan-desk load`: each is refused with a Japanese message naming the file
// (and the JSON path or line), nothing crashes, the DB stays byte-identical, and the big ones are
// refused within bounded memory (the size cap is checked before reading).
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonFileSafely } from '../../electron/cli/read-json-file.ts';
import { cli, sha256File } from '../helpers.ts';
import { miniDb, runTs } from './helpers.ts';
import { buildJsonCorpus } from './hostile-json-corpus.ts';

const CHILD = fileURLToPath(new URL('./cli-child.ts', import.meta.url));
const { dbPath: baseDb, dir } = miniDb();
const dumpText = (await cli('dump', '--db', baseDb)).out;
const corpus = buildJsonCorpus(join(dir, 'corpus'), dumpText);
const refused = corpus.filter((c) => c.refuse !== null);

function freshDb(name: string): string {
  const db = join(dir, `${name.replace(/[^\w-]+/g, '_')}.db`);
  copyFileSync(baseDb, db);
  return db;
}

/** Nothing but the DB itself next to it: no journal, lock or temp file left behind. */
const leftovers = (db: string) => readdirSync(dir).filter((n) => n.startsWith(db.split('/').pop()!) && n !== db.split('/').pop());

describe('hostile JSON corpus (plan-desk load)', () => {
  it('has at least 30 cases', () => {
    expect(refused.length).toBeGreaterThanOrEqual(30);
  });

  it.each(refused.filter((c) => !c.heavy).map((c) => [c.name, c] as const))('%s: refused in Japanese, DB byte-identical', async (_n, c) => {
    const db = freshDb(c.name);
    const before = sha256File(db);
    const r = await cli('load', '--db', db, '--json', c.file);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toMatch(/^エラー: /);
    expect(r.err).toContain(c.file);
    expect(r.err).toMatch(c.refuse!);
    expect(r.err).not.toMatch(/予期しないエラー|\n\s+at /);
    expect(sha256File(db)).toBe(before);
    expect(leftovers(db)).toEqual([]);
  });

  describe('what the reader adds to JSON.parse', () => {
    const read = (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return () => readJsonFileSafely(file);
    };

    it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s wherever it is, naming its path (JSON.parse keeps it as an own key)', (key) => {
      const text = `{\n "a": [{"b": {"${key}": {"polluted": true}}}]\n}`;
      expect(Object.keys((JSON.parse(text) as { a: { b: object }[] }).a[0]!.b)).toEqual([key]);
      expect(read(`${key}.json`, text)).toThrow(new RegExp(`の a\\[0\\]\\.b\\.${key}: 「${key}」という項目名は使えません`));
      expect(read(`${key}-clean.json`, text.replace(key, 'ok'))()).toEqual({ a: [{ b: { ok: { polluted: true } } }] });
    });

    it.each([
      ['a stray token', '{\n  "a": 1,\n  "b": tru\n}', '3 行 11 文字目付近'],
      ['a trailing comma in a list', '{\n  "a": 1,\n  "b": [1, 2,]\n}', '3 行 14 文字目付近'],
      ['text after the document', '{"a": 1}\n\n   x', '3 行 4 文字目付近'],
    ])('locates %s by line and column', (_what, text, where) => {
      expect(read('syntax.json', text)).toThrow(`JSON として読めません(${where}: `);
    });
  });

  it('a UTF-8 BOM is not an error: the document loads unchanged', async () => {
    const c = corpus.find((x) => x.refuse === null)!;
    const db = freshDb(c.name);
    const r = await cli('load', '--db', db, '--json', c.file);
    expect(r.code, r.err).toBe(0);
    expect((await cli('dump', '--db', db)).out).toBe(dumpText);
  });

  it('big files are refused with bounded memory and time (child process, peak RSS vs. a trivial refusal)', async () => {
    const run = async (file: string, db: string) => {
      const r = await runTs(CHILD, ['load', '--db', db, '--json', file]);
      return JSON.parse(r.out.trim().split('\n').pop()!) as { code: number; err: string; ms: number; maxRssKb: number };
    };
    const baseline = await run(corpus[0]!.file, freshDb('baseline'));
    expect(baseline.code).toBe(2);
    const report: string[] = [];
    for (const c of corpus.filter((x) => x.heavy)) {
      const db = freshDb(c.name);
      const before = sha256File(db);
      const r = await run(c.file, db);
      report.push(`${c.name}: ${r.ms.toFixed(0)} ms, +${((r.maxRssKb - baseline.maxRssKb) / 1024).toFixed(0)} MB`);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toContain(c.file);
      expect(r.err).toMatch(c.refuse!);
      expect(sha256File(db)).toBe(before);
      const extraMb = (r.maxRssKb - baseline.maxRssKb) / 1024;
      // Refused by size: not read at all. Others: a small multiple of the file, never unbounded.
      const limit = /50 MB/.test(String(c.refuse)) ? 16 : 200;
      expect(extraMb, c.name).toBeLessThan(limit);
      expect(r.ms, c.name).toBeLessThan(10_000);
    }
    console.log(`hostile JSON (heavy): ${report.join('; ')}`);
  });

  it('a missing file and a folder are refused too', async () => {
    const db = freshDb('missing');
    const missing = await cli('load', '--db', db, '--json', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/読めません\(ENOENT\)/);
    const folder = await cli('load', '--db', db, '--json', dir);
    expect(folder.code).toBe(2);
    expect(folder.err).toMatch(/ファイルではありません/);
    expect(existsSync(`${db}.lock`)).toBe(false);
  });
});
