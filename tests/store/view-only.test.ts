// A second coordinator on a DB another program holds: the host opens it read-only (SQLite
// `readonly`), serves every view, refuses every write with 閲覧のみ, sees the holder's saves on
// reload, and takes over once the holder has closed.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openAppDatabase, type AppDatabase } from '../../electron/store/app-open.ts';
import { acquireDbLock, lockPathOf } from '../../electron/store/db-lock.ts';
import { migrate, SCHEMA_VERSION } from '../../electron/store/migrations.ts';
import { AppError } from '../../shared/api/errors.ts';
import { startHost, type RunningHost } from '../../electron/host/server.ts';
import type { AppInfo, InitiativeView } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import { rawRequest } from '../host/raw-http.ts';
import { contentHash, miniDb } from '../hardening/helpers.ts';
import { startAppChild, type AppChild } from './app-child-client.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function hostOn(app: AppDatabase, dir: string): Promise<<N>(name: string, input?: unknown) => Promise<ApiResult<N>>> {
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head></head><body>ok</body></html>');
  const host: RunningHost = await startHost({ db: app.db, dbPath: app.dbPath, app, staticDir });
  cleanups.push(() => host.close());
  const login = await rawRequest(host.port, `/?t=${host.token}`);
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  return async (name, input = {}) => {
    const r = await rawRequest(host.port, `/api/${name}`, {
      method: 'POST', body: JSON.stringify(input),
      headers: { Cookie: cookie, 'x-plan-desk-token': host.token, 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${host.port}` },
    });
    return JSON.parse(r.body);
  };
}

const value = <T>(r: ApiResult<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

const renamed = ({ version: _v, ...it }: InitiativeView, title: string) => ({ ...it, title });

describe('a second host on a DB another program holds', () => {
  it('opens read-only: reads and exports work, every write is refused, the holder\'s saves show on reload, it takes over after the holder closes', async () => {
    const { dir, dbPath } = miniDb();
    const holder: AppChild = await startAppChild(dbPath);
    cleanups.push(() => holder.close());
    const round = value(await holder.call<{ round: { id: number }; files: { fileName: string; base64: string }[] }>('createSurveyRound', { name: '2025年度実績照会', fiscalYear: 2025 }));
    const app = await openAppDatabase(dbPath, 'ブラウザー版');
    cleanups.push(() => app.close());
    expect(app.db.readonly).toBe(true);
    const api = await hostOn(app, dir);

    const info = value(await api<AppInfo>('getAppInfo'));
    expect(info.readOnly).toBe(true);
    expect(info.holder).toMatchObject({ holder: 'アプリ' });
    expect(info.readOnlyReason).toMatch(/「アプリ」\(端末「.+」、.+ から\)が編集中/);
    // The screens read the plan as not editable, so none offers an edit that would be refused.
    expect(value(await api<{ readOnly: boolean }>('getPlan')).readOnly).toBe(true);
    expect(value(await api<{ readOnly: boolean }>('getPlanForEdit')).readOnly).toBe(true);

    // Every view, the PDF, the Excel export and the 新旧対照表 work.
    const list = value(await api<InitiativeView[]>('listInitiatives'));
    expect(list).toHaveLength(2);
    value(await api('getPlanForEdit'));
    value(await api('listHistory', {}));
    value(await api('runChecks', {}));
    const revisions = value(await api<{ label: string }[]>('listRevisions'));
    expect(value(await api<{ rows: unknown[] }>('compareRevisions', { from: revisions[0]!.label, to: 'working' }))).toBeTruthy();
    expect(value(await api<{ base64: string }>('exportPlanXlsx', {})).base64.length).toBeGreaterThan(1000);
    expect(value(await api<{ base64: string }>('renderPlanPdf', {})).base64.length).toBeGreaterThan(1000);
    expect(value(await api<{ base64: string }>('renderComparePdf', { from: revisions[0]!.label, to: 'working' })).base64.length).toBeGreaterThan(1000);
    value(await api('getSurveyReview', { roundId: round.round.id }));

    // Every edit, import and freeze is refused with 閲覧のみ, and nothing changes.
    const before = contentHash(dbPath);
    const first = list[0]!;
    const writes: [string, unknown][] = [
      ['saveInitiative', { id: first.id, version: first.version, initiative: renamed(first, '閲覧側の変更') }],
      ['createInitiative', { initiative: { ...renamed(first, '新しい取組'), id: undefined, no: 3 } }],
      ['deleteInitiative', { id: first.id, version: first.version }],
      ['loadPlan', { document: value(await api('dumpPlan')) }],
      ['freezeRevision', { label: '2026年度改定版', date: '2026-07-01', summary: ['①更新しました。'] }],
      ['createSurveyRound', { name: '2026年度照会', fiscalYear: 2026 }],
      ['renameDepartment', { from: '市民課', to: '市民窓口課' }],
      ['importSurveyReturns', { roundId: round.round.id, files: [{ name: round.files[0]!.fileName, base64: round.files[0]!.base64 }] }],
      ['undo', {}],
      ['redo', {}],
    ];
    for (const [name, input] of writes) {
      const r = await api(name, input);
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.error.code, name).toBe('READ_ONLY');
        expect(r.error.message, name).toMatch(/^閲覧のみで開いています\(「アプリ」/);
      }
    }
    expect(contentHash(dbPath)).toBe(before);

    // The holder saves; the read-only side sees it on its next read.
    value(await holder.call('saveInitiative', { id: first.id, version: first.version, initiative: renamed(first, '保持側で保存した名前') }));
    expect(value(await api<InitiativeView>('getInitiative', { id: first.id })).title).toBe('保持側で保存した名前');

    // Taking over is refused while the holder is open, and works once it has closed.
    expect(value(await api<AppInfo>('reopenDatabase')).readOnly).toBe(true);
    await holder.close();
    const after = value(await api<AppInfo>('reopenDatabase'));
    expect(after).toMatchObject({ readOnly: false, holder: null, readOnlyReason: null });
    expect(app.db.readonly).toBe(false);
    expect(value(await api<{ readOnly: boolean }>('getPlan')).readOnly).toBe(false);
    expect(value(await api<{ readOnly: boolean }>('getPlanForEdit')).readOnly).toBe(false);
    const fresh = value(await api<InitiativeView>('getInitiative', { id: first.id }));
    value(await api('saveInitiative', { id: first.id, version: fresh.version, initiative: renamed(fresh, '引き継いで保存') }));
    expect(value(await api<InitiativeView>('getInitiative', { id: first.id })).title).toBe('引き継いで保存');
  });

  it('refuses a DB still of an older schema (a view-only connection cannot migrate it), naming what to do', async () => {
    const { dir } = miniDb();
    const dbPath = join(dir, 'old.db');
    const old = new Database(dbPath);
    migrate(old, SCHEMA_VERSION - 1);
    old.exec("INSERT INTO plan (title, edition, organization, division, first_fy, last_fy, established_on, created_at, is_current) VALUES ('旧計画', '初版', '平塚市', '', 2024, 2026, '2024-03-25', 'now', 1)");
    old.close();
    writeFileSync(lockPathOf(dbPath), JSON.stringify({ pid: 999999, host: 'OTHER-PC', holder: 'アプリ', since: '2026/4/1 9:00:00' }));
    let refused: unknown;
    try {
      (await openAppDatabase(dbPath, 'ブラウザー版')).close();
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(/古い形式.*「アプリ」\(端末「OTHER-PC」、2026\/4\/1 9:00:00 から\)が編集中です。.*アプリを終了してから開く/);
    const lock = (() => { try { return acquireDbLock(dbPath, 'CLI'); } catch { return null; } })();
    expect(lock).toBeNull(); // the holder's lock is untouched
  });
});
