// The synthetic plan generator (shared/synth) and the `synth` command: deterministic, valid, realistic.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PlanDocument } from '../../shared/domain/document.ts';
import { mulberry32 } from '../../shared/synth/prng.ts';
import { lines, sentences } from '../../shared/synth/pools.ts';
import { synthPlan } from '../../shared/synth/generate.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { cli, readJson, SEED_URL, sha256File, tempDir } from '../helpers.ts';

const seed = PlanDocument.parse(readJson(SEED_URL));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(sa);
    expect(sa.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(sa).size).toBe(20);
  });
});

describe('synthPlan', () => {
  const big = synthPlan(seed, { items: 1000, seed: 1 });

  it('is deterministic for a seed and changes with the seed', () => {
    expect(JSON.stringify(synthPlan(seed, { items: 1000, seed: 1 }))).toBe(JSON.stringify(big));
    const other = synthPlan(seed, { items: 1000, seed: 2 });
    expect(other.initiatives.map((i) => i.title)).not.toEqual(big.initiatives.map((i) => i.title));
  });

  it('produces a valid plan document of N items, numbered 1..N with 重点取組事項 first', () => {
    for (const n of [1, 43, 1000]) {
      const doc = n === 1000 ? big : synthPlan(seed, { items: n, seed: 9 });
      expect(PlanDocument.safeParse(doc).success).toBe(true);
      expect(doc.initiatives).toHaveLength(n);
      expect(doc.initiatives.map((i) => i.no)).toEqual(Array.from({ length: n }, (_v, k) => k + 1));
      const firstPlain = doc.initiatives.findIndex((i) => !i.priority);
      if (firstPlain >= 0) expect(doc.initiatives.slice(firstPlain).every((i) => !i.priority)).toBe(true);
    }
  });

  it('uses every department, about N/1.1 by default, exactly D when asked', () => {
    expect(big.departments).toHaveLength(Math.round(1000 / 1.1));
    expect(new Set(big.initiatives.flatMap((i) => i.departments)).size).toBe(big.departments.length);
    expect(synthPlan(seed, { items: 5, seed: 1 }).departments).toHaveLength(seed.departments.length);
    const forty = synthPlan(seed, { items: 43, departments: 40, seed: 3 });
    expect(new Set(forty.initiatives.flatMap((i) => i.departments)).size).toBe(40);
    const one = synthPlan(seed, { items: 10, departments: 1, seed: 3 });
    expect(one.initiatives.every((i) => i.departments.length === 1)).toBe(true);
  });

  it('recombines the seed’s real sentences, lines and labels, with the seed’s lengths and shapes', () => {
    const purposeSentences = new Set(seed.initiatives.flatMap((i) => sentences(i.purpose)));
    const resultLines = new Set(seed.initiatives.flatMap((i) => i.results.flatMap((r) => lines(r.text))));
    const labels = new Set(seed.initiatives.flatMap((i) => i.schedule.map((b) => b.label)));
    for (const it of big.initiatives) {
      for (const s of sentences(it.purpose)) expect(purposeSentences.has(s)).toBe(true);
      for (const r of it.results) for (const l of lines(r.text)) expect(resultLines.has(l)).toBe(true);
      for (const b of it.schedule) expect(labels.has(b.label)).toBe(true);
    }
    const near = (synth: number, real: number, tolerance: number) => expect(Math.abs(synth - real) / real).toBeLessThan(tolerance);
    const stat = (doc: PlanDocument, f: (i: PlanDocument['initiatives'][0]) => number) => mean(doc.initiatives.map(f));
    near(stat(big, (i) => i.purpose.length), stat(seed, (i) => i.purpose.length), 0.2);
    near(stat(big, (i) => i.activity.length), stat(seed, (i) => i.activity.length), 0.2);
    near(stat(big, (i) => i.schedule.length), stat(seed, (i) => i.schedule.length), 0.2);
    near(stat(big, (i) => i.results.reduce((s, r) => s + r.text.length, 0)), stat(seed, (i) => i.results.reduce((s, r) => s + r.text.length, 0)), 0.2);
    near(stat(big, (i) => i.departments.length), stat(seed, (i) => i.departments.length), 0.3);
    near(big.initiatives.filter((i) => i.priority).length / 1000, seed.initiatives.filter((i) => i.priority).length / seed.initiatives.length, 0.3);
    // The hub department keeps its seed share (デジタル推進課 in about 28% of the published items).
    const hub = seed.departments.map((d) => d.name).sort((a, b) =>
      seed.initiatives.filter((i) => i.departments.includes(b)).length - seed.initiatives.filter((i) => i.departments.includes(a)).length)[0]!;
    near(big.initiatives.filter((i) => i.departments[0] === hub).length / 1000,
      seed.initiatives.filter((i) => i.departments.includes(hub)).length / seed.initiatives.length, 0.3);
    expect(new Set(big.initiatives.map((i) => i.title)).size).toBeGreaterThan(200);
  });
});

describe('plan-desk synth', () => {
  it('writes a new DB with N items and refuses to overwrite an existing file without --force', async () => {
    const dir = tempDir();
    const db = join(dir, 'synth.db');
    const made = await cli('synth', '--db', db, '--items', '60', '--departments', '40', '--seed', '5');
    expect(made.code, made.err).toBe(0);
    expect(made.err).toContain('60 件');
    const h = openDatabase(db, { create: false, readonly: true });
    const n = (h.prepare('SELECT count(*) AS n FROM initiative').get() as { n: number }).n;
    h.close();
    expect(n).toBe(60);

    const before = sha256File(db);
    const again = await cli('synth', '--db', db, '--items', '10');
    expect(again.code).toBe(2);
    expect(again.err).toContain('--force');
    expect(sha256File(db)).toBe(before);
    const forced = await cli('synth', '--db', db, '--items', '10', '--force');
    expect(forced.code, forced.err).toBe(0);
    expect(sha256File(db)).not.toBe(before);

    expect((await cli('synth', '--db', join(dir, 'bad.db'), '--items', 'many')).err).toContain('--items には 1〜99999 の整数');
    expect(existsSync(join(dir, 'bad.db'))).toBe(false);
  });
});
