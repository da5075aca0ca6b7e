// A coordinator's first start on a fresh terminal: the data folder does not exist yet.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openAppDatabase } from '../../electron/store/app-open.ts';
import { readPlanDocument, currentPlanId } from '../../electron/store/plan-read.ts';
import { cli, miniPlan, tempDir } from '../helpers.ts';

describe('first start', () => {
  it('creates the data folder, the DB from the seed, and takes the lock', async () => {
    const dbPath = join(tempDir(), 'AppData', 'Roaming', 'plan-desk', 'plan-desk.db');
    const app = await openAppDatabase(dbPath, 'ブラウザー版', { seed: miniPlan });
    try {
      expect(existsSync(dbPath)).toBe(true);
      expect(existsSync(`${dbPath}.lock`)).toBe(true);
      expect(readPlanDocument(app.db, currentPlanId(app.db)).initiatives).toHaveLength(2);
    } finally {
      app.close();
    }
    expect(existsSync(`${dbPath}.lock`)).toBe(false);
  });

  it('a CLI command on a missing DB in a missing folder says how to create it', async () => {
    const dbPath = join(tempDir(), 'nowhere', 'plan.db');
    for (const args of [['dump', '--db', dbPath], ['load', '--db', dbPath, '--json', 'seeds/plan-2025.json']]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('plan-desk init');
    }
    expect(existsSync(join(dbPath, '..'))).toBe(false);
  });
});
