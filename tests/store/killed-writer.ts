// Child process of data-safety.test.ts: a writer that holds the lock, changes the plan inside a
// transaction big enough to spill into the DB file (so `-journal` is hot), says HOT, and waits to
// be killed with SIGKILL: what a crash mid-commit leaves behind.
import { existsSync } from 'node:fs';
import { acquireDbLock } from '../../electron/store/db-lock.ts';
import { openDatabase } from '../../electron/store/open.ts';

const dbPath = process.argv[2]!;
acquireDbLock(dbPath, 'アプリ');
const db = openDatabase(dbPath, { create: false });
db.pragma('cache_size = 5'); // a tiny page cache: the change spills into the DB file before commit
db.exec('BEGIN IMMEDIATE');
db.prepare("UPDATE initiative SET title = '途中で終わった変更'").run();
const ins = db.prepare("INSERT INTO change_batch (plan_id, at, who, source, summary) VALUES (1, '2025-01-01T00:00:00Z', 'x', 'x', ?)");
for (let i = 0; i < 400; i++) ins.run('あ'.repeat(2000));
process.stdout.write(existsSync(`${dbPath}-journal`) ? 'HOT\n' : 'NO-JOURNAL\n');
setInterval(() => undefined, 1000);
setTimeout(() => process.exit(3), 30_000);
