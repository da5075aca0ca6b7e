// 課 rename/merge in one transaction, the plan header/方針 forms, and undo/redo through the audit trail.
import { afterEach, describe, expect, it } from 'vitest';
import { sha256File, miniPlan } from '../helpers.ts';
import { openTestApi, type TestApi } from './api-helper.ts';
import { recordBatch } from '../../electron/store/audit.ts';
import { bigPlan } from './big-plan.ts';

let t: TestApi;
afterEach(() => t?.db.close());

const depts = async () => (await t.ok('listInitiatives', {})).map((i) => i.departments);

describe('departments', () => {
  it('renames a 課 in every initiative (deleted ones too) in one batch, bumping their versions', async () => {
    t = openTestApi(miniPlan());
    await t.ok('deleteInitiative', { id: 't-02' });
    const v1 = (await t.ok('getInitiative', { id: 't-01' })).version;
    const r = await t.ok('renameDepartment', { from: 'デジタル推進課', to: 'DX推進課' });
    expect(r.initiativesChanged).toBe(2);
    expect(await depts()).toEqual([['DX推進課', '市民課']]);
    expect((await t.ok('listDeletedInitiatives', {}))[0]!.departments).toEqual(['職員課', 'DX推進課']);
    expect((await t.ok('getPlan', {})).departments.map((d) => d.name)).toEqual(['DX推進課', '市民課', '職員課']);
    expect((await t.ok('getInitiative', { id: 't-01' })).version).toBe(v1 + 1);
    const batches = t.db.prepare('SELECT count(*) AS n FROM change_batch WHERE summary LIKE ?').get('課の名称変更%') as { n: number };
    expect(batches.n).toBe(1);
  });

  it('refuses a rename onto an existing 課 and leaves the file as it was', async () => {
    t = openTestApi(miniPlan());
    const hash = sha256File(t.path);
    const r = await t.call('renameDepartment', { from: '市民課', to: '職員課' });
    expect(!r.ok && r.error.code).toBe('CONFLICT');
    expect(!r.ok && r.error.message).toMatch(/既にあります.*統合/);
    expect(sha256File(t.path)).toBe(hash);
  });

  it('rolls the whole rename back when one write fails (one transaction)', async () => {
    t = openTestApi(miniPlan());
    // A trigger makes the second initiative's write fail mid-way.
    t.db.exec(`CREATE TRIGGER fail_second BEFORE UPDATE ON initiative WHEN NEW.id = 't-02'
      BEGIN SELECT RAISE(ABORT, 'boom'); END;`);
    const before = await t.ok('dumpPlan', {});
    const r = await t.call('renameDepartment', { from: 'デジタル推進課', to: 'DX推進課' });
    expect(!r.ok && r.error.code).toBe('INTERNAL');
    expect(String(t.internal[0])).toMatch(/boom/);
    t.db.exec('DROP TRIGGER fail_second');
    expect(await t.ok('dumpPlan', {})).toEqual(before);
    expect(t.db.prepare('SELECT count(*) AS n FROM change_batch').get()).toEqual({ n: 0 });
  });

  it('merges 課 and refuses removing one still in use', async () => {
    t = openTestApi(miniPlan());
    await t.ok('mergeDepartments', { sources: ['市民課', '職員課'], target: '市民職員課' });
    expect(await depts()).toEqual([['デジタル推進課', '市民職員課'], ['市民職員課', 'デジタル推進課']]);
    const plan = await t.ok('getPlanForEdit', {});
    expect(plan.departments).toEqual(['デジタル推進課', '市民職員課']);
    const r = await t.call('saveDepartments', { version: plan.version, departments: ['市民職員課'] });
    expect(!r.ok && r.error.message).toMatch(/デジタル推進課.*一覧から外せません/);
    const ok = await t.ok('saveDepartments', { version: plan.version, departments: ['市民職員課', 'デジタル推進課', '未使用課'] });
    expect(ok.version).toBe(plan.version + 1);
    expect((await t.ok('getPlanForEdit', {})).departments).toEqual(['市民職員課', 'デジタル推進課', '未使用課']);
    const stale = await t.call('saveDepartments', { version: plan.version, departments: ['市民職員課', 'デジタル推進課'] });
    expect(!stale.ok && stale.error.code).toBe('STALE_VERSION');
  });
});

describe('1,000 initiatives', () => {
  it('renames a 課 named by 1,000 initiatives, renumbers, and undoes both exactly', async () => {
    t = openTestApi(bigPlan(1000));
    const original = await t.ok('dumpPlan', {});
    const r = await t.ok('renameDepartment', { from: 'デジタル推進課', to: 'DX推進課' });
    expect(r.initiativesChanged).toBe(1000);
    await t.ok('deleteInitiative', { id: 'big-2' });
    expect((await t.ok('renumberInitiatives', {})).changed).toBe(998);
    const live = await t.ok('listInitiatives', {});
    expect(live.map((i) => i.no)).toEqual(Array.from({ length: 999 }, (_, i) => i + 1));
    expect(live.every((i) => i.departments.includes('DX推進課'))).toBe(true);
    for (let i = 0; i < 3; i++) await t.ok('undo', {});
    expect(await t.ok('dumpPlan', {})).toEqual(original);
  });
});

describe('plan header and 方針', () => {
  it('saves the header with its version, and refuses a period that leaves bars outside', async () => {
    t = openTestApi(miniPlan());
    const p = await t.ok('getPlanForEdit', {});
    const r = await t.ok('savePlanHeader', { version: p.version, plan: { ...p.plan, title: '新しい名称', eraStyle: 'both', notes: [...p.plan.notes, '追加の注記'] } });
    expect((await t.ok('getPlan', {})).plan).toMatchObject({ title: '新しい名称', eraStyle: 'both' });
    const bad = await t.call('savePlanHeader', { version: r.version, plan: { ...p.plan, firstFiscalYear: 2025 } });
    expect(!bad.ok && bad.error.message).toMatch(/No\.1「書かない窓口の導入」の計画: .*計画期間\(2025〜2026\)の外/);
    const stale = await t.call('savePlanHeader', { version: p.version, plan: p.plan });
    expect(!stale.ok && stale.error.code).toBe('STALE_VERSION');
  });

  it('renames 方針 and refuses removing one in use', async () => {
    t = openTestApi(miniPlan());
    const p = await t.ok('getPlanForEdit', {});
    const renamed = p.policies.map((x) => (x.code === 1 ? { ...x, name: '市民生活のDX' } : x));
    const r = await t.ok('savePolicies', { version: p.version, policies: renamed });
    expect((await t.ok('getPlan', {})).policies[0]).toEqual({ code: 1, name: '市民生活のDX' });
    const bad = await t.call('savePolicies', { version: r.version, policies: renamed.filter((x) => x.code !== 2) });
    expect(!bad.ok && bad.error.message).toMatch(/方針 2 は定義されていません/);
    await t.ok('savePolicies', { version: r.version, policies: renamed.filter((x) => x.code !== 3) });
    expect((await t.ok('getPlan', {})).policies.map((x) => x.code)).toEqual([1, 2]);
  });
});

describe('undo and redo', () => {
  it('undo restores exact values; redo re-applies; both are batches with undo_of', async () => {
    t = openTestApi(miniPlan());
    const original = await t.ok('dumpPlan', {});
    const { version, ...d } = await t.ok('getInitiative', { id: 't-01' });
    const edited = { ...d, title: '変更後', schedule: [{ label: '一括', from: 2024, to: 2026, lane: 0 }], results: [{ fiscalYear: 2024, text: '・一行目\n・二行目' }] };
    const saved = await t.ok('saveInitiative', { id: 't-01', version, initiative: edited });
    const afterEdit = await t.ok('dumpPlan', {});
    const u = await t.ok('undo', {});
    expect(u.summary).toBe('元に戻す: No.1「変更後」を編集');
    expect(await t.ok('dumpPlan', {})).toEqual(original);
    const rows = t.db.prepare('SELECT id, undo_of, undone_by FROM change_batch ORDER BY id').all();
    expect(rows).toEqual([{ id: saved.batchId, undo_of: null, undone_by: u.batchId }, { id: u.batchId, undo_of: saved.batchId, undone_by: null }]);
    const r = await t.ok('redo', {});
    expect(r.summary).toBe('やり直し: No.1「変更後」を編集');
    expect(await t.ok('dumpPlan', {})).toEqual(afterEdit);
    // Ctrl+Z again takes the redo back.
    await t.ok('undo', {});
    expect(await t.ok('dumpPlan', {})).toEqual(original);
    const h = await t.ok('listHistory', {});
    expect(h.batches.map((b) => b.kind)).toEqual(['undo', 'redo', 'undo', 'change']);
    expect(h.redo?.summary).toBe('No.1「変更後」を編集');
  });

  it('refuses to undo when the fields were changed since, naming them', async () => {
    t = openTestApi(miniPlan());
    const a = await t.ok('getInitiative', { id: 't-01' });
    const { version: v1, ...d1 } = a;
    const first = await t.ok('saveInitiative', { id: 't-01', version: v1, initiative: { ...d1, title: '一度目' } });
    await t.ok('saveInitiative', { id: 't-01', version: first.version, initiative: { ...d1, title: '二度目' } });
    const hash = sha256File(t.path);
    const r = await t.call('undo', { batchId: first.batchId! });
    expect(!r.ok && r.error.code).toBe('CONFLICT');
    expect(!r.ok && r.error.message).toMatch(/後に同じ項目が変更されている.*取組内容\(今の値: 二度目\)/s);
    expect(sha256File(t.path)).toBe(hash);
  });

  it('undoes a create, a delete, a renumber and a 課 rename, restoring exact values', async () => {
    const doc = miniPlan();
    doc.initiatives[1] = { ...doc.initiatives[1]!, no: 5 };
    t = openTestApi(doc);
    const original = await t.ok('dumpPlan', {});
    const { version: _v, id: _i, ...d } = await t.ok('getInitiative', { id: 't-02' });
    const c = await t.ok('createInitiative', { initiative: { ...d, no: 3, departments: ['新しい課'] } });
    await t.ok('deleteInitiative', { id: 't-01' });
    await t.ok('renumberInitiatives', {});
    await t.ok('renameDepartment', { from: '職員課', to: '人事課' });
    expect((await t.ok('listInitiatives', {})).map((i) => `${i.no}:${i.departments.join('/')}`)).toEqual(['1:新しい課', '2:人事課/デジタル推進課']);
    for (let i = 0; i < 4; i++) await t.ok('undo', {});
    expect(await t.ok('dumpPlan', {})).toEqual(original);
    expect(t.db.prepare('SELECT count(*) AS n FROM initiative WHERE id = ?').get(c.id)).toEqual({ n: 0 });
    for (let i = 0; i < 4; i++) await t.ok('redo', {});
    expect((await t.ok('listInitiatives', {})).map((i) => `${i.no}:${i.departments.join('/')}`)).toEqual(['1:新しい課', '2:人事課/デジタル推進課']);
    expect((await t.ok('listDeletedInitiatives', {})).map((i) => i.id)).toEqual(['t-01']);
  });

  it('has nothing to redo after a new change, and nothing to undo at start', async () => {
    t = openTestApi(miniPlan());
    const none = await t.call('undo', {});
    expect(!none.ok && none.error.message).toBe('元に戻せる変更はありません。');
    const { version, ...d } = await t.ok('getInitiative', { id: 't-01' });
    const s = await t.ok('saveInitiative', { id: 't-01', version, initiative: { ...d, title: 'A' } });
    await t.ok('undo', {});
    await t.ok('saveInitiative', { id: 't-01', version: s.version + 1, initiative: { ...d, title: 'B' } });
    const r = await t.call('redo', {});
    expect(!r.ok && r.error.message).toBe('やり直せる変更はありません。');
  });

  it('lists history per initiative with who, source and field labels', async () => {
    t = openTestApi(miniPlan());
    const { version, ...d } = await t.ok('getInitiative', { id: 't-02' });
    await t.ok('saveInitiative', { id: 't-02', version, initiative: { ...d, purpose: '新しい目的' } }, { user: 'yamada', source: 'CLI' });
    await t.ok('renameDepartment', { from: '市民課', to: '市民窓口課' });
    const h = await t.ok('listHistory', { initiativeId: 't-02' });
    expect(h.batches).toHaveLength(1);
    expect(h.batches[0]).toMatchObject({ who: 'yamada', source: 'CLI', kind: 'change', reversible: true });
    expect(h.batches[0]!.entries).toEqual([expect.objectContaining({ target: 'No.2「デジタル人材の育成」', field: 'purpose', fieldLabel: '目的', oldValue: '人材を育成します。', newValue: '新しい目的' })]);
    const all = await t.ok('listHistory', {});
    expect(all.batches).toHaveLength(2);
    expect(all.undo?.summary).toBe('課の名称変更「市民課」→「市民窓口課」');
  });

  it('passes over batches of other features\' data for Ctrl+Z, and refuses them by number', async () => {
    t = openTestApi(miniPlan());
    const { version, ...d } = await t.ok('getInitiative', { id: 't-01' });
    await t.ok('saveInitiative', { id: 't-01', version, initiative: { ...d, title: '編集' } });
    const other = recordBatch(t.db, 1, { who: 'x', source: '回答.xlsx' }, '照会の回答を取り込み', [{ entity: 'survey_return', entityId: '1', field: 'imported', oldValue: null, newValue: {} }])!;
    // Both batches in the same millisecond (as on a fast machine): the order must come from the id, never the clock.
    t.db.prepare('UPDATE change_batch SET at = ?').run('2026-04-01T09:00:00.000Z');
    const h = await t.ok('listHistory', {});
    expect(h.batches[0]).toMatchObject({ id: other, reversible: false });
    expect(h.undo?.summary).toBe('No.1「編集」を編集');
    expect((await t.ok('undo', {})).summary).toBe('元に戻す: No.1「編集」を編集');
    const r = await t.call('undo', { batchId: other });
    expect(!r.ok && r.error.message).toMatch(/元に戻せない種類の変更を含んでいます\(survey_return\.imported\)/);
  });

  it('undoes a whole-plan load', async () => {
    t = openTestApi(miniPlan());
    const original = await t.ok('dumpPlan', {});
    const next = { ...original, initiatives: original.initiatives.slice(0, 1).map((i) => ({ ...i, title: '読み込み後' })) };
    await t.ok('loadPlan', { document: next });
    await t.ok('undo', {});
    expect(await t.ok('dumpPlan', {})).toEqual(original);
  });
});
