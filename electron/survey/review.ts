// The merge of a round as it stands: snapshot (base) × active returns × the DB now, each item with
// its state from the decisions and applies recorded, and the one count of them.
import type { Database } from 'better-sqlite3';
import type { SurveyReview, SurveyReviewItem } from '../../shared/survey/api-types.ts';
import { decisionKey } from '../../shared/survey/decisions.ts';
import { countItems, verdictOf } from '../../shared/survey/item-state.ts';
import { mergeRound } from '../../shared/survey/merge.ts';
import type { ReturnComment, RoundSnapshot } from '../../shared/survey/types.ts';
import type { Initiative } from '../../shared/domain/schema.ts';
import { readInitiatives } from '../store/plan-read.ts';
import { appliedItems, latestDecisions } from '../store/survey-decision-store.ts';
import { activeReturnsForMerge, formsOf, roundById, roundSummary, snapshotOf } from '../store/survey-store.ts';
import type { SurveyRoundRow } from '../store/survey-rows.ts';

export interface RoundMerge {
  round: SurveyRoundRow;
  snapshot: RoundSnapshot;
  current: Map<string, Initiative & { version: number }>;
  items: SurveyReviewItem[];
  comments: ReturnComment[];
}

export function mergeOf(db: Database, roundId: number): RoundMerge {
  const round = roundById(db, roundId);
  const snapshot = snapshotOf(round);
  const current = new Map(readInitiatives(db, round.plan_id).map((i) => [i.id, i]));
  const merged = mergeRound({ snapshot, fiscalYear: round.fiscal_year, current, returns: activeReturnsForMerge(db, roundId) });
  const decisions = latestDecisions(db, roundId);
  const applies = appliedItems(db, roundId);
  const removed = new Set(formsOf(db, roundId).filter((f) => f.removed_at !== null).map((f) => f.department));
  const items = merged.items.map((item) => {
    const key = decisionKey(item.initiativeId, item.field);
    return { ...item, ...verdictOf(item, decisions.get(key) ?? null, applies.get(key) ?? null, removed) };
  });
  return { round, snapshot, current, items, comments: merged.comments };
}

export function reviewOf(db: Database, roundId: number): SurveyReview {
  const m = mergeOf(db, roundId);
  return { round: roundSummary(db, roundId), items: m.items, comments: m.comments, counts: countItems(m.items) };
}
