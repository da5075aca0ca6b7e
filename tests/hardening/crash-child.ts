// Child process of crash.test.ts: applies one big edit batch (loadPlan of a large document) through
// the real handler, and says on stdout when its write transaction begins and is about to commit,
// so the parent can aim SIGKILL at the write window.
import { readFileSync, writeSync } from 'node:fs';
import { dispatch, type Handlers } from '../../shared/api/dispatch.ts';
import { planHandlers } from '../../electron/handlers/plan-handlers.ts';
import { makeContext, type HandlerContext } from '../../electron/handlers/context.ts';
import { openDatabase } from '../../electron/store/open.ts';

const [dbPath, docPath] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
const say = (what: string) => writeSync(1, `${what} ${(performance.now() - t0).toFixed(2)}\n`); // synchronous: no buffered line is lost to the kill

const db = openDatabase(dbPath, { create: false });
const document = JSON.parse(readFileSync(docPath, 'utf8')) as unknown;
// Wrap the connection's transactions: BEGIN when the body starts, COMMIT just before SQLite commits.
const original = db.transaction.bind(db);
db.transaction = ((fn: (...a: unknown[]) => unknown) =>
  original((...args: unknown[]) => {
    say('BEGIN');
    const r = fn(...args);
    say('COMMIT');
    return r;
  })) as typeof db.transaction;

say('READY');
// Only the handler under test is loaded (the full map pulls in the PDF and Excel libraries: slower start).
const handlers = { loadPlan: planHandlers.loadPlan } as unknown as Handlers<HandlerContext>;
const r = await dispatch(handlers, 'loadPlan', { document }, makeContext(db, dbPath, 'cli'));
say(r.ok ? 'DONE' : `FAILED ${JSON.stringify(r.error)}`);
db.close();
