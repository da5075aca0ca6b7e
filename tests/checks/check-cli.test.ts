// `plan-desk check` in-process: planted errors exit 1, warnings only exit 0, JSON is parseable.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase } from '../../electron/store/open.ts';
import { cli, miniPlan, sha256File, tempDir } from '../helpers.ts';
import type { CheckReport } from '../../shared/checks/types.ts';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dbWith(name: string, mutate: (db: ReturnType<typeof openDatabase>) => void = () => {}): string {
  const path = join(dir, name);
  const db = openDatabase(path, { seed: miniPlan });
  mutate(db);
  db.close();
  return path;
}

describe('plan-desk check', () => {
  it('exits 0 on a clean plan', async () => {
    const r = await cli('check', '--db', dbWith('clean.db'), '--as-of', '2025');
    expect(r.code).toBe(0);
    expect(r.out).toContain('点検結果(2025年度時点): エラー 0 件、注意 0 件');
  });

  it('exits 0 with warnings only (実績 owed)', async () => {
    const r = await cli('check', '--db', dbWith('warn.db'), '--as-of', '2026');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\[注意\] No\.1「書かない窓口の導入」 実績: 2025年度の実績が未記入です/);
  });

  it('reports planted errors (an empty 活動内容, a bar outside the period) and exits 1, without writing', async () => {
    const path = dbWith('bad.db', (db) => {
      db.prepare("UPDATE initiative SET activity = '' WHERE id = 't-02'").run();
      db.prepare("UPDATE schedule_bar SET to_fy = 2030 WHERE initiative_id = 't-01' AND pos = 1").run();
    });
    const hash = sha256File(path);
    const r = await cli('check', '--db', path, '--as-of', '2025');
    expect(r.code).toBe(1);
    expect(r.out).toContain('[エラー] No.1「書かない窓口の導入」 計画: 計画「運用」(2025〜2030年度)が計画期間(2024〜2026年度)の外です');
    expect(r.out).toContain('[エラー] No.2「デジタル人材の育成」 活動内容: 活動内容が空欄です');
    expect(sha256File(path)).toBe(hash);
    const j = await cli('check', '--db', path, '--as-of', '2025', '--format', 'json');
    expect(j.code).toBe(1);
    const report = JSON.parse(j.out) as CheckReport;
    expect(report.errors).toBe(2);
    expect(report.findings[1]).toMatchObject({ rule: 'required', initiativeId: 't-02', field: 'activity' });
  });

  it('refuses bad options in Japanese with exit 2', async () => {
    const path = dbWith('opts.db');
    const a = await cli('check', '--db', path, '--as-of', '来年');
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/--as-of は年度を西暦の数字で指定してください/);
    const f = await cli('check', '--db', path, '--format', 'xml');
    expect(f.code).toBe(2);
    expect(f.err).toMatch(/--format は text か json/);
    const missing = await cli('check', '--db', join(dir, 'none.db'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/ありません/);
  });
});
