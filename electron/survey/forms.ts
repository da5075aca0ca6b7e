// The form file names, and drawing the forms of a round.
import type { Initiative } from '../../shared/domain/schema.ts';
import { fileNamePart } from '../../shared/files/file-names.ts';
import type { RoundSnapshot } from '../../shared/survey/types.ts';
import { layoutForm, type FormLayout } from '../excel/form-layout.ts';
import { writeForm, type FormSpec } from '../excel/form-writer.ts';
import type { FormBlockRef } from '../store/survey-store.ts';
import type { SurveyRoundRow } from '../store/survey-rows.ts';

/** 2025年度実績照会_市民課.xlsx, as Windows keeps it (file-names.ts's fileNamePart). */
export function formFileName(roundName: string, department: string): string {
  return `${fileNamePart(`${roundName}_${department}`)}.xlsx`;
}

/**
 * One file name per 課, distinct within the round as Windows compares names (case and width
 * ignored): 試験/課 and 試験:課 both become 試験_課, so the second gets 試験_課(2).xlsx.
 */
export function uniqueFileNames(roundName: string, departments: readonly string[]): string[] {
  const taken = new Set<string>();
  const key = (n: string) => n.normalize('NFKC').toLowerCase();
  return departments.map((d) => {
    const base = formFileName(roundName, d);
    let name = base;
    for (let k = 2; taken.has(key(name)); k++) name = base.replace(/\.xlsx$/u, `(${k}).xlsx`);
    taken.add(key(name));
    return name;
  });
}

type RoundInfo = Pick<SurveyRoundRow, 'uid' | 'name' | 'fiscal_year' | 'deadline' | 'protect_password'>;

const contextOf = (round: RoundInfo, snapshot: RoundSnapshot, department: string) => ({
  roundName: round.name, fiscalYear: round.fiscal_year, deadline: round.deadline, department, snapshot,
});

export function formSpecOf(round: RoundInfo, snapshot: RoundSnapshot, department: string, initiatives: readonly Initiative[], secret: Buffer): FormSpec {
  return { ...contextOf(round, snapshot, department), roundUid: round.uid, protectionPassword: round.protect_password, formSecret: secret, initiatives };
}

/** The layout of one 課's form, redrawn from the snapshot (what the reader checks a return against). */
export function formLayoutOf(round: RoundInfo, snapshot: RoundSnapshot, department: string, ids: readonly string[]): FormLayout {
  const byId = new Map(snapshot.initiatives.map((i) => [i.id, i]));
  const items = ids.map((id) => byId.get(id)).filter((i): i is Initiative => i !== undefined);
  return layoutForm(contextOf(round, snapshot, department), items);
}

export interface RenderedForm {
  department: string;
  fileName: string;
  initiatives: number;
  buffer: Buffer;
  blocks: FormBlockRef[];
}

/** `secret`: the round's (store/survey-secret.ts), signing each form's metadata. A form drawn again keeps its recorded file name. */
export async function renderForms(round: RoundInfo, snapshot: RoundSnapshot, assignments: { department: string; initiatives: Initiative[]; fileName?: string }[], secret: Buffer): Promise<RenderedForm[]> {
  const out: RenderedForm[] = [];
  const names = uniqueFileNames(round.name, assignments.map((a) => a.department));
  for (const [i, a] of assignments.entries()) {
    const { buffer, blocks } = await writeForm(formSpecOf(round, snapshot, a.department, a.initiatives, secret));
    out.push({ department: a.department, fileName: a.fileName ?? names[i]!, initiatives: a.initiatives.length, buffer, blocks });
  }
  return out;
}
