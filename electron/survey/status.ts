// The round dashboard: each 課 sent / returned / not yet / refused, and the reminder-mail list.
import type { Database } from 'better-sqlite3';
import type { DepartmentStatus, SurveyRoundStatus } from '../../shared/survey/api-types.ts';
import { formatDate } from '../../shared/domain/fiscal-year.ts';
import type { Department } from '../../shared/domain/schema.ts';
import { DEFAULT_MAIL_BODY, DEFAULT_MAIL_SUBJECT } from '../../shared/survey/mail-template.ts';
import type { RoundSnapshot } from '../../shared/survey/types.ts';
import { readDepartments } from '../store/plan-read.ts';
import { appliesOf, blocksOf, formsOf, groupAnswerersOf, returnsOf, roundById, roundSummary, snapshotOf } from '../store/survey-store.ts';

const contactOf = (d: Department | undefined) => (d?.mail || d?.contactName ? { mail: d.mail ?? null, name: d.contactName ?? null } : null);
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

/** The master's group entries named by the round's initiatives, and who answers for each. */
function groupsOf(snapshot: RoundSnapshot, master: readonly Department[], answerers: ReadonlyMap<string, string[]>): SurveyRoundStatus['groups'] {
  return master.filter((d) => d.group).map((g) => ({
    group: g.name,
    initiatives: snapshot.initiatives.filter((it) => it.departments.includes(g.name)).map((it) => it.no),
    answerers: answerers.get(g.name) ?? [],
  })).filter((g) => g.initiatives.length > 0);
}

export function roundStatus(db: Database, roundId: number, dbPath: string): SurveyRoundStatus {
  const round = roundById(db, roundId);
  const returns = returnsOf(db, roundId);
  const rejections = rejectionsOf(dbPath).filter((r) => r.roundUid === round.uid);
  const contacts = new Map(readDepartments(db, round.plan_id).map((d) => [d.name, d]));
  const departments: DepartmentStatus[] = formsOf(db, roundId).map((f) => {
    const mine = returns.filter((r) => r.department === f.department);
    const active = mine.find((r) => r.superseded_by === null) ?? null;
    const lastRejection = rejections.filter((r) => r.department === f.department).at(-1) ?? null;
    const rejectedLater = lastRejection && (!active || lastRejection.at > active.imported_at);
    return {
      department: f.department,
      formFile: f.file_name,
      initiatives: blocksOf(f).length,
      state: f.removed_at !== null ? 'removed' : active ? 'answered' : rejectedLater ? 'rejected' : 'unanswered',
      addedAt: f.added_at,
      contact: contactOf(contacts.get(f.department)),
      returnedAt: active?.imported_at ?? null,
      returnFile: active?.file_name ?? null,
      returnId: active?.id ?? null,
      returns: mine.map((r) => ({ id: r.id, fileName: r.file_name, importedAt: r.imported_at, active: r.superseded_by === null })),
      rejection: rejectedLater ? { fileName: lastRejection.fileName, at: lastRejection.at, reason: lastRejection.reason } : null,
    };
  });
  const unanswered = departments.filter((d) => d.state === 'unanswered' || d.state === 'rejected').map((d) => d.department);
  return {
    round: roundSummary(db, roundId),
    departments,
    unanswered,
    reminderText: reminderText(round.name, round.deadline, unanswered),
    mail: { subject: round.mail_subject ?? DEFAULT_MAIL_SUBJECT, body: round.mail_body ?? DEFAULT_MAIL_BODY },
    groups: groupsOf(snapshotOf(round), readDepartments(db, round.plan_id), groupAnswerersOf(db, roundId)),
    applies: appliesOf(db, roundId),
    // Files tied to no round, refused since this round began.
    unidentified: rejectionsOf(dbPath).filter((r) => r.roundUid === null && r.at >= round.created_at).map((r) => ({ fileName: r.fileName, at: r.at, reason: r.reason })),
  };
}
