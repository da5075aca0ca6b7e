// The per-round secret that signs a form's metadata (migration survey-secret). Never leaves the
// DB: not in a form, not in an API result, not in a log.
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';

export interface RoundSecret {
  secret: Buffer;
  /** The round's forms were sent before forms were signed: a return without a signature is read as before. */
  formsUnsigned: boolean;
}

export const newRoundSecret = () => randomBytes(32);

export function roundSecret(db: Database, roundId: number): RoundSecret | null {
  const row = db.prepare('SELECT secret, forms_unsigned FROM survey_round_secret WHERE round_id = ?').get(roundId) as { secret: Buffer; forms_unsigned: number } | undefined;
  return row ? { secret: row.secret, formsUnsigned: row.forms_unsigned === 1 } : null;
}

/** The secret forms of this round are signed with; every round has one (rounds from before signing get one by the migration). */
export function requireRoundSecret(db: Database, round: { id: number; name: string }): Buffer {
  const s = roundSecret(db, round.id);
  if (!s) throw new AppError('INTERNAL', `照会「${round.name}」の照合用の鍵がデータベースにありません。`);
  return s.secret;
}

export function insertRoundSecret(db: Database, roundId: number, secret: Buffer): void {
  db.prepare('INSERT INTO survey_round_secret (round_id, secret, forms_unsigned) VALUES (?, ?, 0)').run(roundId, secret);
}
