// The pure core of the survey: cell text normalization, cell values, lane placement, the
// three-way classification and the decisions that an apply would write.
import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../shared/domain/schema.ts';
import { parseFiscalYearCell, parseLaneCell } from '../../shared/survey/cell-values.ts';
import { acceptedValue, planApply } from '../../shared/survey/decisions.ts';
import { basisOf, countItems, verdictOf } from '../../shared/survey/item-state.ts';
import { canonicalValue, fieldOf, fieldText, parseBarLines, sameFieldValue, sortBars, withField } from '../../shared/survey/fields.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { readJson, SEED_URL } from '../helpers.ts';
import { placeBars } from '../../shared/survey/lanes.ts';
import { classify, mergeRound } from '../../shared/survey/merge.ts';
import { normalizeCellText } from '../../shared/survey/normalize.ts';
import { diffInline, diffSegments } from '../../shared/survey/text-diff.ts';
import type { Decision, Proposal, ReturnForMerge, RoundSnapshot } from '../../shared/survey/types.ts';

const base: Initiative = {
  id: 'a', no: 1, priority: false, policy: 1, isNew: false, isExpanded: false, title: '取組A', departments: ['市民課', '職員課'], sourcePlans: [],
  purpose: '目的です。', activity: '活動です。',
  schedule: [{ label: '構築', from: 2024, to: 2024, lane: 0 }, { label: '運用', from: 2025, to: 2026, lane: 0 }],
  results: [{ fiscalYear: 2024, text: '稼働しました。' }],
};
const snapshot: RoundSnapshot = { planId: 1, firstFiscalYear: 2024, lastFiscalYear: 2026, eraStyle: 'seireki', policies: [{ code: 1, name: '方針' }], initiatives: [base] };
const ret = (returnId: number, department: string, values: ReturnForMerge['blocks'][number]['values'], comment = ''): ReturnForMerge => ({
  returnId, department, fileName: `${department}.xlsx`, blocks: [{ initiativeId: 'a', values, cells: { result: '回答!C11' }, comment, commentCell: '回答!B20' }],
});
const prop = (value: string, department = '市民課', returnId = 1): Proposal => ({ department, returnId, fileName: 'f.xlsx', cell: 'C1', value });

describe('normalizeCellText', () => {
  it('folds full-width digits and letters, keeps Japanese punctuation and full-width brackets', () => {
    expect(normalizeCellText('ＤＸ推進（第２期）、「窓口」・３か所。')).toBe('DX推進（第2期）、「窓口」・3か所。');
  });
  it('turns half-width katakana into full-width, CRLF into LF, and trims', () => {
    expect(normalizeCellText('  ﾃﾞｼﾞﾀﾙ化\r\n２行目\r3行目 \n')).toBe('デジタル化\n2行目\n3行目');
  });
  it('keeps full-width spaces, symbols and ＝＋－＠ as typed inside the text', () => {
    expect(normalizeCellText('a　b＝＋－＠％')).toBe('a　b＝＋－＠％');
  });
});

describe('cell values', () => {
  const years = [2024, 2025, 2026];
  it('reads fiscal years in the ways people type them', () => {
    for (const t of ['2025', '2025年度', '２０２５年度', '2025年', '令和7年度', 'R7', 'ｒ７', '2025年度(令和7年度)']) expect(parseFiscalYearCell(t, years), t).toBe(2025);
    expect(parseFiscalYearCell('平成31年度', [2018, 2019])).toBe(null); // 2019年度 is 令和元年度
    expect(parseFiscalYearCell('令和元年度', [2018, 2019])).toBe(2019);
  });
  it('refuses what is not a year of the plan', () => {
    for (const t of ['', '2030年度', '来年度', '2025-26', '7']) expect(parseFiscalYearCell(t, years), t).toBe(null);
  });
  it('reads lanes 1-based and refuses nonsense', () => {
    expect([parseLaneCell('1', 50), parseLaneCell('段２', 50), parseLaneCell('3段', 50), parseLaneCell('', 50)]).toEqual([1, 2, 3, null]);
    expect([parseLaneCell('0', 50), parseLaneCell('51', 50), parseLaneCell('上', 50)]).toEqual(['invalid', 'invalid', 'invalid']);
  });
});

describe('placeBars', () => {
  it('puts bars without a lane on the lowest lane where they fit, in row order', () => {
    const r = placeBars([
      { label: 'A', from: 2024, to: 2025, lane: 0, cell: 'B1' },
      { label: 'B', from: 2025, to: 2026, lane: null, cell: 'B2' },
      { label: 'C', from: 2026, to: 2026, lane: null, cell: 'B3' },
      { label: 'D', from: 2026, to: 2026, lane: null, cell: 'B4' },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.bars.map((b) => [b.label, b.lane])).toEqual([['A', 0], ['B', 1], ['C', 0], ['D', 2]]);
  });
  it('names both rows when two explicit bars overlap on one lane', () => {
    const r = placeBars([{ label: 'A', from: 2024, to: 2025, lane: 0, cell: '回答!B1' }, { label: 'B', from: 2025, to: 2025, lane: 0, cell: '回答!B2' }]);
    expect(r.problems).toEqual([{ cell: '回答!B2', message: expect.stringContaining('段1で回答!B1の計画と年度が重なっています') }]);
  });
});

describe('fields', () => {
  it('read and write the target year result; an empty result removes the entry', () => {
    expect(fieldOf(base, 'result', 2024)).toBe('稼働しました。');
    expect(fieldOf(base, 'result', 2025)).toBe('');
    const set = withField(base, 'result', '拡大しました。', 2025);
    expect(set.results).toEqual([{ fiscalYear: 2024, text: '稼働しました。' }, { fiscalYear: 2025, text: '拡大しました。' }]);
    expect(withField(set, 'result', '', 2024).results).toEqual([{ fiscalYear: 2025, text: '拡大しました。' }]);
  });
  it('compare schedules regardless of bar order, texts regardless of width and line ends', () => {
    expect(sameFieldValue('schedule', base.schedule, [...base.schedule].reverse())).toBe(true);
    expect(sameFieldValue('schedule', base.schedule, [{ ...base.schedule[0]!, lane: 1 }, base.schedule[1]!])).toBe(false);
    expect(sameFieldValue('purpose', '第２期\r\n', '第2期')).toBe(true);
    expect(canonicalValue('activity', ' x ')).toBe('x');
  });
  it('show bars as lines', () => {
    expect(fieldText('schedule', base.schedule)).toBe('段1 構築(2024年度)\n段1 運用(2025年度〜2026年度)');
    expect(fieldText('purpose', null)).toMatch(/削除/);
  });
});

describe('classify (three-way)', () => {
  it('unchanged DB + one proposal = change', () => {
    expect(classify('purpose', 'x', 'x', [prop('y')])).toEqual({ status: 'change', conflicts: [] });
  });
  it('DB moved to the same value = applied', () => {
    expect(classify('purpose', 'x', 'y', [prop('y')])).toEqual({ status: 'applied', conflicts: [] });
  });
  it('DB moved elsewhere = conflict (db)', () => {
    expect(classify('purpose', 'x', 'z', [prop('y')])).toEqual({ status: 'conflict', conflicts: ['db'] });
  });
  it('two 課 with different values = conflict (departments); same value = change', () => {
    expect(classify('purpose', 'x', 'x', [prop('y'), prop('z', '職員課', 2)])).toEqual({ status: 'conflict', conflicts: ['departments'] });
    expect(classify('purpose', 'x', 'x', [prop('y'), prop('ｙ', '職員課', 2)])).toEqual({ status: 'change', conflicts: [] });
  });
  it('both at once, and a deleted initiative', () => {
    expect(classify('purpose', 'x', 'w', [prop('y'), prop('z', '職員課', 2)]).conflicts).toEqual(['db', 'departments']);
    expect(classify('purpose', 'x', null, [prop('y')])).toEqual({ status: 'conflict', conflicts: ['deleted'] });
  });
});

describe('mergeRound', () => {
  const current = new Map([['a', base]]);
  it('reports only fields that differ from the base; a 課 repeating the base says nothing', () => {
    const { items, comments } = mergeRound({ snapshot, fiscalYear: 2025, current, returns: [
      ret(1, '市民課', { result: '拡大しました。', schedule: base.schedule, purpose: '目的です。' }, 'よろしく'),
      ret(2, '職員課', { result: '' }),
    ] });
    expect(items.map((i) => [i.field, i.status, i.proposals.map((p) => p.department)])).toEqual([['result', 'change', ['市民課']]]);
    expect(comments).toEqual([expect.objectContaining({ department: '市民課', text: 'よろしく', returnId: 1 })]);
  });
  it('a fingerprint that moves with the proposals and the DB', () => {
    const one = mergeRound({ snapshot, fiscalYear: 2025, current, returns: [ret(1, '市民課', { result: 'A' })] }).items[0]!;
    const two = mergeRound({ snapshot, fiscalYear: 2025, current, returns: [ret(1, '市民課', { result: 'A' }), ret(2, '職員課', { result: 'A' })] }).items[0]!;
    const moved = mergeRound({ snapshot, fiscalYear: 2025, current: new Map([['a', withField(base, 'result', 'B', 2025)]]), returns: [ret(1, '市民課', { result: 'A' })] }).items[0]!;
    expect(new Set([one.fingerprint, two.fingerprint, moved.fingerprint]).size).toBe(3);
    expect(mergeRound({ snapshot, fiscalYear: 2025, current, returns: [ret(1, '市民課', { result: 'A' })] }).items[0]!.fingerprint).toBe(one.fingerprint);
  });
  it('an initiative deleted from the DB since sending is a conflict that only a reject resolves', () => {
    const [item] = mergeRound({ snapshot, fiscalYear: 2025, current: new Map(), returns: [ret(1, '市民課', { result: 'A' })] }).items;
    expect(item).toMatchObject({ status: 'conflict', conflicts: ['deleted'], current: null });
    expect(() => acceptedValue(item!)).toThrow(/削除されている/);
  });
});

describe('decisions and item states', () => {
  const current = new Map([['a', base]]);
  const merge = (returns: ReturnForMerge[], now: Initiative = base) => mergeRound({ snapshot, fiscalYear: 2025, current: new Map([['a', now]]), returns }).items;
  const items = merge([ret(1, '市民課', { result: 'A', purpose: 'P' }), ret(2, '職員課', { result: 'B' })]);
  const [result, purpose] = items as [typeof items[0], typeof items[0]];
  const decision = (item: typeof result, over: Partial<Decision>): Decision => ({
    id: 1, initiativeId: item.initiativeId, field: item.field, action: 'accept', department: null, value: null, basis: basisOf(item), decidedAt: '', decidedBy: '', ...over,
  });
  it('accepting needs a 課 when 課 disagree', () => {
    expect(current.size).toBe(1);
    expect(() => acceptedValue(result)).toThrow(/課によって回答が違います/);
    expect(acceptedValue(result, '職員課')).toEqual({ value: 'B', department: '職員課' });
    expect(acceptedValue(purpose)).toEqual({ value: 'P', department: '市民課' });
  });
  it('a decision holds while its basis holds; a different answer or a ledger edit reopens it and says which', () => {
    const d = decision(result, { department: '職員課', value: 'B' });
    expect(verdictOf(result, d, null)).toMatchObject({ state: 'decided', conflict: true, decision: d });
    expect(verdictOf(result, decision(result, { action: 'reject' }), null).state).toBe('rejected');
    // 職員課 sends the same answer again in a newer file: nothing new for this item.
    const resent = merge([ret(1, '市民課', { result: 'A' }), ret(3, '職員課', { result: 'B' })])[0]!;
    expect(verdictOf(resent, d, null).state).toBe('decided');
    const changed = merge([ret(1, '市民課', { result: 'A' }), ret(3, '職員課', { result: 'C' })])[0]!;
    expect(verdictOf(changed, d, null)).toMatchObject({ state: 'open', reopened: { reasons: ['職員課の新しい回答(職員課.xlsx)で内容が変わりました。'] } });
    const edited = merge([ret(1, '市民課', { result: 'A' }), ret(2, '職員課', { result: 'B' })], withField(base, 'result', '台帳で直した', 2025))[0]!;
    expect(verdictOf(edited, d, null).reopened?.reasons).toEqual(['判断の後に台帳の値が変更されました(今は「台帳で直した」)。']);
    expect(verdictOf(result, { ...d, basis: null }, null).state).toBe('open');
  });
  it('an applied item stays applied on the situation it left; a later answer reopens it', () => {
    const d = decision(result, { department: '職員課', value: 'B' });
    const after = merge([ret(1, '市民課', { result: 'A' }), ret(2, '職員課', { result: 'B' })], withField(base, 'result', 'B', 2025))[0]!;
    const applied = { applyId: 1, at: '', who: '', initiativeId: 'a', field: 'result' as const, decisionId: 1, written: true, value: 'B', basis: basisOf(after), sources: [] };
    expect(verdictOf(after, d, applied)).toMatchObject({ state: 'applied', conflict: true, conflicts: ['departments'] });
    const newer = merge([ret(4, '市民課', { result: 'A2' }), ret(2, '職員課', { result: 'B' })], withField(base, 'result', 'B', 2025))[0]!;
    expect(verdictOf(newer, d, applied)).toMatchObject({ state: 'open', reopened: { reasons: ['市民課の新しい回答(市民課.xlsx)で内容が変わりました。'] } });
    // A new decision on the reopened item is the one in force.
    expect(verdictOf(newer, decision(newer, { id: 2, action: 'reject' }), applied).state).toBe('rejected');
  });
  it('plans the decided items only; counts are one function', () => {
    const d = decision(result, { department: '職員課', value: 'B' });
    const judged = [{ ...result, ...verdictOf(result, d, null) }, { ...purpose, ...verdictOf(purpose, null, null) }];
    const plan = planApply(judged);
    expect(plan.writes.map((w) => [w.item.field, w.value, w.write])).toEqual([['result', 'B', true]]);
    expect(plan.open.map((i) => i.field)).toEqual(['purpose']);
    expect(countItems(judged)).toEqual({ items: 2, open: 1, openConflicts: 0, decided: 1, applied: 0, rejected: 0 });
    expect(countItems([{ state: 'open', conflict: true }, { state: 'applied', conflict: true }])).toMatchObject({ open: 1, openConflicts: 1, applied: 1 });
  });
});

describe('text diff', () => {
  it('marks added and removed passages', () => {
    expect(diffSegments('5か所', '6か所')).toEqual([{ text: '5', kind: 'removed' }, { text: '6', kind: 'added' }, { text: 'か所', kind: 'same' }]);
    expect(diffInline('研修を実施', '研修を拡充して実施')).toBe('研修を{+拡充して+}実施');
  });
});

describe('line diff (計画)', () => {
  it('marks whole bars added and removed', async () => {
    const { diffLineSegments } = await import('../../shared/survey/text-diff.ts');
    expect(diffLineSegments('段1 A(2025年度)\n段2 B(2026年度)', '段1 A(2025年度)\n段1 C(2026年度)\n段2 B(2026年度)')).toEqual([
      { text: '段1 A(2025年度)\n', kind: 'same' }, { text: '段1 C(2026年度)\n', kind: 'added' }, { text: '段2 B(2026年度)\n', kind: 'same' },
    ]);
  });
});

describe('計画 as lines (round review prints them, round decide --text reads them back)', () => {
  it('reads back every bar of the published plan as it was printed', () => {
    const seed = readJson<PlanDocument>(SEED_URL);
    for (const it of seed.initiatives) {
      const parsed = parseBarLines(fieldText('schedule', it.schedule));
      expect(parsed, `No.${it.no}`).toEqual({ bars: sortBars(it.schedule) });
    }
  });

  it('names each line it cannot read, and a lane or year order that cannot be', () => {
    expect(parseBarLines('段1 構築(2024年度〜2025年度)\n\n段0 運用(2026年度)\n段1 検証(2026年度〜2025年度)\n運用')).toEqual({ problems: [
      '3行目: 段は 1〜50 で書いてください(「段0」)。',
      '4行目: 終了年度(2025年度)が開始年度(2026年度)より前です。',
      '5行目「運用」は「段1 項目名(2024年度〜2025年度)」の形で書いてください。',
    ] });
  });
});
