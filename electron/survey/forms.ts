// The form file names, and drawing the forms of a round.
import type { Initiative } from '../../shared/domain/schema.ts';
import type { RoundSnapshot } from '../../shared/survey/types.ts';
import { layoutForm, type FormLayout } from '../excel/form-layout.ts';
import { writeForm, type FormSpec } from '../excel/form-writer.ts';
import type { FormBlockRef } from '../store/survey-store.ts';
import type { SurveyRoundRow } from '../store/survey-rows.ts';

/** 2025年度実績照会_市民課.xlsx; characters Windows forbids in file names become _. */
export function formFileName(roundName: string, department: string): string {
  return `${roundName}_${department}.xlsx`.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '_');
}

type RoundInfo = Pick<SurveyRoundRow, 'uid' | 'name' | 'fiscal_year' | 'deadline' | 'protect_password'>;

export function formSpecOf(round: RoundInfo, snapshot: RoundSnapshot, department: string, initiatives: readonly Initiative[]): FormSpec {
  return {
    roundUid: round.uid, roundName: round.name, fiscalYear: round.fiscal_year, deadline: round.deadline, department,
    protectionPassword: round.protect_password, snapshot, initiatives,
  };
}

/** The layout of one 課's form, redrawn from the snapshot (what the reader checks a return against). */
export function formLayoutOf(round: RoundInfo, snapshot: RoundSnapshot, department: string, ids: readonly string[]): FormLayout {
  const byId = new Map(snapshot.initiatives.map((i) => [i.id, i]));
  const items = ids.map((id) => byId.get(id)).filter((i): i is Initiative => i !== undefined);
  return layoutForm(formSpecOf(round, snapshot, department, items), items);
}

export interface RenderedForm {
  department: string;
  fileName: string;
  initiatives: number;
  buffer: Buffer;
  blocks: FormBlockRef[];
}

export async function renderForms(round: RoundInfo, snapshot: RoundSnapshot, assignments: { department: string; initiatives: Initiative[] }[]): Promise<RenderedForm[]> {
  const out: RenderedForm[] = [];
  for (const a of assignments) {
    const { buffer, blocks } = await writeForm(formSpecOf(round, snapshot, a.department, a.initiatives));
    out.push({ department: a.department, fileName: formFileName(round.name, a.department), initiatives: a.initiatives.length, buffer, blocks });
  }
  return out;
}
