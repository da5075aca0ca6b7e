// 「新しい計画期間を開始」: the new plan from the current one, the old one read-only.
import { afterEach, describe, expect, it } from 'vitest';
import { cli, fileHash, makeDb, ok, refused, type TestDb } from './helpers.ts';

let t: TestDb;
afterEach(() => t?.close());

describe('新しい計画期間を開始', () => {
  it('copies the chosen initiatives under new ids and Nos., drops bars and results, retitles, switches the current plan', async () => {
    t = makeDb();
    const oldPlan = await ok(t, 'getPlan', {});
    const r = await ok(t, 'startPeriod', { firstFiscalYear: 2027, lastFiscalYear: 2029, continueNos: [2], establishedOn: '2027-03-25' });
    expect(r).toMatchObject({ title: 'テスト計画【アクションプラン(2027-2029)】', initiatives: 1 });
    const plan = await ok(t, 'getPlan', {});
    expect(plan.planId).toBe(r.planId);
    expect(plan.readOnly).toBe(false);
    expect(plan.plan).toMatchObject({
      firstFiscalYear: 2027, lastFiscalYear: 2029, edition: '策定中', establishedOn: '2027-03-25', revisedOn: null, revisionHistory: [],
    });
    expect(plan.plan.sections).toEqual(oldPlan.plan.sections);
    const items = await ok(t, 'listInitiatives', {});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'p2027-01', no: 1, title: 'デジタル人材の育成', purpose: '人材を育成します。', activity: '研修を実施します。',
      departments: ['職員課', 'デジタル推進課'], schedule: [], results: [], isNew: false, isExpanded: false,
    });
    const plans = await ok(t, 'listPlans', {});
    expect(plans.map((p) => [p.firstFiscalYear, p.isCurrent, p.readOnly, p.initiatives])).toEqual([[2027, true, false, 1], [2024, false, true, 2]]);
    // The old plan is intact and still readable; its revision is still listed and comparable.
    const old = await ok(t, 'getPlanDocument', { planId: oldPlan.planId });
    expect(old.initiatives.map((i) => i.id)).toEqual(['t-01', 't-02']);
    expect(old.initiatives[0]!.results).toHaveLength(1);
    const revs = await ok(t, 'listRevisions', {});
    expect(revs.map((x) => [x.label, x.isCurrentPlan])).toEqual([['2025年度改定版', false]]);
    const audit = t.db.prepare("SELECT summary FROM change_batch WHERE summary LIKE '新しい計画期間%'").all();
    expect(audit).toEqual([{ summary: '新しい計画期間(2027年度〜2029年度)を開始' }]);
  });

  it('all initiatives continue by default, renumbered in document order (重点 first)', async () => {
    t = makeDb();
    await ok(t, 'startPeriod', { firstFiscalYear: 2027, lastFiscalYear: 2029 });
    const items = await ok(t, 'listInitiatives', {});
    expect(items.map((i) => [i.id, i.no, i.priority, i.title])).toEqual([
      ['p2027-01', 1, true, '書かない窓口の導入'], ['p2027-02', 2, false, 'デジタル人材の育成'],
    ]);
  });

  it('the first freeze of the new plan is its 初版 and sets establishedOn', async () => {
    t = makeDb();
    await ok(t, 'startPeriod', { firstFiscalYear: 2027, lastFiscalYear: 2029, establishedOn: '2027-02-01' });
    const r = await ok(t, 'freezeRevision', { label: '2027年度策定版', date: '2027-03-25', summary: ['策定しました。'] });
    expect(r.kind).toBe('初版');
    const plan = (await ok(t, 'getPlan', {})).plan;
    expect(plan).toMatchObject({ edition: '2027年度策定版', establishedOn: '2027-03-25', revisedOn: null });
    expect(plan.revisionHistory).toEqual([{ kind: '初版', date: '2027-03-25', summary: ['策定しました。'] }]);
    const c = await ok(t, 'compareRevisions', { from: '2025年度改定版', to: '2027年度策定版' });
    expect(c.header.find((f) => f.key === 'period')).toMatchObject({ before: '2024年度〜2026年度', after: '2027年度〜2029年度' });
  });

  it('the old plan refuses writes: loadPlan on it and raw SQL alike', async () => {
    t = makeDb();
    const oldId = (await ok(t, 'getPlan', {})).planId;
    await ok(t, 'startPeriod', { firstFiscalYear: 2027, lastFiscalYear: 2029 });
    // Make the old plan current again without lifting read_only: the handler must refuse.
    t.db.prepare('UPDATE plan SET is_current = 0').run();
    t.db.prepare('UPDATE plan SET is_current = 1 WHERE id = ?').run(oldId);
    const hash = fileHash(t.path);
    const doc = await ok(t, 'dumpPlan', {});
    expect((await refused(t, 'loadPlan', { document: doc })).code).toBe('READ_ONLY');
    expect((await refused(t, 'freezeRevision', { label: 'x', date: '2027-01-01', summary: ['x'] })).code).toBe('READ_ONLY');
    expect((await refused(t, 'startPeriod', { firstFiscalYear: 2030, lastFiscalYear: 2032 })).code).toBe('READ_ONLY');
    expect(fileHash(t.path)).toBe(hash);
    expect(() => t.db.prepare("UPDATE initiative SET title = 'x' WHERE id = 't-01'").run()).toThrow(/読み取り専用/);
    expect(() => t.db.prepare("DELETE FROM result WHERE initiative_id = 't-01'").run()).toThrow(/読み取り専用/);
    expect(() => t.db.prepare("UPDATE plan SET title = 'x' WHERE id = ?").run(oldId)).toThrow(/読み取り専用/);
    expect(() => t.db.prepare("INSERT INTO plan_note (plan_id, pos, text) VALUES (?, 9, 'x')").run(oldId)).toThrow(/読み取り専用/);
  });

  describe('refusals leave the DB byte-identical', () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['a period overlapping the current plan', { firstFiscalYear: 2026, lastFiscalYear: 2028 }, 'CONFLICT', /2026年度〜2028年度 は既存の計画「テスト計画【アクションプラン\(2024-2026\)】」\(2024年度〜2026年度\)と重なっています/],
      ['a period before the current plan', { firstFiscalYear: 2020, lastFiscalYear: 2022 }, 'BAD_INPUT', /今の計画期間\(2024年度〜2026年度\)より後/],
      ['unknown Nos.', { firstFiscalYear: 2027, lastFiscalYear: 2029, continueNos: [1, 7, 8] }, 'BAD_INPUT', /No\.7、No\.8 は今の計画にありません/],
      ['an inverted period', { firstFiscalYear: 2029, lastFiscalYear: 2027 }, 'BAD_INPUT', /開始年度が終了年度より後/],
    ];
    it.each(cases)('%s', async (_name, input, code, message) => {
      t = makeDb();
      const hash = fileHash(t.path);
      const e = await refused(t, 'startPeriod', input as never);
      expect(e.code).toBe(code);
      expect(e.message).toMatch(message);
      expect(fileHash(t.path)).toBe(hash);
    });

    it('a period overlapping an earlier, ended plan', async () => {
      t = makeDb();
      await ok(t, 'startPeriod', { firstFiscalYear: 2027, lastFiscalYear: 2029 });
      const hash = fileHash(t.path);
      const e = await refused(t, 'startPeriod', { firstFiscalYear: 2029, lastFiscalYear: 2031 });
      expect(e.code).toBe('CONFLICT');
      expect(e.message).toContain('(2027-2029)');
      expect(fileHash(t.path)).toBe(hash);
    });
  });
});

describe('CLI', () => {
  it('revision create / list, compare --format json, period start with --only', async () => {
    t = makeDb();
    t.db.close();
    const db = ['--db', t.path];
    const created = await cli(['revision', 'create', ...db, '--label', '2026年度改定版', '--date', '2026-07-10', '--summary', '①実績を追記しました。', '--summary', '②修正しました。']);
    expect(created).toMatchObject({ code: 0 });
    expect(created.err).toContain('改定版「2026年度改定版」(2026-07-10)を確定しました');
    const list = await cli(['revision', 'list', ...db]);
    expect(list.out.split('\n').filter(Boolean).map((l) => l.split('\t').slice(0, 3))).toEqual([
      ['2026年度改定版', '2026-07-10', '改定'], ['2025年度改定版', '2025-07-08', '改定'],
    ]);
    const json = await cli(['compare', ...db, '--from', '2025年度改定版', '--to', '2026年度改定版', '--format', 'json']);
    expect(json.code).toBe(0);
    const c = JSON.parse(json.out);
    expect(c).toMatchObject({ from: { label: '2025年度改定版' }, to: { label: '2026年度改定版' }, initiatives: [], unchangedCount: 2 });
    // The plan-level change of a new 改定版: 最近改定 and its 改定履歴 row.
    expect(c.header.map((f: { key: string }) => f.key)).toEqual(['revisedOn', 'history']);
    const text = await cli(['compare', ...db, '--from', '2025年度改定版', '--to', 'working', '--format', 'text']);
    expect(text.out).toContain('改正後「作業中(未確定)」');
    const hash = fileHash(t.path);
    const bad = await cli(['period', 'start', ...db, '--first', '2027', '--last', '2029', '--only', '1,5']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('No.5 は今の計画にありません');
    const same = await cli(['compare', ...db, '--from', '2026年度改定版', '--to', '2026年度改定版', '--format', 'json']);
    expect(same.code).toBe(2);
    expect(same.err).toContain('比較できません');
    const dup = await cli(['revision', 'create', ...db, '--label', '2026年度改定版', '--date', '2026-08-01', '--summary', 'x']);
    expect(dup.code).toBe(2);
    expect(dup.err).toContain('既にあります');
    expect(fileHash(t.path)).toBe(hash);
    const started = await cli(['period', 'start', ...db, '--first', '2027', '--last', '2029', '--only', '1']);
    expect(started.code).toBe(0);
    expect(started.err).toContain('取組 1 件');
    const dump = JSON.parse((await cli(['dump', ...db])).out);
    expect(dump.initiatives.map((i: { title: string }) => i.title)).toEqual(['書かない窓口の導入']);
  });

  it('names a missing option in Japanese', async () => {
    t = makeDb();
    t.db.close();
    const r = await cli(['period', 'start', '--db', t.path, '--first', '27']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--first は西暦4桁の年度で指定してください');
  });
});
