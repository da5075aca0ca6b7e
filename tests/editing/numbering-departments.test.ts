import { describe, expect, it } from 'vitest';
import { documentOrder, moveChanges, nextNo, renumberChanges } from '../../shared/editing/numbering.ts';
import { departmentUsage, mergeDepartments, renameDepartment } from '../../shared/editing/departments.ts';
import { PlanDocument } from '../../shared/domain/document.ts';
import { miniPlan } from '../helpers.ts';

const items = [
  { id: 'a', no: 7, priority: false },
  { id: 'b', no: 3, priority: true },
  { id: 'c', no: 5, priority: false },
  { id: 'd', no: 9, priority: true },
];

describe('numbering', () => {
  it('puts 重点 first, then by No.', () => {
    expect(documentOrder(items).map((i) => i.id)).toEqual(['b', 'd', 'c', 'a']);
  });
  it('renumbers 1..n in document order, returning only changes', () => {
    expect(renumberChanges(items)).toEqual([
      { id: 'b', from: 3, to: 1 }, { id: 'd', from: 9, to: 2 }, { id: 'c', from: 5, to: 3 }, { id: 'a', from: 7, to: 4 },
    ]);
    expect(renumberChanges([{ id: 'x', no: 1, priority: false }])).toEqual([]);
  });
  it('moves within the group by swapping No.', () => {
    expect(moveChanges(items, 'a', -1)).toEqual([{ id: 'a', from: 7, to: 5 }, { id: 'c', from: 5, to: 7 }]);
    expect(moveChanges(items, 'c', -1)).toEqual([]); // first of 取組事項: does not jump into 重点
    expect(moveChanges(items, 'd', 1)).toEqual([]);
    expect(() => moveChanges(items, 'zz', 1)).toThrow();
  });
  it('gives the next free No.', () => {
    expect(nextNo(items)).toBe(10);
    expect(nextNo([])).toBe(1);
  });
});

describe('departments on a document', () => {
  it('renames a 課 in the master and in every initiative, keeping order', () => {
    const doc = miniPlan();
    const r = renameDepartment(doc, 'デジタル推進課', 'DX推進課');
    expect(r.doc.departments.map((d) => d.name)).toEqual(['DX推進課', '市民課', '職員課']);
    expect(r.doc.initiatives.map((i) => i.departments)).toEqual([['DX推進課', '市民課'], ['職員課', 'DX推進課']]);
    expect(r.changed).toEqual(['t-01', 't-02']);
    expect(PlanDocument.safeParse(r.doc).success).toBe(true);
    expect(doc.departments[0]!.name).toBe('デジタル推進課'); // input untouched
  });
  it('refuses a rename onto an existing 課 or from an unknown one', () => {
    const doc = miniPlan();
    expect(() => renameDepartment(doc, '市民課', '職員課')).toThrow(/既にあります/);
    expect(() => renameDepartment(doc, 'ない課', 'X')).toThrow(/ありません/);
    expect(() => renameDepartment(doc, '市民課', '  ')).toThrow(/入力/);
  });
  it('merges 課 without leaving duplicates in an initiative', () => {
    const doc = miniPlan();
    const r = mergeDepartments(doc, ['市民課', 'デジタル推進課'], '市民デジタル課');
    expect(r.doc.departments.map((d) => d.name)).toEqual(['市民デジタル課', '職員課']);
    expect(r.doc.initiatives[0]!.departments).toEqual(['市民デジタル課']);
    expect(r.doc.initiatives[1]!.departments).toEqual(['職員課', '市民デジタル課']);
    expect(PlanDocument.safeParse(r.doc).success).toBe(true);
  });
  it('merges into an existing 課', () => {
    const r = mergeDepartments(miniPlan(), ['市民課'], '職員課');
    expect(r.doc.departments.map((d) => d.name)).toEqual(['デジタル推進課', '職員課']);
    expect(r.changed).toEqual(['t-01']);
  });
  it('counts usage', () => {
    expect(Object.fromEntries(departmentUsage(miniPlan()))).toEqual({ デジタル推進課: 2, 市民課: 1, 職員課: 1 });
  });
});
