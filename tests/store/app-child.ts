// Child process of the store tests: a front end holding the DB (as the app or a host would),
// serving contract calls given one JSON line at a time on stdin ({method, input}), answering
// one JSON line per call. "bye" closes the DB (the lock is released) and exits.
import { createInterface } from 'node:readline';
import { dispatch } from '../../shared/api/dispatch.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { makeContext } from '../../electron/handlers/context.ts';
import { openAppDatabase } from '../../electron/store/app-open.ts';

const app = await openAppDatabase(process.argv[2]!, 'アプリ', { create: false });
const ctx = makeContext(app.db, app.dbPath, 'electron', app);
process.stdout.write(`${JSON.stringify({ ready: true, viewOnly: app.viewOnly })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === 'bye') break;
  const { method, input } = JSON.parse(line) as { method: string; input: unknown };
  process.stdout.write(`${JSON.stringify(await dispatch(handlers, method, input, ctx))}\n`);
}
app.close();
process.exit(0);
