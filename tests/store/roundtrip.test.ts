import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, MINI_URL, SEED_URL, sha256File, tempDir } from '../helpers.ts';

const seedText = () => readFileSync(SEED_URL, 'utf8');

describe('init / dump / load', () => {
  it('seed → DB → dump gives back the seed file byte for byte', async () => {
    const db = join(tempDir(), 'plan.db');
    const init = await cli('init', '--db', db);
    expect(init.code, init.err).toBe(0);
    const dump = await cli('dump', '--db', db);
    expect(dump.code, dump.err).toBe(0);
    expect(dump.out).toBe(seedText());
  });

  it('dump | load | dump is identical', async () => {
    const dir = tempDir();
    const db = join(dir, 'plan.db');
    await cli('init', '--db', db);
    const first = (await cli('dump', '--db', db)).out;
    writeFileSync(join(dir, 'd.json'), first);
    const load = await cli('load', '--db', db, '--json', join(dir, 'd.json'));
    expect(load.code, load.err).toBe(0);
    expect((await cli('dump', '--db', db)).out).toBe(first);
  });

  it('load replaces the plan with another document', async () => {
    const dir = tempDir();
    const db = join(dir, 'plan.db');
    await cli('init', '--db', db);
    expect((await cli('load', '--db', db, '--json', new URL(MINI_URL).pathname)).code).toBe(0);
    const doc = JSON.parse((await cli('dump', '--db', db)).out);
    expect(doc.initiatives.map((i: { id: string }) => i.id)).toEqual(['t-01', 't-02']);
  });

  it.each([
    ['not JSON', '{ "format": '],
    ['wrong format', '{"format":"other"}'],
    ['bad field', JSON.stringify({ ...JSON.parse(readFileSync(MINI_URL, 'utf8')), initiatives: [{ no: 'x' }] })],
    ['__proto__ key', readFileSync(MINI_URL, 'utf8').replace('"format"', '"__proto__": {"x": 1}, "format"')],
  ])('a rejected load (%s) exits non-zero and leaves the DB byte-identical', async (_name, text) => {
    const dir = tempDir();
    const db = join(dir, 'plan.db');
    await cli('init', '--db', db);
    const before = sha256File(db);
    writeFileSync(join(dir, 'bad.json'), text);
    const r = await cli('load', '--db', db, '--json', join(dir, 'bad.json'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/エラー: /);
    expect(sha256File(db)).toBe(before);
    expect(existsSync(`${db}-journal`)).toBe(false);
  });

  it('names the JSON paths of the first errors', async () => {
    const dir = tempDir();
    const db = join(dir, 'plan.db');
    await cli('init', '--db', db);
    const doc = JSON.parse(readFileSync(MINI_URL, 'utf8'));
    doc.initiatives[1].schedule[2].from = 2030;
    doc.initiatives[0].title = '';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(doc));
    const r = await cli('load', '--db', db, '--json', join(dir, 'bad.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('initiatives[0].title');
    expect(r.err).toContain('initiatives[1].schedule[2]');
  });

  it('init refuses to overwrite without --force, and replaces with it', async () => {
    const dir = tempDir();
    const db = join(dir, 'plan.db');
    await cli('init', '--db', db);
    await cli('load', '--db', db, '--json', new URL(MINI_URL).pathname);
    const before = sha256File(db);
    const again = await cli('init', '--db', db);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--force');
    expect(sha256File(db)).toBe(before);
    expect((await cli('init', '--db', db, '--force')).code).toBe(0);
    expect((await cli('dump', '--db', db)).out).toBe(seedText());
  });

  it('dump of a missing DB says how to create it', async () => {
    const r = await cli('dump', '--db', join(tempDir(), 'none.db'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('init');
  });
});
