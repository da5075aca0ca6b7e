// No., 区分, 方針, 新規, 拡大/拡充, 取組内容, 目的, 活動内容.
import type { ReactNode } from 'react';
import type { PlanView } from '../../../shared/api/contract.ts';
import type { FieldIssue } from '../../../shared/domain/issues.ts';
import type { Initiative } from '../../../shared/domain/schema.ts';
import { issuesAt } from '../../../shared/editing/validate.ts';
import { Field, invalidProps } from '../../components/Field.tsx';

export function BasicFields({ draft, update, plan, issues, reorder }: {
  draft: Initiative; update: (p: Partial<Initiative>) => void; plan: PlanView; issues: FieldIssue[]; reorder?: ReactNode;
}) {
  const at = (f: string) => issuesAt(issues, f);
  return (
    <fieldset className="editor-section basic">
      <legend>基本</legend>
      <div className="row">
        <Field id="ed-no" label="No." issues={at('no')} className="narrow">
          <input id="ed-no" data-field="no" type="number" min={1} max={99999} value={Number.isNaN(draft.no) ? '' : draft.no}
            onChange={(e) => update({ no: e.target.value === '' ? Number.NaN : Number(e.target.value) })} {...invalidProps('ed-no', at('no'))} />
        </Field>
        <Field id="ed-priority" label="区分">
          <select id="ed-priority" data-field="priority" value={draft.priority ? 'priority' : 'normal'} onChange={(e) => update({ priority: e.target.value === 'priority' })}>
            <option value="priority">重点取組事項</option>
            <option value="normal">取組事項</option>
          </select>
        </Field>
        <Field id="ed-policy" label="方針" issues={at('policy')}>
          <select id="ed-policy" data-field="policy" value={draft.policy} onChange={(e) => update({ policy: Number(e.target.value) })} {...invalidProps('ed-policy', at('policy'))}>
            {!plan.policies.some((p) => p.code === draft.policy) && <option value={draft.policy}>方針{draft.policy}(未定義)</option>}
            {plan.policies.map((p) => <option key={p.code} value={p.code}>方針{p.code} {p.name}</option>)}
          </select>
        </Field>
        <div className="field checks">
          <label><input type="checkbox" data-field="isNew" checked={draft.isNew} onChange={(e) => update({ isNew: e.target.checked })} /> 新規</label>
          <label><input type="checkbox" data-field="isExpanded" checked={draft.isExpanded} onChange={(e) => update({ isExpanded: e.target.checked })} /> 拡大/拡充</label>
        </div>
      </div>
      {reorder}
      <Field id="ed-title" label="取組内容(名称)" issues={at('title')}>
        <input id="ed-title" data-field="title" type="text" value={draft.title} onChange={(e) => update({ title: e.target.value })} {...invalidProps('ed-title', at('title'))} />
      </Field>
      <Field id="ed-purpose" label="目的" issues={at('purpose')} hint="改行はそのまま、「・」で始まる行は箇条書きになります">
        <textarea id="ed-purpose" data-field="purpose" rows={4} value={draft.purpose} onChange={(e) => update({ purpose: e.target.value })} {...invalidProps('ed-purpose', at('purpose'))} />
      </Field>
      <Field id="ed-activity" label="活動内容" issues={at('activity')}>
        <textarea id="ed-activity" data-field="activity" rows={6} value={draft.activity} onChange={(e) => update({ activity: e.target.value })} {...invalidProps('ed-activity', at('activity'))} />
      </Field>
    </fieldset>
  );
}
