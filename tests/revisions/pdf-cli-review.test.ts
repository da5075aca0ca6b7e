// `pdf` from the CLI says how many 要確認 marks are left in what it printed (their texts print as
// they are), for the whole plan and for an excerpt; none left is said too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liveMarks } from '../../shared/domain/review-marks.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { cli, makeDb, ok } from './helpers.ts';

const seed = () => JSON.parse(readFileSync(new URL('../../seeds/plan-2025.json', import.meta.url), 'utf8')) as PlanDocument;

describe('pdf (CLI) and the 要確認 marks it printed', () => {
  it('counts the marks of the printed initiatives, and says when none are left', async () => {
    const t = makeDb(seed());
    try {
      const doc = await ok(t, 'dumpPlan', {});
      const count = (items: PlanDocument['initiatives']) => items.reduce((n, it) => n + liveMarks(it).length, 0);
      const all = count(doc.initiatives);
      const markedItems = doc.initiatives.filter((it) => liveMarks(it).length > 0).length;
      expect(all).toBeGreaterThan(0);
      t.db.close();

      const whole = await cli(['pdf', '--db', t.path, '--out', `${t.dir}/all.pdf`]);
      expect(whole.code).toBe(0);
      expect(whole.err).toContain(`要確認が ${all} 件残っています(${markedItems}取組)`);

      const no4 = doc.initiatives.find((i) => i.no === 4)!;
      const clean = doc.initiatives.find((i) => liveMarks(i).length === 0)!;
      const part = await cli(['pdf', '--db', t.path, '--only', `4,${clean.no}`, '--out', `${t.dir}/part.pdf`]);
      expect(part.code).toBe(0);
      expect(part.err).toContain(`要確認が ${liveMarks(no4).length} 件残っています(1取組)`);

      const none = await cli(['pdf', '--db', t.path, '--only', String(clean.no), '--out', `${t.dir}/none.pdf`]);
      expect(none.code).toBe(0);
      expect(none.err).toContain('印刷した取組に要確認は残っていません');
    } finally {
      t.close();
    }
  });
});
