// The round dashboard: each 課 sent / returned / not yet / refused, and the reminder-mail list.
import type { Database } from 'better-sqlite3';
import type { DepartmentStatus, SurveyRoundStatus } from '../../shared/survey/api-types.ts';
import { formatDate } from '../../shared/domain/fiscal-year.ts';
import { appliesOf, blocksOf, formsOf, returnsOf, roundById, roundSummary } from '../store/survey-store.ts';
import { rejectionsOf } from './rejection-log.ts';

export function reminderText(roundName: string, deadline: string | null, unanswered: readonly string[]): string {
  if (unanswered.length === 0) return `${roundName}: すべての課から回答がありました。`;
  return [
    `${roundName}について、次の${unanswered.length}課からの回答をまだいただいていません。`,
    deadline ? `締切(${formatDate(deadline)})までにご回答をお願いします。` : 'お早めにご回答をお願いします。',
    '',
    ...unanswered.map((d) => `・${d}`),
  ].join('\n');
}

export function roundStatus(db: Database, roundId: number, dbPath: string): SurveyRoundStatus {
  const round = roundById(db, roundId);
  const returns = returnsOf(db, roundId);
  const rejections = rejectionsOf(dbPath).filter((r) => r.roundId === roundId);
  const departments: DepartmentStatus[] = formsOf(db, roundId).map((f) => {
    const mine = returns.filter((r) => r.department === f.department);
    const active = mine.find((r) => r.superseded_by === null) ?? null;
    const lastRejection = rejections.filter((r) => r.department === f.department).at(-1) ?? null;
    const rejectedLater = lastRejection && (!active || lastRejection.at > active.imported_at);
    return {
      department: f.department,
      formFile: f.file_name,
      initiatives: blocksOf(f).length,
      state: active ? 'answered' : rejectedLater ? 'rejected' : 'unanswered',
      returnedAt: active?.imported_at ?? null,
      returnFile: active?.file_name ?? null,
      returnId: active?.id ?? null,
      returns: mine.map((r) => ({ id: r.id, fileName: r.file_name, importedAt: r.imported_at, active: r.superseded_by === null })),
      rejection: rejectedLater ? { fileName: lastRejection.fileName, at: lastRejection.at, reason: lastRejection.reason } : null,
    };
  });
  const unanswered = departments.filter((d) => d.state !== 'answered').map((d) => d.department);
  return {
    round: roundSummary(db, roundId),
    departments,
    unanswered,
    reminderText: reminderText(round.name, round.deadline, unanswered),
    applies: appliesOf(db, roundId),
    unidentified: rejectionsOf(dbPath).filter((r) => r.roundId === null).map((r) => ({ fileName: r.fileName, at: r.at, reason: r.reason })),
  };
}
