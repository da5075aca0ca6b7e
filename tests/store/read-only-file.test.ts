// A DB file that cannot be written (read-only attribute, no write permission): the app opens it
// for viewing only and says why; a writing command says what to do instead of 予期しないエラー.
// Root ignores file permissions, so as root the processes run as the user nobody.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sha256File } from '../helpers.ts';
import { miniDb } from '../hardening/helpers.ts';
import { startAppChild } from './app-child-client.ts';

const CLI_MAIN = fileURLToPath(new URL('../../electron/cli/main.ts', import.meta.url));
const isRoot = process.getuid?.() === 0;
const asOtherUser = isRoot ? ['runuser', '-u', 'nobody', '--'] : [];
// As root, the user nobody must be able to run this checkout's Node and read its sources (a clone
// inside a folder only root may enter, such as one made by mktemp -d, cannot be tested this way).
const why = !isRoot ? null
  : spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status !== 0 ? 'running as root without runuser to drop to another user'
    : spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, '-e', `require('node:fs').accessSync(${JSON.stringify(CLI_MAIN)})`]).status !== 0
      ? `running as root, and the user nobody cannot run Node or read the sources in this checkout (${CLI_MAIN})` : null;
const canRun = why === null;

describe.skipIf(!canRun)(`a read-only DB file${canRun ? '' : ` (skipped: ${why})`}`, () => {
  it('opens view-only naming the cause; load says the file cannot be written; dump still reads; the file is unchanged', async () => {
    const { dir, dbPath } = miniDb();
    chmodSync(dir, 0o777); // the folder stays writable (the lock file can be made)
    chmodSync(dbPath, 0o444);
    const hash = sha256File(dbPath);

    const dump = spawnSync(...cliArgs('dump', dbPath), { encoding: 'utf8' });
    expect(dump.status, dump.stderr).toBe(0);
    const app = await startAppChild(dbPath, { prefix: asOtherUser });
    try {
      expect(app.ready.viewOnly?.reason).toBe('データベースのファイルが読み取り専用のため');
      const r = await app.call('loadPlan', { document: JSON.parse(dump.stdout) });
      expect(!r.ok && r.error.message).toMatch(/^閲覧のみで開いています\(データベースのファイルが読み取り専用のため\)/);
    } finally {
      await app.close();
    }

    const load = spawnSync(...cliArgs('load', dbPath, '--json', fileURLToPath(new URL('../fixtures/mini-plan.json', import.meta.url))), { encoding: 'utf8' });
    expect(load.status).not.toBe(0);
    expect(load.stderr).toMatch(/書き込めません\(読み取り専用のファイルまたはフォルダーか、書き込む権限がありません\)。変更は保存していません。/);
    expect(load.stderr).not.toMatch(/予期しない/);
    expect(sha256File(dbPath)).toBe(hash);
  });
});

function cliArgs(cmd: string, dbPath: string, ...rest: string[]): [string, string[]] {
  const [bin, ...args] = [...asOtherUser, process.execPath, CLI_MAIN, cmd, '--db', dbPath, ...rest];
  return [bin!, args];
}
