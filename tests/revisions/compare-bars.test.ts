// The 新旧対照表's finer points: bars compared as bars, whole tokens underlined, a renumbering
// shown once as runs of old → new Nos.
import { describe, expect, it } from 'vitest';
import { diffBars } from '../../shared/revisions/bar-diff.ts';
import { compareDocuments } from '../../shared/revisions/compare.ts';
import { barText } from '../../shared/revisions/field-text.ts';
import { renumberRuns } from '../../shared/revisions/renumber-runs.ts';
import { diffText, sideOf } from '../../shared/revisions/text-diff.ts';
import { spell } from '../../shared/diff/segment.ts';
import { describeComparison } from '../../electron/cli/commands/compare-text.ts';
import { mini } from './helpers.ts';

const changed = (segs: ReturnType<typeof diffText>) => segs.filter((s) => s.kind !== 'same').map((s) => [s.kind, s.text]);
const text = (b: Parameters<typeof barText>[0]) => barText(b, 'seireki');

describe('bars compared as bars', () => {
  it('one moved bar: only that bar is named, its span underlined, the others counted', () => {
    const before = mini();
    const after = mini();
    after.initiatives[1]!.schedule[2] = { ...after.initiatives[1]!.schedule[2]!, from: 2026 }; // リーダー育成 2025–2026 → 2026
    const c = compareDocuments(before, after);
    const f = c.initiatives[0]!.fields.find((x) => x.key === 'schedule')!;
    expect(c.initiatives[0]!.fields.map((x) => x.key)).toEqual(['schedule']);
    expect(f.before).toBe('リーダー育成(2025年度〜2026年度)');
    expect(f.after).toBe('リーダー育成(2026年度)');
    expect(f.before + f.after).not.toContain('研修の実施');
    expect(changed(f.segments)).toEqual([['removed', '2025年度〜']]);
    expect(f.note).toBe('変更のない計画 2 件は省略');
  });

  it('an equal bar is matched first: removing one of two same-named bars removes just that one', () => {
    const bars = [{ lane: 0, label: '研修の実施', from: 2024, to: 2024 }, { lane: 0, label: '研修の実施', from: 2025, to: 2025 }];
    const d = diffBars(bars, [bars[1]!], text);
    expect(d.segments).toEqual([{ kind: 'removed', text: '研修の実施(2024年度)' }]);
    expect(d.unchanged).toBe(1);
  });

  it('relabelled, added and removed bars, one per line on each side; a lane move alone is no change', () => {
    const bars = [{ lane: 0, label: 'システム構築', from: 2024, to: 2024 }, { lane: 0, label: '運用', from: 2025, to: 2026 }, { lane: 1, label: '研修', from: 2024, to: 2024 }];
    const next = [{ lane: 0, label: 'システム構築・試行', from: 2024, to: 2024 }, { lane: 2, label: '運用', from: 2025, to: 2026 }, { lane: 1, label: '評価', from: 2026, to: 2026 }];
    const d = diffBars(bars, next, text);
    expect(spell(d.segments, 'before')).toBe('システム構築(2024年度)\n研修(2024年度)');
    expect(spell(d.segments, 'after')).toBe('システム構築・試行(2024年度)\n評価(2026年度)');
    expect(d.unchanged).toBe(1);
    expect(diffBars(bars, bars.map((b) => ({ ...b, lane: b.lane + 5 })), text).segments).toEqual([]);
  });
});

describe('whole tokens', () => {
  it('underlines a number with its counter as one token, and a word as a whole', () => {
    expect(changed(diffText('窓口で6種類の手続ができます。', '窓口で12種類の手続ができます。'))).toEqual([['removed', '6種類'], ['added', '12種類']]);
    expect(changed(diffText('令和6年度から実施', '令和7年度から実施'))).toEqual([['removed', '6年度'], ['added', '7年度']]);
    const segs = diffText('システムを導入します。', 'システムを更新します。');
    expect(sideOf(segs, 'after').filter((p) => p.changed).map((p) => p.text)).toEqual(['更新']);
  });

  it('spells both sides back for long and odd texts', () => {
    const a = `${'あ'.repeat(60_000)}1件`;
    const b = `${'あ'.repeat(60_000)}2件`;
    expect(spell(diffText(a, b), 'before')).toBe(a);
    expect(spell(diffText(a, b), 'after')).toBe(b);
    const odd = '\uE000私用\uE001と😀絵文字';
    expect(spell(diffText(odd, `${odd}追加`), 'before')).toBe(odd);
    expect(spell(diffText(odd, `${odd}追加`), 'after')).toBe(`${odd}追加`);
  });
});

describe('renumbering', () => {
  it('`compare --format text` lists the renumbering once and a moved bar alone', () => {
    const before = mini();
    const after = mini();
    after.initiatives = [{ ...after.initiatives[1]!, no: 1 }]; // No.1 deleted, No.2 → No.1
    after.initiatives[0]!.schedule[2] = { ...after.initiatives[0]!.schedule[2]!, to: 2025 };
    const side = (label: string) => ({ label, working: false, date: null, title: 't' });
    const text = describeComparison({ ...compareDocuments(before, after), from: side('旧'), to: side('新') });
    expect(text).toContain('■ No. の変更(改正前 → 改正後)\n  No.2 → No.1 デジタル人材の育成');
    expect(text).toContain('[計画](変更のない計画 2 件は省略)\n    改正後: リーダー育成(2025年度)\n');
    expect(text).toContain('改正前: リーダー育成(2025年度〔〜2026年度〕)');
    expect(text).toContain('削除 1 件、No. の変更 1 件');
  });

  it('collapses consecutive shifts into runs', () => {
    const list = [4, 5, 6, 9].map((n) => ({ id: `x${n}`, beforeNo: n, afterNo: n - 1, title: `取組${n}` }));
    list.push({ id: 'y', beforeNo: 2, afterNo: 9, title: '移動した取組' });
    expect(renumberRuns(list).map((r) => [r.beforeFrom, r.beforeTo, r.afterFrom, r.afterTo, r.count])).toEqual([
      [4, 6, 3, 5, 3], [9, 9, 8, 8, 1], [2, 2, 9, 9, 1],
    ]);
  });
});
