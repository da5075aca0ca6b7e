// Undoing a whole apply: every field it wrote goes back to its value before. Fields edited since
// are listed and left alone unless `force` is given (then the later edits are overwritten).
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import type { Initiative } from '../../shared/domain/schema.ts';
import type { LaterEdit, UndoSurveyApplyResult } from '../../shared/survey/api-types.ts';
import { recordBatch, type AuditEntry } from '../store/audit.ts';
import { autoBackup } from '../store/backup.ts';
import { assertWritable } from '../store/edit-guard.ts';
import { readInitiatives } from '../store/plan-read.ts';
import { ensureDepartments, writeInitiative } from '../store/plan-write.ts';
import { applyById, batchesOfApply, markApplyUndone, roundById } from '../store/survey-store.ts';
import { validateInitiatives } from './apply.ts';

interface EntryRow { batch_id: number; entity_id: string; field: string; old_json: string | null; new_json: string | null }
interface LaterRow { entity_id: string; field: string; at: string; who: string; source: string }

/** JSON with object keys sorted, so that key order never reads as a later edit. */
const stable = (json: string | null): string =>
  JSON.stringify(json === null ? null : JSON.parse(json), (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);

const FIELD_NAMES: Record<string, string> = { results: '実績', schedule: '計画', purpose: '目的', activity: '活動内容' };

function inspect(db: Database, applyId: number) {
  const apply = applyById(db, applyId);
  if (apply.undone_at) throw new AppError('CONFLICT', `この反映は ${apply.undone_at.slice(0, 16).replace('T', ' ')} に ${apply.undone_by ?? ''} が取り消し済みです。`);
  const round = roundById(db, apply.round_id);
  assertWritable(db, round.plan_id);
  const batchIds = batchesOfApply(db, applyId);
  const inList = batchIds.map(() => '?').join(',');
  const entries = db.prepare(`SELECT batch_id, entity_id, field, old_json, new_json FROM change_entry WHERE entity = 'initiative' AND batch_id IN (${inList}) ORDER BY id`)
    .all(...batchIds) as EntryRow[];
  const current = new Map(readInitiatives(db, round.plan_id).map((i) => [i.id, i]));
  const laterQuery = db.prepare(
    `SELECT e.entity_id, e.field, b.at, b.who, b.source FROM change_entry e JOIN change_batch b ON b.id = e.batch_id
     WHERE e.entity = 'initiative' AND e.entity_id = ? AND e.field = ? AND e.batch_id > ? ORDER BY b.id`,
  );
  const last = Math.max(...batchIds);
  const later: LaterEdit[] = [];
  for (const e of entries) {
    const it = current.get(e.entity_id);
    const now = it ? JSON.stringify((it as unknown as Record<string, unknown>)[e.field] ?? null) : null;
    if (now !== null && stable(now) === stable(e.new_json)) continue;
    const rows = laterQuery.all(e.entity_id, e.field, last) as LaterRow[];
    const no = it?.no ?? null;
    if (rows.length === 0) later.push({ initiativeId: e.entity_id, no, field: e.field, at: '', who: '不明', source: it ? '記録なし' : '取組の削除' });
    for (const r of rows) later.push({ initiativeId: e.entity_id, no, field: e.field, at: r.at, who: r.who, source: r.source });
  }
  return { apply, round, batchIds, entries, current, later };
}

const describe = (l: LaterEdit) =>
  `・${l.no !== null ? `No.${l.no}` : l.initiativeId} ${FIELD_NAMES[l.field] ?? l.field}: ${l.at ? `${l.at.slice(0, 16).replace('T', ' ')} ` : ''}${l.who}(${l.source})`;

export async function undoApply(db: Database, applyId: number, force: boolean, ctx: { user: string; source: string; dbPath: string }): Promise<UndoSurveyApplyResult> {
  const pre = inspect(db, applyId);
  if (pre.later.length > 0 && !force) {
    throw new AppError('CONFLICT', `反映の後に同じ項目が変更されています。取り消すとこれらの変更も元に戻ります。よければ「上書きして取り消す」を選んでください:\n${pre.later.slice(0, 15).map(describe).join('\n')}`, {
      details: { laterEdits: pre.later },
    });
  }
  const backupPath = await autoBackup(db, ctx.dbPath, 'survey-undo');
  return db.transaction(() => {
    const x = inspect(db, applyId);
    if (x.later.length > 0 && !force) throw new AppError('CONFLICT', '確認中に内容が変わりました。もう一度取り消しを実行してください。');
    const planId = x.round.plan_id;
    const restored = new Map<string, Initiative>();
    const byBatch = new Map<number, AuditEntry[]>();
    // Newest entries first, so that a field written twice ends at its oldest value.
    for (const e of [...x.entries].reverse()) {
      const base = restored.get(e.entity_id) ?? (() => {
        const it = x.current.get(e.entity_id);
        if (!it) return undefined;
        const { version: _v, ...rest } = it;
        return rest as Initiative;
      })();
      if (!base) continue; // deleted since: nothing to restore into (listed as a later edit)
      const old = e.old_json === null ? null : (JSON.parse(e.old_json) as unknown);
      const now = (base as unknown as Record<string, unknown>)[e.field];
      restored.set(e.entity_id, { ...base, [e.field]: old } as Initiative);
      const list = byBatch.get(e.batch_id) ?? [];
      list.push({ entity: 'initiative', entityId: e.entity_id, field: e.field, oldValue: now, newValue: old });
      byBatch.set(e.batch_id, list);
    }
    validateInitiatives(db, planId, restored, '反映を取り消す');
    const deptIds = ensureDepartments(db, planId, []);
    for (const it of restored.values()) writeInitiative(db, planId, it, deptIds);
    const setUndone = db.prepare('UPDATE change_batch SET undone_by = ? WHERE id = ?');
    for (const batchId of x.batchIds) {
      const undoId = recordBatch(db, planId, { who: ctx.user, source: ctx.source }, `照会「${x.round.name}」の反映を取り消し`, byBatch.get(batchId) ?? [], { undoOf: batchId });
      if (undoId !== null) setUndone.run(undoId, batchId);
    }
    markApplyUndone(db, applyId, new Date().toISOString(), ctx.user);
    return { applyId, restored: x.entries.length, overwritten: x.later, backupPath };
  }).immediate();
}
