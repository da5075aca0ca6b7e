// The per-round secret that signs a form's metadata (migration survey-secret). Never leaves the
// DB: not in a form, not in an API result, not in a log.
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';

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

export function insertRoundSecret(db: Database, roundId: number, secret: Buffer): void {
  db.prepare('INSERT INTO survey_round_secret (round_id, secret, forms_unsigned) VALUES (?, ?, 0)').run(roundId, secret);
}
