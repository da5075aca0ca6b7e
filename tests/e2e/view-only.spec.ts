// The second coordinator in the browser: a host on a DB another program holds shows the
// view-only banner (who, since when), refuses an edit with 閲覧のみ, shows the holder's save after
// 再読み込み, and becomes editable once the holder has closed. Screenshots at 1366×768.
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppDatabase } from '../../electron/store/app-open.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { startHost } from '../../electron/host/server.ts';
import type { InitiativeView } from '../../shared/api/contract.ts';
import { startAppChild } from '../store/app-child-client.ts';
import { MINI_PATH, readDoc, RENDERER_DIR } from './fixtures.ts';

base.use({ viewport: { width: 1366, height: 768 } });

base('a view-only second host: banner, refused edit, reload, take over', async ({ page }, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-desk-e2e-viewonly-'));
  const dbPath = join(dir, 'plan.db');
  openDatabase(dbPath, { seed: () => readDoc(MINI_PATH) }).close();
  const holder = await startAppChild(dbPath);
  const app = await openAppDatabase(dbPath, 'ブラウザー版');
  const host = await startHost({ db: app.db, dbPath, app, staticDir: RENDERER_DIR });
  try {
    await page.goto(host.openUrl);
    const banner = page.locator('.view-only-banner');
    await expect(banner).toContainText(/閲覧のみで開いています: 「アプリ」\(端末「.+」、.+ から\)が編集中のため/);
    await page.screenshot({ path: testInfo.outputPath('1-banner.png') });

    // Nothing offers an edit that would be refused (the refusals themselves: tests/store/view-only.test.ts).
    await expect(page.getByRole('button', { name: '新しい取組を追加' })).toBeDisabled();
    await page.locator('a', { hasText: '書かない窓口の導入' }).first().click();
    await expect(page.getByRole('button', { name: '編集', exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: '削除', exact: true })).toBeDisabled();
    // Even the editor reached by its address cannot save.
    await page.evaluate(() => { location.hash = location.hash.replace('#/initiative/', '#/edit/'); });
    await expect(page.locator('#ed-title')).toBeVisible();
    await expect(page.getByRole('button', { name: /保存/ })).toBeDisabled();
    await page.screenshot({ path: testInfo.outputPath('2-refused.png') });

    const list = await holder.call<InitiativeView[]>('listInitiatives');
    if (!list.ok) throw new Error(list.error.message);
    const { version, ...it } = list.value[0]!;
    expect((await holder.call('saveInitiative', { id: it.id, version, initiative: { ...it, title: '保持側で保存した名前' } })).ok).toBe(true);

    page.on('dialog', (d) => void d.accept()); // leaving the refused draft
    await page.goto(new URL('#/list', host.url).toString());
    await page.getByRole('button', { name: '再読み込み' }).click();
    await expect(page.getByText('保持側で保存した名前')).toBeVisible();
    await expect(banner).toBeVisible();

    await holder.close();
    await page.getByRole('button', { name: '再読み込み' }).click();
    await expect(page.getByText('編集できるようになりました。')).toBeVisible();
    await expect(banner).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('3-taken-over.png') });
  } finally {
    await holder.close();
    await host.close();
    app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
