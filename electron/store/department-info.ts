// What the 課 master says of each 課 beyond its name: a group entry (not one 課, never sent a
// form) and the contact for 庁内照会 mails. Kept on the department row, so reordering keeps it.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { Department } from '../../shared/domain/schema.ts';
import { recordBatch, type AuditEntry, type AuditSource } from './audit.ts';
import { assertWritable } from './edit-guard.ts';
import { currentPlanId, readDepartments } from './plan-read.ts';

/** Writes the flag and contact of each named 課 (rows must exist; callers are in a transaction). */
export function writeDepartmentInfo(db: Database, planId: number, departments: readonly Department[]): void {
  const upd = db.prepare('UPDATE department SET is_group = ?, mail = ?, contact_name = ? WHERE plan_id = ? AND name = ?');
  for (const d of departments) upd.run(d.group ? 1 : 0, d.mail ?? null, d.contactName ?? null, planId, d.name);
}

/** Saves the group flags and contacts of the master (names must exist), audited as one batch. */
export function saveDepartmentInfo(db: Database, src: AuditSource, list: readonly { name: string; group: boolean; mail: string; contactName: string }[]): { changed: number } {
  return db.transaction(() => {
    const planId = currentPlanId(db);
    assertWritable(db, planId);
    const before = new Map(readDepartments(db, planId).map((d) => [d.name, d]));
    const unknown = list.filter((d) => !before.has(d.name)).map((d) => d.name);
    if (unknown.length > 0) throw new AppError('NOT_FOUND', `課の一覧にない課があります: ${unknown.join('、')}。画面を開き直してください。変更していません。`);
    const badMail = list.filter((d) => d.mail !== '' && !Department.shape.mail.safeParse(d.mail).success);
    if (badMail.length > 0) {
      throw new AppError('BAD_INPUT', `メールアドレスの形が正しくありません(${badMail.map((d) => `${d.name}:「${d.mail}」`).join('、')})。例: shimin@city.hiratsuka.kanagawa.jp の形で入力してください。保存していません。`);
    }
    const entries: AuditEntry[] = [];
    const next: Department[] = [];
    for (const d of list) {
      const after: Department = { name: d.name, ...(d.group ? { group: true as const } : {}), ...(d.mail ? { mail: d.mail } : {}), ...(d.contactName ? { contactName: d.contactName } : {}) };
      const was = before.get(d.name)!;
      if (JSON.stringify(was) === JSON.stringify(after)) continue;
      entries.push({ entity: 'department', entityId: d.name, field: 'info', oldValue: was, newValue: after });
      next.push(after);
    }
    writeDepartmentInfo(db, planId, next);
    recordBatch(db, planId, src, `課の照会先の設定を変更(${entries.length}課)`, entries);
    return { changed: entries.length };
  }).immediate();
}
