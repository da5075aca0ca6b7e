// Each terminal's display name: kept in the data folder's settings.json (not in the shared DB),
// used by every handler as "who" in 変更履歴, and the OS login when none is set.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../shared/api/dispatch.ts';
import type { AppInfo, InitiativeView } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import type { HistoryPage } from '../../shared/editing/api-types.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { makeContext, osUserName } from '../../electron/handlers/context.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { tempDir } from '../helpers.ts';
import { miniDb } from '../hardening/helpers.ts';

let home = '';
const saved = process.env.PLAN_DESK_HOME;
beforeEach(() => {
  home = tempDir();
  process.env.PLAN_DESK_HOME = home;
});
afterEach(() => {
  if (saved === undefined) delete process.env.PLAN_DESK_HOME;
  else process.env.PLAN_DESK_HOME = saved;
});

const value = <T>(r: ApiResult<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

describe('a per-terminal display name', () => {
  it('defaults to the OS login, is saved on the terminal, and is who the audit trail names', async () => {
    const { dbPath } = miniDb();
    const db = openDatabase(dbPath);
    try {
      const ctx = makeContext(db, dbPath, 'browser');
      expect(value<AppInfo>(await dispatch(handlers, 'getAppInfo', {}, ctx))).toMatchObject({ user: osUserName(), displayName: '', osUser: osUserName() });
      const info = value<AppInfo>(await dispatch(handlers, 'saveDisplayName', { displayName: '  平塚 花子  ' }, ctx));
      expect(info).toMatchObject({ user: '平塚 花子', displayName: '平塚 花子' });
      expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'))).toEqual({ displayName: '平塚 花子' });

      const [first] = value<InitiativeView[]>(await dispatch(handlers, 'listInitiatives', {}, ctx));
      const { version, ...it } = first!;
      value(await dispatch(handlers, 'saveInitiative', { id: it.id, version, initiative: { ...it, title: '名前つきの変更' } }, ctx));
      const page = value<HistoryPage>(await dispatch(handlers, 'listHistory', {}, ctx));
      expect(page.batches[0]).toMatchObject({ who: '平塚 花子' });

      // Another start on this terminal (a new context) keeps the name; clearing it goes back to the login.
      const again = makeContext(db, dbPath, 'cli');
      expect(again.user).toBe('平塚 花子');
      expect(value<AppInfo>(await dispatch(handlers, 'saveDisplayName', { displayName: '' }, again)).user).toBe(osUserName());
    } finally {
      db.close();
    }
  });

  it('refuses control characters and overlong names, and writes nothing', async () => {
    const { dbPath } = miniDb();
    const db = openDatabase(dbPath);
    try {
      const ctx = makeContext(db, dbPath, 'browser');
      for (const displayName of ['二行\nの名前', 'あ'.repeat(51)]) {
        const r = await dispatch(handlers, 'saveDisplayName', { displayName }, ctx);
        expect(!r.ok && r.error.code).toBe('BAD_INPUT');
      }
      expect(existsSync(join(home, 'settings.json'))).toBe(false);
    } finally {
      db.close();
    }
  });
});
