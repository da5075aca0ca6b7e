// E2E fixture: a browser host on a fresh DB (the seed, or a document of the test's choosing)
// and a page that has opened the host's token URL. Every spec gets its own DB and host.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../electron/store/open.ts';
import { startHost, type RunningHost } from '../../electron/host/server.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';

export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
export const SEED_PATH = fileURLToPath(new URL('../../seeds/plan-2025.json', import.meta.url));
export const MINI_PATH = fileURLToPath(new URL('../fixtures/mini-plan.json', import.meta.url));

export const readDoc = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PlanDocument;

export interface HostFixture {
  host: RunningHost;
  db: Database;
  dbPath: string;
  dir: string;
  /** Requests the page made to anything other than the host (must stay empty). */
  foreignRequests: string[];
}

export const test = base.extend<{ seedDoc: PlanDocument; app: HostFixture; page: Page }>({
  seedDoc: [async ({}, use) => use(readDoc(SEED_PATH)), { option: true }],
  app: async ({ seedDoc }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-desk-e2e-'));
    const dbPath = join(dir, 'plan.db');
    const db = openDatabase(dbPath, { seed: () => seedDoc });
    const host = await startHost({ db, dbPath, staticDir: RENDERER_DIR });
    const fx: HostFixture = { host, db, dbPath, dir, foreignRequests: [] };
    await use(fx);
    await host.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  },
  page: async ({ page, app }, use) => {
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(app.host.url) && !url.startsWith('blob:') && !url.startsWith('data:')) app.foreignRequests.push(url);
    });
    await page.goto(app.host.openUrl);
    await expect(page.locator('.app-header')).toBeVisible();
    // The plan has loaded and the first screen is mounted (its keyboard handlers too).
    await expect(page.locator('.app-main > p[role="status"]')).toHaveCount(0);
    await expect(page.locator('.app-main > *').first()).toBeVisible();
    await use(page);
  },
});

export { expect };
