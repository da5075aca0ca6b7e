// Writing only the changed parts of existing initiatives (a 課 rename touches one child table of
// hundreds of initiatives; renumbering touches one column), with statements prepared once per batch.
import type { Database } from 'better-sqlite3';
import type { Initiative } from '../../shared/domain/schema.ts';
import { sameValue } from '../../shared/editing/same-value.ts';
import { liveMarks } from '../../shared/domain/review-marks.ts';
import { insertLiveMarks } from './plan-write.ts';

const b = (v: boolean) => (v ? 1 : 0);

export type Patcher = (before: Initiative, after: Initiative, deletedAt: string | null) => void;

/** Returns a function that updates one existing initiative from `before` to `after` and bumps its version. */
export function initiativePatcher(db: Database, deptIds: ReadonlyMap<string, number>): Patcher {
  const scalars = db.prepare(`UPDATE initiative SET no = @no, priority = @priority, policy_code = @policy, is_new = @isNew,
    is_expanded = @isExpanded, title = @title, purpose = @purpose, activity = @activity, deleted_at = @deletedAt, version = version + 1 WHERE id = @id`);
  const del = {
    departments: db.prepare('DELETE FROM initiative_department WHERE initiative_id = ?'),
    sourcePlans: db.prepare('DELETE FROM source_plan WHERE initiative_id = ?'),
    schedule: db.prepare('DELETE FROM schedule_bar WHERE initiative_id = ?'),
    results: db.prepare('DELETE FROM result WHERE initiative_id = ?'),
    reviewMarks: db.prepare('DELETE FROM review_mark WHERE initiative_id = ?'),
  };
  const ins = {
    departments: db.prepare('INSERT INTO initiative_department (initiative_id, pos, department_id) VALUES (?, ?, ?)'),
    sourcePlans: db.prepare('INSERT INTO source_plan (initiative_id, pos, name, ref) VALUES (?, ?, ?, ?)'),
    schedule: db.prepare('INSERT INTO schedule_bar (initiative_id, pos, lane, label, from_fy, to_fy) VALUES (?, ?, ?, ?, ?, ?)'),
    results: db.prepare('INSERT INTO result (initiative_id, fiscal_year, pos, text) VALUES (?, ?, ?, ?)'),
  };
  return (before, it, deletedAt) => {
    const id = it.id;
    scalars.run({
      id, no: it.no, priority: b(it.priority), policy: it.policy, isNew: b(it.isNew), isExpanded: b(it.isExpanded),
      title: it.title, purpose: it.purpose, activity: it.activity, deletedAt,
    });
    if (!sameValue(before.departments, it.departments)) {
      del.departments.run(id);
      it.departments.forEach((d, i) => {
        const deptId = deptIds.get(d);
        if (deptId === undefined) throw new Error(`課「${d}」が課の一覧にありません`);
        ins.departments.run(id, i, deptId);
      });
    }
    if (!sameValue(before.sourcePlans, it.sourcePlans)) {
      del.sourcePlans.run(id);
      it.sourcePlans.forEach((s, i) => ins.sourcePlans.run(id, i, s.name, s.ref));
    }
    if (!sameValue(before.schedule, it.schedule)) {
      del.schedule.run(id);
      it.schedule.forEach((s, i) => ins.schedule.run(id, i, s.lane, s.label, s.from, s.to));
    }
    if (!sameValue(before.results, it.results)) {
      del.results.run(id);
      it.results.forEach((r, i) => ins.results.run(id, r.fiscalYear, i, r.text));
    }
    if (!sameValue(liveMarks(before), liveMarks(it))) {
      del.reviewMarks.run(id);
      insertLiveMarks(db, it);
    }
  };
}

