// Child process of db-lock.test.ts: holds the lock of a DB (as the app would) until killed or told to exit.
import { acquireDbLock } from '../../electron/store/db-lock.ts';

const lock = acquireDbLock(process.argv[2]!, 'アプリ');
process.stdout.write('LOCKED\n');
process.stdin.on('data', () => {
  lock.release();
  process.exit(0);
});
setTimeout(() => process.exit(3), 30_000); // never outlives the test by much
