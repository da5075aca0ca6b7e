// Which audit batches belong to a 庁内照会 apply: the batches an apply wrote and, through undo_of,
// the batches that took them back. The generic undo/redo (history-store.ts) refuses those and
// points to the survey's own 反映履歴: an apply spans several batches (one per returned file) and
// has a record of its own, which only the survey's undo keeps in step with the plan.
import type { Database } from 'better-sqlite3';

export interface SurveyApplyRef {
  applyId: number;
  roundName: string;
}

/** The apply that `batchId` (or the batch its undo chain starts from) was written by; null for any other batch. */
export function surveyApplyOfBatch(db: Database, batchId: number): SurveyApplyRef | null {
  const row = db.prepare(
    `WITH RECURSIVE chain (id, undo_of) AS (
       SELECT id, undo_of FROM change_batch WHERE id = ?
       UNION ALL SELECT b.id, b.undo_of FROM change_batch b JOIN chain c ON b.id = c.undo_of)
     SELECT a.id AS applyId, r.name AS roundName FROM chain c
       JOIN survey_apply_batch x ON x.batch_id = c.id JOIN survey_apply a ON a.id = x.apply_id JOIN survey_round r ON r.id = a.round_id
     LIMIT 1`,
  ).get(batchId) as SurveyApplyRef | undefined;
  return row ?? null;
}

export function surveyApplyRefusal(summary: string, apply: SurveyApplyRef): string {
  return `「${summary}」は庁内照会「${apply.roundName}」の反映(またはその取り消し)のため、ここでは元に戻す・やり直すができません。`
    + '反映を取り消すには「庁内照会」→「反映履歴」の「取り消し」を使ってください(その反映の全項目をまとめて戻し、照会の記録も取り消し済みにします)。'
    + '取り消した反映をやり直すには、照会の確認画面から改めて反映してください。';
}
