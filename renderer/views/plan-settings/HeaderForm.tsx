// 計画の設定: title, edition, organization, dates, plan period, 年号の表記, 前文の項目, 改定履歴, 注記.
import { useState } from 'react';
import { PlanHeader, type PlanHeader as Header } from '../../../shared/domain/schema.ts';
import { toFieldIssues, type FieldIssue } from '../../../shared/domain/issues.ts';
import { issuesAt } from '../../../shared/editing/validate.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { Field, invalidProps } from '../../components/Field.tsx';
import { isComposing } from '../../components/keyboard.ts';
import { showToast } from '../../components/toast.ts';
import { useFormDraft } from '../../components/use-form-draft.ts';
import { useShortcut } from '../../components/use-shortcut.ts';
import { ListControls, moveItem } from '../editor/ListControls.tsx';

const ERA: [Header['eraStyle'], string][] = [['seireki', '西暦(2025年度)'], ['wareki', '和暦(令和7年度)'], ['both', '併記(2025年度(令和7年度))']];
/** 改定履歴 lines are typed one per line; blank lines are dropped when saving. */
const clean = (h: Header): Header => ({ ...h, revisionHistory: h.revisionHistory.map((r) => ({ ...r, summary: r.summary.map((l) => l.trim()).filter((l) => l !== '') })) });

function onEnterSave(save: () => void) {
  return (e: React.KeyboardEvent) => {
    const t = e.target;
    if (e.key !== 'Enter' || !(t instanceof HTMLInputElement) || !['text', 'number'].includes(t.type)) return;
    e.preventDefault();
    if (!isComposing(e)) save();
  };
}

export function HeaderForm({ header, version, readOnly, onSaved }: { header: Header; version: number; readOnly: boolean; onSaved: () => Promise<unknown> }) {
  const { reload } = usePlan();
  const [draft, setDraft, dirty] = useFormDraft('plan-header', header);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const set = (p: Partial<Header>) => setDraft((d) => ({ ...d, ...p }));
  const at = (f: string) => issuesAt(issues, f);

  const save = async () => {
    setError(null);
    const v = PlanHeader.safeParse(clean(draft));
    if (!v.success) {
      setIssues(toFieldIssues(v.error, 50));
      return setError('保存できません。赤く示した項目を確認してください(変更は保存していません)。');
    }
    const r = await api.savePlanHeader({ version, plan: v.data });
    if (!r.ok) {
      setIssues((r.error.issues ?? []).map((i) => ({ ...i, path: i.path.replace(/^plan\./, '') })));
      return setError(r.error.message);
    }
    setIssues([]);
    await onSaved();
    await reload();
    showToast('計画の設定を保存しました');
  };
  useShortcut('save', () => void save(), dirty);

  const text = (f: 'title' | 'edition' | 'organization' | 'division', label: string) => (
    <Field id={`ph-${f}`} label={label} issues={at(f)}>
      <input id={`ph-${f}`} data-field={f} value={draft[f]} onChange={(e) => set({ [f]: e.target.value })} {...invalidProps(`ph-${f}`, at(f))} />
    </Field>
  );
  return (
    <form className="editor plan-form" aria-labelledby="ph-title-h" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}
      onKeyDown={onEnterSave(() => void save())}>
      <div className="editor-head">
        <h2 id="ph-title-h">計画の設定</h2>
        <span className={`save-state ${dirty ? 'dirty' : ''}`} role="status">{dirty ? '● 未保存の変更があります' : '保存済み'}</span>
        <div className="buttons"><button type="submit" className="primary" disabled={readOnly || !dirty}>保存(Ctrl+S)</button></div>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <fieldset className="editor-section">
        <legend>名称と日付</legend>
        {text('title', '計画の名称')}
        {text('edition', '版(例: 2025年度改定版)')}
        <div className="row">{text('organization', '団体名')}{text('division', '担当課')}</div>
        <div className="row">
          <Field id="ph-first" label="計画期間(開始年度)" issues={at('firstFiscalYear')}>
            <input id="ph-first" type="number" value={draft.firstFiscalYear} onChange={(e) => set({ firstFiscalYear: Number(e.target.value) })} {...invalidProps('ph-first', at('firstFiscalYear'))} />
          </Field>
          <Field id="ph-last" label="計画期間(終了年度)" issues={at('lastFiscalYear')}>
            <input id="ph-last" type="number" value={draft.lastFiscalYear} onChange={(e) => set({ lastFiscalYear: Number(e.target.value) })} {...invalidProps('ph-last', at('lastFiscalYear'))} />
          </Field>
          <Field id="ph-established" label="策定日" issues={at('establishedOn')}>
            <input id="ph-established" type="date" value={draft.establishedOn} onChange={(e) => set({ establishedOn: e.target.value })} {...invalidProps('ph-established', at('establishedOn'))} />
          </Field>
          <Field id="ph-revised" label="改定日(なければ空欄)" issues={at('revisedOn')}>
            <input id="ph-revised" type="date" value={draft.revisedOn ?? ''} onChange={(e) => set({ revisedOn: e.target.value || null })} {...invalidProps('ph-revised', at('revisedOn'))} />
          </Field>
        </div>
        <fieldset className="radios">
          <legend>年号の表記</legend>
          {ERA.map(([v, label]) => (
            <label key={v}><input type="radio" name="era" value={v} checked={draft.eraStyle === v} onChange={() => set({ eraStyle: v })} /> {label}</label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset className="editor-section">
        <legend>前文の項目(見出しの番号は順番から付きます)</legend>
        <ol className="ordered blocks labelled">
          {draft.sections.map((s, i) => (
            <li key={i}>
              <Field id={`ph-sec-h-${i}`} label={`${i + 1}. 見出し`} issues={at(`sections[${i}]`)}>
                <input id={`ph-sec-h-${i}`} value={s.heading} onChange={(e) => set({ sections: draft.sections.map((x, k) => (k === i ? { ...x, heading: e.target.value } : x)) })} />
              </Field>
              <Field id={`ph-sec-b-${i}`} label="本文(「・」で始まる行は箇条書き)">
                <textarea id={`ph-sec-b-${i}`} rows={4} value={s.body} onChange={(e) => set({ sections: draft.sections.map((x, k) => (k === i ? { ...x, body: e.target.value } : x)) })} />
              </Field>
              <ListControls index={i} count={draft.sections.length} what={`項目「${s.heading}」`} onMove={(m) => set({ sections: moveItem(draft.sections, i, m) })} onRemove={() => set({ sections: draft.sections.filter((_, k) => k !== i) })} />
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => set({ sections: [...draft.sections, { heading: '', body: '' }] })}>項目を追加</button>
      </fieldset>
      <fieldset className="editor-section">
        <legend>改定履歴</legend>
        <ol className="ordered blocks">
          {draft.revisionHistory.map((h, i) => (
            <li key={i}>
              <div className="row">
                <Field id={`ph-hist-k-${i}`} label="種別">
                  <select id={`ph-hist-k-${i}`} value={h.kind} onChange={(e) => set({ revisionHistory: draft.revisionHistory.map((x, k) => (k === i ? { ...x, kind: e.target.value as '初版' | '改定' } : x)) })}>
                    <option value="初版">初版</option><option value="改定">改定</option>
                  </select>
                </Field>
                <Field id={`ph-hist-d-${i}`} label="日付" issues={at(`revisionHistory[${i}].date`)}>
                  <input id={`ph-hist-d-${i}`} type="date" value={h.date} onChange={(e) => set({ revisionHistory: draft.revisionHistory.map((x, k) => (k === i ? { ...x, date: e.target.value } : x)) })} />
                </Field>
              </div>
              <Field id={`ph-hist-s-${i}`} label="内容(1行に1項目)">
                <textarea id={`ph-hist-s-${i}`} rows={3} value={h.summary.join('\n')} onChange={(e) => set({ revisionHistory: draft.revisionHistory.map((x, k) => (k === i ? { ...x, summary: e.target.value.split('\n') } : x)) })} />
              </Field>
              <ListControls index={i} count={draft.revisionHistory.length} what={`${i + 1}行目の改定履歴`} onMove={(m) => set({ revisionHistory: moveItem(draft.revisionHistory, i, m) })} onRemove={() => set({ revisionHistory: draft.revisionHistory.filter((_, k) => k !== i) })} />
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => set({ revisionHistory: [...draft.revisionHistory, { kind: '改定', date: new Date().toISOString().slice(0, 10), summary: [] }] })}>改定履歴を追加</button>
      </fieldset>
      <fieldset className="editor-section">
        <legend>一覧の下の注記(※は自動で付きます)</legend>
        <ol className="ordered blocks">
          {draft.notes.map((n, i) => (
            <li key={i}>
              <Field id={`ph-note-${i}`} label={`注記 ${i + 1}`}>
                <textarea id={`ph-note-${i}`} rows={2} value={n} onChange={(e) => set({ notes: draft.notes.map((x, k) => (k === i ? e.target.value : x)) })} />
              </Field>
              <ListControls index={i} count={draft.notes.length} what={`注記 ${i + 1}`} onMove={(m) => set({ notes: moveItem(draft.notes, i, m) })} onRemove={() => set({ notes: draft.notes.filter((_, k) => k !== i) })} />
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => set({ notes: [...draft.notes, ''] })}>注記を追加</button>
      </fieldset>
    </form>
  );
}
