import { describe, expect, it } from 'vitest';
import { normalizeForSearch, queryTerms } from '../../shared/editing/normalize.ts';
import { buildSearchIndex, matchesQuery, searchTextOf } from '../../shared/editing/search.ts';
import { applyFilter, emptyFilter, hasResultFor, isFilterActive, sortInitiatives, distinctSourcePlans } from '../../shared/editing/filters.ts';
import { miniPlan } from '../helpers.ts';
import { bigPlan } from './big-plan.ts';

describe('normalizeForSearch', () => {
  it('folds 全角/半角, kana width, case and katakana to hiragana', () => {
    expect(normalizeForSearch('ＤＸ推進')).toBe('dx推進');
    expect(normalizeForSearch('ﾃﾞｼﾞﾀﾙ')).toBe(normalizeForSearch('デジタル'));
    expect(normalizeForSearch('デジタル')).toBe(normalizeForSearch('でじたる'));
    expect(normalizeForSearch('ＡＢＣ　ｄｅｆ')).toBe('abc def');
    expect(normalizeForSearch('１２３')).toBe('123');
  });
  it('splits a query on 全角 and 半角 spaces', () => {
    expect(queryTerms(' 窓口　ＤＸ  ')).toEqual(['窓口', 'dx']);
  });
});

describe('search', () => {
  const doc = miniPlan();
  const [a, b] = doc.initiatives as [typeof doc.initiatives[0], typeof doc.initiatives[0]];
  it('finds by any field: title, 課, source plan ref, 実績, 方針 name, bar label', () => {
    const ta = searchTextOf(a, doc.policies);
    expect(matchesQuery(ta, '書かない')).toBe(true);
    expect(matchesQuery(ta, '市民課')).toBe(true);
    expect(matchesQuery(ta, '08-01')).toBe(true);
    expect(matchesQuery(ta, '１，３６５')).toBe(true); // 実績 text, full-width digits and comma
    expect(matchesQuery(ta, '暮らしのデジタル化')).toBe(true);
    expect(matchesQuery(ta, 'ｼｽﾃﾑ構築')).toBe(true);
    expect(matchesQuery(ta, '研修')).toBe(false);
  });
  it('needs every term (AND)', () => {
    const tb = searchTextOf(b, doc.policies);
    expect(matchesQuery(tb, '研修 職員課')).toBe(true);
    expect(matchesQuery(tb, '研修 市民課')).toBe(false);
  });
});

describe('applyFilter', () => {
  const doc = miniPlan();
  const index = buildSearchIndex(doc.initiatives, doc.policies);
  const ids = (f: Partial<typeof emptyFilter>) => applyFilter(doc.initiatives, index, { ...emptyFilter, ...f }).map((i) => i.id);
  it('filters on each criterion', () => {
    expect(ids({})).toEqual(['t-01', 't-02']);
    expect(ids({ policies: [2] })).toEqual(['t-02']);
    expect(ids({ group: 'priority' })).toEqual(['t-01']);
    expect(ids({ group: 'normal' })).toEqual(['t-02']);
    expect(ids({ isNew: 'yes' })).toEqual(['t-01']);
    expect(ids({ isExpanded: 'yes' })).toEqual(['t-02']);
    expect(ids({ isExpanded: 'no' })).toEqual(['t-01']);
    expect(ids({ departments: ['市民課'] })).toEqual(['t-01']);
    expect(ids({ departments: ['市民課', '職員課'] })).toEqual(['t-01', 't-02']);
    expect(ids({ sourcePlan: '行財政改革計画' })).toEqual(['t-01']);
    expect(ids({ missingResultFor: 2025 })).toEqual(['t-01', 't-02']);
    expect(ids({ missingResultFor: 2024 })).toEqual([]);
    expect(ids({ query: 'ﾘｰﾀﾞｰ' })).toEqual(['t-02']);
  });
  it('knows when a filter is active', () => {
    expect(isFilterActive(emptyFilter)).toBe(false);
    expect(isFilterActive({ ...emptyFilter, query: ' ' })).toBe(false);
    expect(isFilterActive({ ...emptyFilter, missingResultFor: 2024 })).toBe(true);
  });
  it('treats a blank 実績 as missing', () => {
    expect(hasResultFor({ results: [{ fiscalYear: 2024, text: ' \n' }] }, 2024)).toBe(false);
  });
  it('lists source plans once each', () => {
    expect(distinctSourcePlans(doc.initiatives)).toEqual(['行財政改革計画', '自治体DX推進計画']);
  });
});

describe('sortInitiatives', () => {
  const doc = miniPlan();
  it('sorts by title in Japanese order, and descending', () => {
    const asc = sortInitiatives(doc.initiatives, 'title', 'asc').map((i) => i.title);
    expect(asc).toEqual(['デジタル人材の育成', '書かない窓口の導入']);
    expect(sortInitiatives(doc.initiatives, 'title', 'desc').map((i) => i.title)).toEqual([...asc].reverse());
  });
  it('keeps document order for No. (重点 first) and for ties', () => {
    const items = [{ ...doc.initiatives[1]!, no: 1 }, { ...doc.initiatives[0]!, no: 2 }];
    expect(sortInitiatives(items, 'no', 'asc').map((i) => i.id)).toEqual(['t-01', 't-02']);
    expect(sortInitiatives(items, 'policy', 'asc').map((i) => i.id)).toEqual(['t-01', 't-02']);
  });
});

describe('1,000 initiatives', () => {
  it('indexes and filters a large plan', () => {
    const doc = bigPlan(1000);
    const index = buildSearchIndex(doc.initiatives, doc.policies);
    expect(index.size).toBe(1000);
    const hits = applyFilter(doc.initiatives, index, { ...emptyFilter, query: 'ﾘｰﾀﾞｰ', departments: ['職員課'] });
    expect(hits.length).toBe(500);
    expect(hits.every((h) => h.departments.includes('職員課'))).toBe(true);
  });
});
