// The pure change list: exactly the edited fields, added/deleted initiatives, header fields, char diff.
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../shared/revisions/compare.ts';
import { diffText, sideOf } from '../../shared/revisions/text-diff.ts';
import { retitleForPeriod } from '../../shared/revisions/period.ts';
import { mini } from './helpers.ts';

const join = (segs: ReturnType<typeof diffText>, side: 'before' | 'after') => sideOf(segs, side).map((p) => p.text).join('');

describe('diffText', () => {
  it('spells both sides back and marks only the changed passage', () => {
    const before = 'システムを導入します。';
    const after = 'システムを本格的に導入します。';
    const segs = diffText(before, after);
    expect(join(segs, 'before')).toBe(before);
    expect(join(segs, 'after')).toBe(after);
    expect(segs).toEqual([
      { kind: 'same', text: 'システムを' },
      { kind: 'added', text: '本格的に' },
      { kind: 'same', text: '導入します。' },
    ]);
  });

  it('folds a one-character common fragment between two edits into one underlined run', () => {
    // Raw jsdiff keeps 「の」 common between the two rewritten words; the cleanup merges them.
    const segs = diffText('研修の実施', '講座の開催');
    expect(segs.filter((s) => s.kind === 'same').map((s) => s.text)).toEqual([]);
    expect(join(segs, 'before')).toBe('研修の実施');
    expect(join(segs, 'after')).toBe('講座の開催');
  });

  it('keeps line breaks as common text so edits stay on their own lines', () => {
    const segs = diffText('・一行目\n・二行目', '・一行目です\n・二行目');
    expect(segs).toEqual([
      { kind: 'same', text: '・一行目' },
      { kind: 'added', text: 'です' },
      { kind: 'same', text: '\n・二行目' },
    ]);
  });

  it('handles empty sides and identical texts', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('同じ', '同じ')).toEqual([{ kind: 'same', text: '同じ' }]);
    expect(diffText('', '追加')).toEqual([{ kind: 'added', text: '追加' }]);
    expect(diffText('削除', '')).toEqual([{ kind: 'removed', text: '削除' }]);
  });
});

describe('compareDocuments', () => {
  it('lists exactly the edited fields and counts the unchanged initiatives', () => {
    const before = mini();
    const after = mini();
    after.initiatives[0]!.activity = 'システムを全庁に導入します。';
    after.initiatives[0]!.results.push({ fiscalYear: 2025, text: '・全課で稼働しました。' });
    const c = compareDocuments(before, after);
    expect(c.header).toEqual([]);
    expect(c.unchangedCount).toBe(1);
    expect(c.initiatives).toHaveLength(1);
    const ch = c.initiatives[0]!;
    expect(ch).toMatchObject({ kind: 'changed', id: 't-01', beforeNo: 1, afterNo: 1, matchedBy: 'id' });
    expect(ch.fields.map((f) => f.key)).toEqual(['activity', 'result.2025']);
    expect(ch.fields[0]).toMatchObject({ label: '活動内容', before: 'システムを導入します。', after: 'システムを全庁に導入します。' });
    expect(ch.fields[0]!.segments.filter((s) => s.kind !== 'same')).toEqual([{ kind: 'added', text: '全庁に' }]);
    expect(ch.fields[1]).toMatchObject({ label: '実績(2025年度)', before: '', after: '・全課で稼働しました。' });
  });

  it('shows a deleted and an added initiative as such, in document order', () => {
    const before = mini();
    const after = mini();
    const removed = after.initiatives.splice(1, 1)[0]!;
    after.initiatives.push({ ...removed, id: 't-09', no: 9, title: 'オープンデータの推進', results: [] });
    const c = compareDocuments(before, after);
    expect(c.counts).toEqual({ added: 1, deleted: 1, changed: 0, renumbered: 0 });
    expect(c.unchangedCount).toBe(1);
    expect(c.initiatives.map((i) => [i.kind, i.id, i.beforeNo, i.afterNo])).toEqual([
      ['deleted', 't-02', 2, null],
      ['added', 't-09', null, 9],
    ]);
    const added = c.initiatives[1]!;
    expect(added.fields.find((f) => f.key === 'title')).toMatchObject({ before: '', after: 'オープンデータの推進' });
    expect(added.fields.every((f) => f.before === '')).toBe(true);
    const deleted = c.initiatives[0]!;
    expect(deleted.fields.every((f) => f.after === '')).toBe(true);
    expect(deleted.fields.find((f) => f.key === 'title')?.before).toBe('デジタル人材の育成');
  });

  it('pairs by No. when the ids differ and reports a renumbering', () => {
    const before = mini();
    const after = mini();
    after.initiatives[1]!.id = 'renamed-02';
    after.initiatives[0]!.no = 5;
    const c = compareDocuments(before, after);
    // Only its No. changed: listed in the renumbering table, no block of its own.
    expect(c.initiatives).toEqual([]);
    expect(c.renumbered).toEqual([{ id: 't-01', beforeNo: 1, afterNo: 5, title: before.initiatives[0]!.title }]);
    expect(c.counts.renumbered).toBe(1);
    expect(c.unchangedCount).toBe(1); // t-02 ↔ renamed-02, paired by No. 2, nothing else changed
    // With another change too, the block stays (without a No. row) and the No. is still listed once.
    after.initiatives[0]!.purpose = '窓口の手間を削減します。';
    const d = compareDocuments(before, after);
    expect(d.initiatives.map((i) => [i.id, i.beforeNo, i.afterNo, i.fields.map((f) => f.key)])).toEqual([['t-01', 1, 5, ['purpose']]]);
    expect(d.renumbered.map((r) => r.afterNo)).toEqual([5]);
  });

  it('reports header fields: sections, notes and 方針 names', () => {
    const before = mini();
    const after = mini();
    after.plan.sections[1]!.body = '・毎年度見直します。\n・必要に応じて追加します。';
    after.plan.notes = ['デジタル推進課は全庁の支援を行います。'];
    after.policies[2]!.name = '情報セキュリティの確保と向上';
    after.plan.edition = '2026年度改定版'; // the edition names the side of the 対照表: not listed as a change
    after.plan.revisionHistory.push({ kind: '改定', date: '2026-07-01', summary: ['改定'] });
    after.plan.revisedOn = '2026-07-01';
    const c = compareDocuments(before, after);
    expect(c.header.map((f) => [f.key, f.label])).toEqual([
      ['revisedOn', '最近改定'], ['history', '改定履歴'], ['section.1', '本文 2'], ['notes', '注記(※)'], ['policy.3', '方針3'],
    ]);
    // The new 改定履歴 row is the one added passage of that field.
    expect(c.header[1]!.segments.filter((s) => s.kind !== 'same').map((s) => [s.kind, s.text])).toEqual([['added', `\n改定 ${'2026年7月1日'}\n改定`]]);
    expect(c.initiatives).toEqual([]);
    expect(c.unchangedCount).toBe(2);
  });

  it('shows a changed 方針 name on the initiatives that use it', () => {
    const before = mini();
    const after = mini();
    after.policies[0]!.name = '市民の暮らしのデジタル化';
    const c = compareDocuments(before, after);
    expect(c.initiatives.map((i) => [i.id, i.fields.map((f) => f.key)])).toEqual([['t-01', ['policy']]]);
  });
});

describe('retitleForPeriod', () => {
  const old = { first: 2024, last: 2026 };
  const next = { first: 2027, last: 2029 };
  it.each([
    ['テスト計画【アクションプラン(2024-2026)】', 'テスト計画【アクションプラン(2027-2029)】'],
    ['アクションプラン(2024年度〜2026年度)', 'アクションプラン(2027年度〜2029年度)'],
    ['アクションプラン(令和6年度～令和8年度)', 'アクションプラン(令和9年度～令和11年度)'],
    ['アクションプラン(２０２４－２０２６)', 'アクションプラン(２０２７－２０２９)'],
    ['2024年に策定したプラン', '2024年に策定したプラン'],
    ['12024-20261', '12024-20261'],
  ])('%s → %s', (title, expected) => {
    expect(retitleForPeriod(title, old, next)).toBe(expected);
  });
});
