// Frozen revisions: the seed arrives frozen, 確定 freezes the working copy, and a frozen revision
// never changes when the working copy does. Refused inputs leave the DB file byte-identical.
import { afterEach, describe, expect, it } from 'vitest';
import { cli, fileHash, makeDb, mini, ok, refused, type TestDb } from './helpers.ts';
import { suggestRevisionLabel } from '../../shared/revisions/freeze.ts';

let t: TestDb;
afterEach(() => t?.close());

describe('the seed revision', () => {
  it('a new DB holds the seed as the frozen revision 「edition」 dated revisedOn, equal to the working copy', async () => {
    t = makeDb();
    const list = await ok(t, 'listRevisions', {});
    expect(list.map((r) => [r.label, r.kind, r.date, r.isCurrentPlan])).toEqual([['2025年度改定版', '改定', '2025-07-08', true]]);
    expect(list[0]!.summary).toEqual(['①実績を記載しました。', '②計画を修正しました。']);
    expect(await ok(t, 'getRevision', { label: '2025年度改定版' })).toEqual(await ok(t, 'dumpPlan', {}));
    const c = await ok(t, 'compareRevisions', { from: '2025年度改定版', to: 'working' });
    expect(c.initiatives).toEqual([]);
    expect(c.header).toEqual([]);
    expect(c.unchangedCount).toBe(2);
  });

  it('a plan without revisedOn is frozen as its 初版 dated establishedOn', async () => {
    const doc = mini();
    doc.plan.revisedOn = null;
    doc.plan.edition = '初版';
    doc.plan.revisionHistory = doc.plan.revisionHistory.slice(0, 1);
    t = makeDb(doc);
    expect((await ok(t, 'listRevisions', {})).map((r) => [r.label, r.kind, r.date])).toEqual([['初版', '初版', '2024-03-25']]);
  });
});

describe('改定版を確定', () => {
  it('freezes the working copy: new 改定履歴 row, revisedOn, edition = label, audited', async () => {
    t = makeDb();
    const r = await ok(t, 'freezeRevision', { label: ' 2026年度改定版 ', date: '2026-07-10', summary: ['①実績を追記しました。', '', '②文言を修正しました。'] });
    expect(r).toMatchObject({ label: '2026年度改定版', kind: '改定', date: '2026-07-10', summary: ['①実績を追記しました。', '②文言を修正しました。'] });
    const plan = (await ok(t, 'getPlan', {})).plan;
    expect(plan.edition).toBe('2026年度改定版');
    expect(plan.revisedOn).toBe('2026-07-10');
    expect(plan.establishedOn).toBe('2024-03-25');
    expect(plan.revisionHistory.at(-1)).toEqual({ kind: '改定', date: '2026-07-10', summary: ['①実績を追記しました。', '②文言を修正しました。'] });
    // The snapshot is the working copy at the moment of freezing, header included.
    expect(await ok(t, 'getRevision', { label: '2026年度改定版' })).toEqual(await ok(t, 'dumpPlan', {}));
    const batch = t.db.prepare("SELECT id, summary, who, source FROM change_batch WHERE summary LIKE '改定版%'").get() as { id: number; summary: string; who: string; source: string };
    expect(batch).toMatchObject({ summary: '改定版「2026年度改定版」を確定', source: 'CLI', who: t.ctx.user });
    const fields = (t.db.prepare('SELECT entity, field FROM change_entry WHERE batch_id = ? ORDER BY id').all(batch.id) as { entity: string; field: string }[]);
    expect(fields).toEqual([
      { entity: 'plan', field: 'edition' }, { entity: 'plan', field: 'revisedOn' }, { entity: 'plan', field: 'revisionHistory' },
      { entity: 'revision', field: 'frozen' },
    ]);
    expect((await ok(t, 'listRevisions', {})).map((x) => x.label)).toEqual(['2026年度改定版', '2025年度改定版']);
  });

  it('a frozen revision dumps byte-identically after the working copy is edited and reloaded', async () => {
    t = makeDb();
    await ok(t, 'freezeRevision', { label: '2026年度改定版', date: '2026-07-10', summary: ['①改定しました。'] });
    t.db.close();
    const dump = async (label: string) => (await cli(['dump', '--db', t.path, '--revision', label])).out;
    const before2025 = await dump('2025年度改定版');
    const before2026 = await dump('2026年度改定版');
    expect(JSON.parse(before2026).plan.edition).toBe('2026年度改定版');
    // Edit the working copy through `load` (the whole plan replaced).
    const edited = JSON.parse((await cli(['dump', '--db', t.path])).out);
    edited.initiatives[0].title = '書かない窓口の全庁展開';
    edited.initiatives[1].results = [];
    edited.plan.notes = [];
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${t.dir}/edited.json`, JSON.stringify(edited));
    expect((await cli(['load', '--db', t.path, '--json', `${t.dir}/edited.json`])).code).toBe(0);
    expect(JSON.parse((await cli(['dump', '--db', t.path])).out).initiatives[0].title).toBe('書かない窓口の全庁展開');
    expect(await dump('2025年度改定版')).toBe(before2025);
    expect(await dump('2026年度改定版')).toBe(before2026);
  });

  it('the store refuses to rewrite a frozen revision even outside the handlers', () => {
    t = makeDb();
    expect(() => t.db.prepare("UPDATE revision SET document_json = '{}'").run()).toThrow(/確定済みの改定版は変更できません/);
  });

  it('a damaged snapshot is reported, not shown', async () => {
    t = makeDb();
    t.db.exec('DROP TRIGGER revision_never_updated');
    t.db.prepare("UPDATE revision SET document_json = replace(document_json, '書かない', '書く')").run();
    const e = await refused(t, 'getRevision', { label: '2025年度改定版' });
    expect(e.code).toBe('DB_INVALID');
    expect(e.message).toContain('バックアップから復元');
  });

  describe('refusals leave the DB byte-identical', () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['a label already used', { label: '2025年度改定版', date: '2026-07-10', summary: ['x'] }, 'CONFLICT', /「2025年度改定版」は既にあります/],
      ['a date before the last revision', { label: '2026年度改定版', date: '2025-07-07', summary: ['x'] }, 'BAD_INPUT', /前回の改定\(2025年7月8日\)より前/],
      ['no summary line', { label: '2026年度改定版', date: '2026-07-10', summary: ['  ', ''] }, 'BAD_INPUT', /改定内容/],
      ['an impossible date', { label: '2026年度改定版', date: '2026-02-30', summary: ['x'] }, 'BAD_INPUT', /存在しない日付/],
      ['an empty label', { label: '  ', date: '2026-07-10', summary: ['x'] }, 'BAD_INPUT', /改定版の名前を入力/],
      ['the reserved word working', { label: 'working', date: '2026-07-10', summary: ['x'] }, 'BAD_INPUT', /working/],
    ];
    it.each(cases)('%s', async (_name, input, code, message) => {
      t = makeDb();
      const hash = fileHash(t.path);
      const e = await refused(t, 'freezeRevision', input as never);
      expect(e.code).toBe(code);
      expect(e.message).toMatch(message);
      expect(fileHash(t.path)).toBe(hash);
      expect((await ok(t, 'listRevisions', {})).length).toBe(1);
    });

    it('comparing a revision with itself, or with an unknown label', async () => {
      t = makeDb();
      const hash = fileHash(t.path);
      const same = await refused(t, 'compareRevisions', { from: '2025年度改定版', to: '2025年度改定版' });
      expect(same).toMatchObject({ code: 'BAD_INPUT' });
      expect(same.message).toContain('同じもの(「2025年度改定版」)どうしは比較できません');
      const unknown = await refused(t, 'compareRevisions', { from: '2019年度版', to: 'working' });
      expect(unknown.code).toBe('NOT_FOUND');
      expect(unknown.message).toContain('あるのは 「2025年度改定版」 です');
      expect(fileHash(t.path)).toBe(hash);
    });
  });
});

describe('the name 改定版を確定 suggests', () => {
  it("is the fiscal year's 改定版, or the first free numbered one when that name is taken", () => {
    expect(suggestRevisionLabel(2026, ['2025年度改定版'])).toBe('2026年度改定版');
    expect(suggestRevisionLabel(2026, ['2025年度改定版', '2026年度改定版'])).toBe('2026年度改定版(2)');
    expect(suggestRevisionLabel(2026, ['2026年度改定版', '2026年度改定版(2)', ' 2026年度改定版(3) '])).toBe('2026年度改定版(4)');
  });
});
