// The merge of a round as it stands: snapshot (base) × active returns × the DB now, with the
// coordinator's decisions attached (only those taken on the situation still in force).
import type { Database } from 'better-sqlite3';
import type { SurveyReview, SurveyReviewItem } from '../../shared/survey/api-types.ts';
import { decisionKey, isDecisionCurrent } from '../../shared/survey/decisions.ts';
import { mergeRound } from '../../shared/survey/merge.ts';
import type { Decision, FieldMerge, ReturnComment, RoundSnapshot } from '../../shared/survey/types.ts';
import { readInitiatives } from '../store/plan-read.ts';
import { activeReturnsForMerge, decisionsOf, roundById, roundSummary, snapshotOf } from '../store/survey-store.ts';
import type { SurveyRoundRow } from '../store/survey-rows.ts';
import type { Initiative } from '../../shared/domain/schema.ts';

export interface RoundMerge {
  round: SurveyRoundRow;
  snapshot: RoundSnapshot;
  current: Map<string, Initiative & { version: number }>;
  items: FieldMerge[];
  comments: ReturnComment[];
  decisions: Map<string, Decision>;
}

export function mergeOf(db: Database, roundId: number): RoundMerge {
  const round = roundById(db, roundId);
  const snapshot = snapshotOf(round);
  const current = new Map(readInitiatives(db, round.plan_id).map((i) => [i.id, i]));
  const { items, comments } = mergeRound({ snapshot, fiscalYear: round.fiscal_year, current, returns: activeReturnsForMerge(db, roundId) });
  return { round, snapshot, current, items, comments, decisions: decisionsOf(db, roundId) };
}

export function reviewOf(db: Database, roundId: number): SurveyReview {
  const m = mergeOf(db, roundId);
  const items: SurveyReviewItem[] = m.items.map((item) => {
    const d = m.decisions.get(decisionKey(item.initiativeId, item.field));
    const current = isDecisionCurrent(item, d);
    return { ...item, decision: current ? d : null, staleDecision: d !== undefined && !current };
  });
  const open = items.filter((i) => i.status !== 'applied');
  return {
    round: roundSummary(db, roundId),
    items,
    comments: m.comments,
    counts: {
      changes: open.filter((i) => i.status === 'change').length,
      conflicts: open.filter((i) => i.status === 'conflict').length,
      unresolvedConflicts: open.filter((i) => i.status === 'conflict' && !i.decision).length,
      decided: open.filter((i) => i.decision).length,
      applied: items.length - open.length,
    },
  };
}
