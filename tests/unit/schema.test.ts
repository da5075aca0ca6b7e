import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PlanDocument, findLaneOverlap } from '../../shared/domain/document.ts';
import { Initiative, IsoDate, ScheduleBar } from '../../shared/domain/schema.ts';
import { describeIssues } from '../../shared/domain/issues.ts';

const mini = () => JSON.parse(readFileSync(new URL('../fixtures/mini-plan.json', import.meta.url), 'utf8'));

describe('PlanDocument', () => {
  it('accepts the fixture', () => {
    expect(PlanDocument.safeParse(mini()).success).toBe(true);
  });
  it('names the JSON path and a Japanese reason for each error', () => {
    const doc = mini();
    doc.initiatives[1].title = '  ';
    doc.initiatives[0].schedule[0].to = 2030;
    const r = PlanDocument.safeParse(doc);
    expect(r.success).toBe(false);
    const text = describeIssues(r.error!);
    expect(text).toContain('initiatives[1].title: 入力してください');
    expect(text).toMatch(/initiatives\[0\]\.schedule\[0\]: 計画の年度\(2024〜2030\)が計画期間\(2024〜2026\)の外です/);
  });
  it('refuses unknown keys, duplicate No. and ids, unknown 方針 and 課', () => {
    const doc = mini();
    doc.initiatives[1].no = 1;
    doc.initiatives[1].id = 't-01';
    doc.initiatives[1].policy = 9;
    doc.initiatives[1].departments = ['存在しない課'];
    doc.plan.extra = 1;
    const text = describeIssues(PlanDocument.safeParse(doc).error!, 50);
    expect(text).toContain('No.1 が重複しています');
    expect(text).toContain('ID「t-01」が重複しています');
    expect(text).toContain('方針 9 は定義されていません');
    expect(text).toContain('課「存在しない課」は課の一覧にありません');
    expect(text).toContain('plan');
  });
  it('refuses __proto__ keys instead of merging them', () => {
    const doc = JSON.parse(JSON.stringify(mini()).replace('"title":"テスト計画', '"__proto__":{"polluted":1},"title":"テスト計画'));
    expect(PlanDocument.safeParse(doc).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('field rules', () => {
  it('bars need from ≤ to and lanes must not overlap', () => {
    expect(ScheduleBar.safeParse({ label: 'x', from: 2026, to: 2025, lane: 0 }).success).toBe(false);
    expect(findLaneOverlap([{ from: 2024, to: 2025, lane: 0 }, { from: 2025, to: 2026, lane: 0 }])).toBe(1);
    expect(findLaneOverlap([{ from: 2024, to: 2024, lane: 0 }, { from: 2025, to: 2026, lane: 0 }])).toBeNull();
    expect(findLaneOverlap([{ from: 2024, to: 2026, lane: 0 }, { from: 2025, to: 2026, lane: 1 }])).toBeNull();
  });
  it('dates must exist', () => {
    expect(IsoDate.safeParse('2025-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2024/02/29').success).toBe(false);
  });
  it('an initiative needs a title and at least one 課', () => {
    const it0 = mini().initiatives[0];
    expect(Initiative.safeParse({ ...it0, departments: [] }).success).toBe(false);
    expect(Initiative.safeParse({ ...it0, title: '' }).success).toBe(false);
    expect(Initiative.safeParse(it0).success).toBe(true);
  });
});
