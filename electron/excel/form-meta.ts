// The metadata sheet of a form: which round, which 課, which blocks — and a signature over all of
// it (HMAC-SHA256 with the round's secret, kept in the DB only). Writer and reader share these
// rows, so the signature is computed over exactly what the reader sees.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { normalizeCellText } from '../../shared/survey/normalize.ts';
import type { FormBlockRef } from '../store/survey-store.ts';
import { FORM_FORMAT, FORM_VERSION } from './form-layout.ts';

/** The key of the signature row (its value in column B). */
export const MAC_KEY = 'mac';

export interface MetaFields {
  roundUid: string;
  roundName: string;
  department: string;
  fiscalYear: number;
  blocks: readonly FormBlockRef[];
}

/** The rows of the metadata sheet as written (row 1 first), without the signature row. */
export function metaRows(m: MetaFields): string[][] {
  return [
    ['format', FORM_FORMAT], ['version', String(FORM_VERSION)], ['round', m.roundUid], ['roundName', m.roundName],
    ['department', m.department], ['fiscalYear', String(m.fiscalYear)], ['blocks', String(m.blocks.length)],
    ...m.blocks.map((r) => ['block', r.id, String(r.top), r.hash]),
  ];
}

/** Rows as the reader sees them: texts normalized, trailing empty cells dropped, each with its row number. */
export function canonicalRows(rows: readonly (readonly string[])[]): string[][] {
  const out: string[][] = [];
  rows.forEach((cells, i) => {
    const norm = cells.map((c) => normalizeCellText(c));
    while (norm.length > 0 && norm.at(-1) === '') norm.pop();
    if (norm.length > 0 && norm[0] !== MAC_KEY) out.push([String(i + 1), ...norm]);
  });
  return out;
}

export function metaMac(rows: readonly (readonly string[])[], secret: Buffer): string {
  return createHmac('sha256', secret).update(JSON.stringify(canonicalRows(rows))).digest('hex');
}

export function macMatches(rows: readonly (readonly string[])[], secret: Buffer, mac: string): boolean {
  const want = Buffer.from(metaMac(rows, secret), 'hex');
  const got = Buffer.from(/^[0-9a-f]{64}$/u.test(mac) ? mac : '', 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}
