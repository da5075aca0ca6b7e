// Crash safety: a child process applies a big edit batch (loadPlan of 1,000 initiatives) and is
// killed with SIGKILL at a random moment of its write, 50 times. After each kill the DB must pass
// integrity_check and hold either all of the change or none of it.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openDatabase } from '../../electron/store/open.ts';
import { currentPlanId, readPlanDocument } from '../../electron/store/plan-read.ts';
import { tempDir } from '../helpers.ts';
import { bigPlan } from './big-plan.ts';
import { contentHash } from './helpers.ts';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const KILLS = 50;
const PARALLEL = 2;

interface Run { lines: Map<string, number>; killed: boolean; code: number | null }

/** When to kill: `ms` after the child reports BEGIN (its write transaction started) or COMMIT (about to commit). */
interface Kill { after: 'BEGIN' | 'COMMIT'; ms: number }

/** Runs the child on `dbPath`, SIGKILLing it as `kill` says (or letting it finish). */
function runChild(dbPath: string, docPath: string, kill?: Kill): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dbPath, docPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = new Map<string, number>();
    let killed = false;
    let buf = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      buf += c.toString();
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        const [what, t] = buf.slice(0, i).split(' ');
        buf = buf.slice(i + 1);
        if (!lines.has(what!)) lines.set(what!, Number(t));
        if (kill && what === kill.after) setTimeout(() => { killed = child.kill('SIGKILL'); }, kill.ms);
      }
    });
    child.stderr.on('data', (c) => { err += c; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!killed && code !== 0) reject(new Error(`child failed (${code}): ${err}`));
      else resolve({ lines, killed, code });
    });
  });
}

/** integrity_check, foreign keys, and what the DB holds (opened read-write: a hot journal is rolled back here). */
function inspect(dbPath: string) {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const fk = (db.pragma('foreign_key_check') as unknown[]).length;
    const batches = (db.prepare('SELECT count(*) AS n FROM change_batch').get() as { n: number }).n;
    const doc = createHash('sha256').update(JSON.stringify(readPlanDocument(db, currentPlanId(db)))).digest('hex');
    return { integrity, fk, batches, doc };
  } finally {
    db.close();
  }
}

describe('crash safety (SIGKILL during a big write)', () => {
  it(`${KILLS} kills: the DB is always healthy and holds all of the change or none of it`, async () => {
    const dir = tempDir('plan-desk-crash-');
    const base = join(dir, 'base.db');
    openDatabase(base, { seed: () => bigPlan(1000, 'old') }).close();
    const docPath = join(dir, 'doc.json');
    writeFileSync(docPath, JSON.stringify(bigPlan(1000, 'new')));
    const before = { hash: contentHash(base), ...inspect(base) };

    // One run to the end: the "all" state, and how long the write window lasts.
    const full = join(dir, 'full.db');
    copyFileSync(base, full);
    const cal = await runChild(full, docPath);
    const begin = cal.lines.get('BEGIN')!;
    const commit = cal.lines.get('COMMIT')!;
    const done = cal.lines.get('DONE')!;
    expect(commit - begin).toBeGreaterThan(20); // a real write window to aim at
    const after = inspect(full);
    expect(after.doc).not.toBe(before.doc);
    expect(after.batches).toBe(before.batches + 1);

    // Two kills in three spread over the whole transaction, one in three around the commit itself
    // (COMMIT is printed just before SQLite commits; DONE once it has).
    const windowMs = commit - begin;
    const kills: Kill[] = Array.from({ length: KILLS }, (_, i) =>
      i % 3 === 2 ? { after: 'COMMIT', ms: Math.random() * (done - commit) * 1.5 } : { after: 'BEGIN', ms: Math.random() * windowMs });

    const outcomes = { none: 0, all: 0 };
    let killedInFlight = 0;
    let next = 0;
    const worker = async (w: number) => {
      for (let i = next++; i < KILLS; i = next++) {
        const runDir = join(dir, `run-${w}`);
        mkdirSync(runDir, { recursive: true });
        const db = join(runDir, `plan-${i}.db`);
        copyFileSync(base, db);
        const run = await runChild(db, docPath, kills[i]);
        if (run.killed && !run.lines.has('DONE')) killedInFlight++;
        const state = inspect(db);
        expect(state.integrity, `kill ${i}: ${JSON.stringify(kills[i])}`).toEqual(['ok']);
        expect(state.fk).toBe(0);
        if (contentHash(db) === before.hash) outcomes.none++;
        else {
          expect({ doc: state.doc, batches: state.batches }, `kill ${i}: a partial change`).toEqual({ doc: after.doc, batches: after.batches });
          outcomes.all++;
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, (_, w) => worker(w)));

    console.log(`crash test: ${KILLS} kills (${killedInFlight} before the child finished), write window ${windowMs.toFixed(0)} ms, commit→done ${(done - commit).toFixed(1)} ms → none ${outcomes.none}, all ${outcomes.all}`);
    expect(outcomes.none + outcomes.all).toBe(KILLS);
    // The kills really landed in the write (none) and around/after the commit (all).
    expect(outcomes.none).toBeGreaterThan(KILLS / 3);
    expect(killedInFlight).toBeGreaterThan(KILLS / 2);
  }, 120_000);
});
