// Refused files are never written to the DB (a refused file leaves the DB byte-identical), yet the
// 回答状況 must keep saying which 課's file was refused after the app restarts: each refusal is
// appended to a JSON Lines file in the DB's log folder (logs/<DB file name>.rejections.jsonl) and
// read back on first use in a process. Entries name their round by its uid, so a DB file replaced
// by another (a restore, another plan) never shows rejections of rounds it does not hold.
// The file is a convenience: when it cannot be written or read, the session still shows what it saw.
import { appendFileSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { logDirOf } from '../log/log-file.ts';

export interface Rejection {
  /** The round the file belongs to (its uid), null when the file could not be tied to one. */
  roundUid: string | null;
  department: string | null;
  fileName: string;
  at: string;
  reason: string;
}

const MAX_PER_DB = 500;
/** Past this size the file is rewritten with the last MAX_PER_DB entries. */
const MAX_FILE_BYTES = 512 * 1024;
const logs = new Map<string, Rejection[]>();

const onDisk = (dbPath: string) => dbPath !== '' && dbPath !== ':memory:';
export const rejectionFileOf = (dbPath: string) => join(logDirOf(dbPath), `${basename(dbPath)}.rejections.jsonl`);

const Line = z.object({ roundUid: z.string().nullable(), department: z.string().nullable(), fileName: z.string(), at: z.string(), reason: z.string() });

/** One line of the file, or null when it is not a rejection (a torn last line, an edit by hand). */
function parseLine(line: string): Rejection | null {
  try {
    const r = Line.safeParse(JSON.parse(line));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

function load(dbPath: string): Rejection[] {
  let list = logs.get(dbPath);
  if (list) return list;
  list = [];
  if (onDisk(dbPath)) {
    try {
      for (const line of readFileSync(rejectionFileOf(dbPath), 'utf8').split('\n')) {
        const r = line.trim() === '' ? null : parseLine(line);
        if (r) list.push(r);
      }
    } catch { /* no file yet, or unreadable: what this session sees */ }
  }
  if (list.length > MAX_PER_DB) list.splice(0, list.length - MAX_PER_DB);
  logs.set(dbPath, list);
  return list;
}

function persist(dbPath: string, r: Rejection, list: readonly Rejection[]): void {
  if (!onDisk(dbPath)) return;
  const file = rejectionFileOf(dbPath);
  try {
    mkdirSync(logDirOf(dbPath), { recursive: true });
    appendFileSync(file, `${JSON.stringify(r)}\n`);
    if (statSync(file).size > MAX_FILE_BYTES) {
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, list.map((x) => `${JSON.stringify(x)}\n`).join(''));
      renameSync(tmp, file);
    }
  } catch { /* an unwritable log folder: the session still shows it */ }
}

export function logRejection(dbPath: string, r: Rejection): void {
  const list = load(dbPath);
  list.push(r);
  if (list.length > MAX_PER_DB) list.splice(0, list.length - MAX_PER_DB);
  persist(dbPath, r, list);
}

export function rejectionsOf(dbPath: string): readonly Rejection[] {
  return load(dbPath);
}

/** Forgets what this process read (tests: a new process reads the file again). */
export function forgetRejections(): void {
  logs.clear();
}
