// Saving, creating, deleting, renumbering through the real handlers and store.
import { afterEach, describe, expect, it } from 'vitest';
import { sha256File, miniPlan } from '../helpers.ts';
import { openTestApi, type TestApi } from './api-helper.ts';

let t: TestApi;
afterEach(() => t?.db.close());

const audit = (db: TestApi['db']) => db.prepare(`SELECT b.who, b.source, b.summary, e.entity, e.entity_id, e.field, e.old_json, e.new_json
  FROM change_batch b JOIN change_entry e ON e.batch_id = b.id ORDER BY e.id`).all() as Record<string, string>[];

describe('saveInitiative', () => {
  it('saves every field, bumps the version and records who/source per field', async () => {
    t = openTestApi(miniPlan());
    const it0 = await t.ok('getInitiative', { id: 't-01' });
    const { version: _v, ...draft } = it0;
    const edited = {
      ...draft, title: '書かない窓口の全庁展開', schedule: [...draft.schedule, { label: '全庁展開', from: 2026, to: 2026, lane: 1 }],
      results: [...draft.results, { fiscalYear: 2025, text: '・5課に展開しました。\n・利用 3,000件' }], departments: ['市民課', '新設課'],
    };
    const r = await t.ok('saveInitiative', { id: 't-01', version: it0.version, initiative: edited }, { user: 'suzuki', source: 'CLI' });
    expect(r.version).toBe(it0.version + 1);
    const back = await t.ok('getInitiative', { id: 't-01' });
    expect({ ...back, version: 0 }).toEqual({ ...edited, version: 0 });
    const rows = audit(t.db);
    expect(rows.map((x) => `${x.entity}.${x.field}`)).toEqual(['plan.departments', 'initiative.title', 'initiative.departments', 'initiative.schedule', 'initiative.results']);
    expect(rows.every((x) => x.who === 'suzuki' && x.source === 'CLI')).toBe(true);
    expect(JSON.parse(rows[1]!.old_json!)).toBe('書かない窓口の導入');
    expect(JSON.parse(rows[1]!.new_json!)).toBe('書かない窓口の全庁展開');
    expect((await t.ok('getPlan', {})).departments.map((d) => d.name)).toContain('新設課');
  });

  it('refuses a stale version with the stored record, leaving the file byte-identical', async () => {
    t = openTestApi(miniPlan());
    const it0 = await t.ok('getInitiative', { id: 't-01' });
    const { version, ...draft } = it0;
    await t.ok('saveInitiative', { id: 't-01', version, initiative: { ...draft, title: '別の窓で変更' } });
    const hash = sha256File(t.path);
    const r = await t.call('saveInitiative', { id: 't-01', version, initiative: { ...draft, title: '古い版からの変更' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('STALE_VERSION');
    expect(r.error.message).toMatch(/別の画面または取り込みで変更されています/);
    expect((r.error.details as { current: { title: string; version: number } }).current).toMatchObject({ title: '別の窓で変更', version: version + 1 });
    expect(sha256File(t.path)).toBe(hash);
  });

  it('refuses bad input with field issues and changes nothing', async () => {
    t = openTestApi(miniPlan());
    const { version, ...draft } = await t.ok('getInitiative', { id: 't-01' });
    const hash = sha256File(t.path);
    const cases: [object, string][] = [
      [{ no: 2 }, 'no'],
      [{ schedule: [{ label: 'x', from: 2023, to: 2024, lane: 0 }] }, 'schedule[0]'],
      [{ results: [{ fiscalYear: 2030, text: 'x' }] }, 'results[0].fiscalYear'],
    ];
    for (const [patch, path] of cases) {
      const r = await t.call('saveInitiative', { id: 't-01', version, initiative: { ...draft, ...patch } });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('BAD_INPUT');
        expect(r.error.issues?.map((i) => i.path)).toContain(path);
      }
    }
    const empty = await t.call('saveInitiative', { id: 't-01', version, initiative: { ...draft, title: '' } });
    expect(!empty.ok && empty.error.issues?.[0]).toMatchObject({ path: 'initiative.title', message: '入力してください' });
    const reversed = await t.call('saveInitiative', { id: 't-01', version, initiative: { ...draft, schedule: [{ label: 'x', from: 2026, to: 2025, lane: 0 }] } });
    expect(!reversed.ok && reversed.error.message).toMatch(/開始年度が終了年度より後/);
    expect(sha256File(t.path)).toBe(hash);
    expect(t.db.prepare('SELECT count(*) AS n FROM change_batch').get()).toEqual({ n: 0 });
  });

  it('refuses every write on a read-only plan', async () => {
    t = openTestApi(miniPlan());
    const { version, ...draft } = await t.ok('getInitiative', { id: 't-01' });
    t.db.prepare('UPDATE plan SET read_only = 1').run();
    const hash = sha256File(t.path);
    const plan = await t.ok('getPlanForEdit', {});
    const attempts = [
      await t.call('saveInitiative', { id: 't-01', version, initiative: { ...draft, title: 'x' } }),
      await t.call('createInitiative', { initiative: { ...draft, id: 'x-1', no: 9 } }),
      await t.call('deleteInitiative', { id: 't-01' }),
      await t.call('renumberInitiatives', {}),
      await t.call('savePlanHeader', { version: plan.version, plan: plan.plan }),
      await t.call('renameDepartment', { from: '市民課', to: '市民窓口課' }),
    ];
    for (const r of attempts) expect(!r.ok && r.error.code).toBe('READ_ONLY');
    expect(sha256File(t.path)).toBe(hash);
  });
});

describe('create, delete, restore, renumber', () => {
  it('creates with the next No. and deletes/restores through 削除した取組', async () => {
    t = openTestApi(miniPlan());
    const { version: _v, id: _id, ...draft } = await t.ok('getInitiative', { id: 't-02' });
    const created = await t.ok('createInitiative', { initiative: { ...draft, no: 3, title: '新しい取組' } });
    expect(created.id).toMatch(/^n-/);
    expect((await t.ok('listInitiatives', {})).map((i) => i.no)).toEqual([1, 2, 3]);
    await t.ok('deleteInitiative', { id: 't-02' });
    expect((await t.ok('listInitiatives', {})).map((i) => i.id)).toEqual(['t-01', created.id]);
    expect((await t.ok('listDeletedInitiatives', {})).map((i) => i.id)).toEqual(['t-02']);
    expect((await t.ok('dumpPlan', {})).initiatives.map((i) => i.id)).not.toContain('t-02');
    // No.2 is taken meanwhile: the restored one gets the next free number.
    const { version: cv, ...c } = await t.ok('getInitiative', { id: created.id });
    await t.ok('saveInitiative', { id: created.id, version: cv, initiative: { ...c, no: 2 } });
    expect(await t.ok('restoreInitiative', { id: 't-02' })).toEqual({ no: 3, renumbered: true });
    expect((await t.ok('listDeletedInitiatives', {}))).toEqual([]);
  });

  it('renumbers 1..n in document order (重点 first) and moves within a group', async () => {
    const doc = miniPlan();
    doc.initiatives = [
      { ...doc.initiatives[0]!, no: 10 },
      { ...doc.initiatives[1]!, no: 4 },
      { ...doc.initiatives[1]!, id: 't-03', no: 7, title: '三つ目' },
    ];
    t = openTestApi(doc);
    const r = await t.ok('renumberInitiatives', {});
    expect(r.changed).toBe(3);
    expect((await t.ok('listInitiatives', {})).map((i) => `${i.id}:${i.no}`)).toEqual(['t-01:1', 't-02:2', 't-03:3']);
    await t.ok('moveInitiative', { id: 't-03', delta: -1 });
    expect((await t.ok('listInitiatives', {})).map((i) => `${i.id}:${i.no}`)).toEqual(['t-01:1', 't-03:2', 't-02:3']);
    expect((await t.ok('moveInitiative', { id: 't-01', delta: 1 })).changed).toBe(0);
    expect((await t.ok('renumberInitiatives', {})).batchId).toBeNull();
  });
});
