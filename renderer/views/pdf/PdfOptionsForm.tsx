// What goes into the PDF: the whole plan, chosen initiatives or one 課's, and how years are written.
import type { FormEvent } from 'react';
import type { InitiativeView } from '../../../shared/api/contract.ts';
import type { EraStyle } from '../../../shared/domain/schema.ts';
import type { WorkingCopyStatus } from '../../../shared/revisions/types.ts';
import { formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { InitiativeChecklist } from './InitiativeChecklist.tsx';
import type { PdfInput } from './use-pdf-job.ts';

export type Scope = 'all' | 'selected' | 'department';

export interface PdfChoice {
  scope: Scope;
  nos: number[];
  department: string;
  era: EraStyle;
  /** The working copy, or the newest frozen revision of the plan. */
  edition: 'working' | 'frozen';
}

const SCOPES: { value: Scope; label: string }[] = [
  { value: 'all', label: '計画全体' },
  { value: 'selected', label: '選んだ取組' },
  { value: 'department', label: '1つの課' },
];
const ERAS: EraStyle[] = ['seireki', 'wareki', 'both'];
const ERA_LABEL: Record<EraStyle, string> = { seireki: '西暦', wareki: '和暦', both: '併記' };

/** Why the choice cannot be made into a PDF yet (null when it can). */
export function choiceProblem(c: PdfChoice): string | null {
  if (c.scope === 'selected' && c.nos.length === 0) return '取組を1つ以上選んでください。';
  if (c.scope === 'department' && !c.department) return '課を選んでください。';
  return null;
}

export function choiceToInput(c: PdfChoice): PdfInput {
  const common = { era: c.era, edition: c.edition };
  if (c.scope === 'selected') return { only: c.nos, ...common };
  if (c.scope === 'department') return { department: c.department, ...common };
  return common;
}

/** 作業中 / 確定済みの改定版: which one the PDF prints, and whether the working copy is marked. */
function EditionChoice({ status, edition, onChange }: { status: WorkingCopyStatus | null; edition: PdfChoice['edition']; onChange: (e: PdfChoice['edition']) => void }) {
  const last = status?.lastRevision ?? null;
  const workingHint = !status ? '' : status.differs ? '確定後に変更があるため、各ページに「作業中(未確定)」と入ります' : `確定済みの「${last?.label ?? ''}」と同じ内容です`;
  return (
    <fieldset className="pdf-radios">
      <legend>版</legend>
      <label>
        <input type="radio" name="pdf-edition" value="working" checked={edition === 'working'} onChange={() => onChange('working')} /> 作業中の計画
        {workingHint && <span className="hint">({workingHint})</span>}
      </label>
      <label>
        <input type="radio" name="pdf-edition" value="frozen" checked={edition === 'frozen'} disabled={!last} onChange={() => onChange('frozen')} /> 確定済みの改定版
        <span className="hint">({last ? `${last.label}・確定時の内容のまま` : 'まだ確定した改定版がありません'})</span>
      </label>
    </fieldset>
  );
}

export function PdfOptionsForm({ choice, onChange, initiatives, departments, sampleYear, busy, onSubmit, status = null }: {
  choice: PdfChoice;
  status?: WorkingCopyStatus | null;
  onChange: (c: PdfChoice) => void;
  initiatives: InitiativeView[];
  departments: string[];
  sampleYear: number;
  busy: boolean;
  onSubmit: () => void;
}) {
  const problem = choiceProblem(choice);
  const set = (patch: Partial<PdfChoice>) => onChange({ ...choice, ...patch });
  const count = (d: string) => initiatives.filter((it) => it.departments.includes(d)).length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!problem && !busy) onSubmit();
  };
  return (
    <form className="pdf-options" aria-label="PDF の内容" onSubmit={submit}>
      <EditionChoice status={status} edition={choice.edition} onChange={(edition) => set({ edition })} />
      <fieldset className="pdf-radios">
        <legend>範囲</legend>
        {SCOPES.map((s) => (
          <label key={s.value}>
            <input type="radio" name="pdf-scope" value={s.value} checked={choice.scope === s.value} onChange={() => set({ scope: s.value })} /> {s.label}
          </label>
        ))}
      </fieldset>
      {choice.scope === 'selected' && (
        <InitiativeChecklist initiatives={initiatives} selected={choice.nos} onChange={(nos) => set({ nos })} />
      )}
      {choice.scope === 'department' && (
        <div className="field pdf-dept">
          <label htmlFor="pdf-dept">課</label>
          <select id="pdf-dept" value={choice.department} onChange={(e) => set({ department: e.target.value })}>
            <option value="">課を選んでください</option>
            {departments.map((d) => {
              const n = count(d);
              return <option key={d} value={d} disabled={n === 0}>{d}(取組 {n} 件)</option>;
            })}
          </select>
          <span className="hint">その課が実施課になっている取組だけの PDF です(課に送るとき)。</span>
        </div>
      )}
      <fieldset className="pdf-radios">
        <legend>年の表記</legend>
        {ERAS.map((e) => (
          <label key={e}>
            <input type="radio" name="pdf-era" value={e} checked={choice.era === e} onChange={() => set({ era: e })} /> {ERA_LABEL[e]}
            <span className="hint">(例: {formatFiscalYear(sampleYear, e)})</span>
          </label>
        ))}
      </fieldset>
      <div className="toolbar">
        <button type="submit" className="primary" disabled={busy || problem !== null} aria-describedby={problem ? 'pdf-problem' : undefined}>
          {busy ? '作成中…' : 'PDF を作成'}
        </button>
        {problem && <span id="pdf-problem" className="hint">{problem}</span>}
      </div>
    </form>
  );
}
