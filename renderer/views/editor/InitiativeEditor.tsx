// The editor of one initiative (every field), or of a new one (#/new). Saving is explicit (button,
// Ctrl+S, Enter in a one-line field) and never happens in the middle of an IME conversion; the
// draft is validated with the domain schemas first, and the store refuses a stale version.
import './editor.css';
import '../../components/components.css';
import { useEffect, useRef, useState } from 'react';
import type { InitiativeView } from '../../../shared/api/contract.ts';
import type { FieldIssue } from '../../../shared/domain/issues.ts';
import { validateInitiativeForPlan } from '../../../shared/editing/validate.ts';
import { distinctSourcePlans } from '../../../shared/editing/filters.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { navigate, replaceRoute } from '../../app/router.ts';
import { isComposing } from '../../components/keyboard.ts';
import { useShortcut } from '../../components/use-shortcut.ts';
import { showToast } from '../../components/toast.ts';
import { confirmLeave, setUnsaved } from '../../components/unsaved-guard.ts';
import { confirmAndUndo } from '../history/undo-actions.tsx';
import { BasicFields } from './BasicFields.tsx';
import { DepartmentPicker } from './DepartmentPicker.tsx';
import { SourcePlansEditor } from './SourcePlansEditor.tsx';
import { ScheduleEditor } from './ScheduleEditor.tsx';
import { ResultsEditor } from './ResultsEditor.tsx';
import { StalePanel } from './StalePanel.tsx';
import { DraftChecks } from './DraftChecks.tsx';
import { ReviewMarksPanel } from '../review/ReviewMarksPanel.tsx';
import { ReorderControl } from './ReorderControl.tsx';
import { focusIssue, normalizeDraft, numberIssues, relativeIssues } from './issues.ts';
import { useDraft } from './use-draft.ts';

/** Set by the 点検 screen: the field to focus when the editor opens. */
export const focusFieldRequest = { path: null as string | null };

const ONE_LINE_INPUTS = new Set(['text', 'number', 'search']);

export function InitiativeEditor({ param }: { param: string | null }) {
  const isNew = param === null;
  const { plan, initiatives, reload } = usePlan();
  const { base, draft, dirty, loadError, update, refetch } = useDraft(param);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [stale, setStale] = useState<InitiativeView | null>(null);
  const root = useRef<HTMLFormElement>(null);

  const loaded = draft !== null;
  useEffect(() => {
    if (!loaded || !focusFieldRequest.path) return;
    focusIssue(root.current, focusFieldRequest.path);
    focusFieldRequest.path = null;
  }, [loaded]);

  const save = async (overVersion?: number) => {
    if (!draft || !plan || saving) return;
    setError(null);
    const d = normalizeDraft(draft);
    const others = initiatives.filter((i) => i.id !== d.id);
    const pre = numberIssues(d);
    const v = pre.length ? { ok: false as const, issues: pre } : validateInitiativeForPlan(d, {
      plan: plan.plan, policies: plan.policies, departments: plan.departments, others,
    });
    if (!v.ok) {
      setIssues(v.issues);
      setError(`保存できません。${v.issues.length}件の項目を確認してください(変更は保存していません)。`);
      requestAnimationFrame(() => focusIssue(root.current, v.issues[0]!.path));
      return;
    }
    setSaving(true);
    try {
      const r = base
        ? await api.saveInitiative({ id: base.id, version: overVersion ?? base.version, initiative: v.value })
        : await api.createInitiative({ initiative: v.value });
      if (!r.ok) {
        if (r.error.code === 'STALE_VERSION') setStale((r.error.details as { current: InitiativeView }).current);
        else {
          setIssues(relativeIssues(r.error.issues));
          setError(r.error.message);
        }
        return;
      }
      setIssues([]);
      setStale(null);
      const id = base ? base.id : (r.value as InitiativeView).id;
      await refetch(id);
      await reload();
      showToast(`No.${v.value.no}「${v.value.title}」を保存しました`);
      if (!base) {
        setUnsaved('initiative-editor', false);
        replaceRoute('edit', id);
      }
    } finally {
      setSaving(false);
    }
  };

  useShortcut('save', () => void save());
  // Ctrl+Z / Ctrl+Y outside a text box take back saved changes, but not over an unsaved draft.
  const undoRedo = async (kind: 'undo' | 'redo') => {
    if (dirty) return showToast('保存していない変更があります。保存するか破棄してから、元に戻す/やり直すを使ってください。', 'error');
    if (await confirmAndUndo(kind, reload) && base) await refetch(base.id);
  };
  useShortcut('undo', () => void undoRedo('undo'));
  useShortcut('redo', () => void undoRedo('redo'));

  const onKeyDown = (e: React.KeyboardEvent) => {
    const t = e.target as HTMLElement;
    if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
    if (!(t instanceof HTMLInputElement) || !ONE_LINE_INPUTS.has(t.type)) return;
    e.preventDefault(); // no implicit form submission, ever
    if (isComposing(e)) return; // this Enter confirms a conversion
    void save();
  };

  const cancel = () => {
    if (!confirmLeave()) return;
    if (base) navigate('initiative', base.id);
    else navigate('list');
  };

  if (loadError) return <p role="alert" className="error">{loadError}</p>;
  if (!plan || !draft) return <p role="status">読み込み中…</p>;
  const { firstFiscalYear: first, lastFiscalYear: last, eraStyle: era } = plan.plan;
  return (
    <form className="editor" ref={root} onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); void save(); }} aria-labelledby="editor-title" noValidate>
      <div className="editor-head">
        <h1 id="editor-title">{isNew ? '取組の追加' : `取組の編集 No.${base?.no ?? ''}`}</h1>
        <span className={`save-state ${dirty ? 'dirty' : ''}`} role="status" aria-live="polite">
          {saving ? '保存中…' : dirty ? '● 未保存の変更があります' : '保存済み'}
        </span>
        <div className="buttons">
          <button type="submit" className="primary" disabled={saving || plan.readOnly}>保存(Ctrl+S)</button>
          <button type="button" onClick={cancel}>{dirty ? '破棄して戻る' : '戻る'}</button>
        </div>
      </div>
      {plan.readOnly && <p role="alert" className="error">この計画は読み取り専用のため保存できません。</p>}
      {error && <p role="alert" className="error save-error">{error}</p>}
      {stale && (
        <StalePanel mine={normalizeDraft(draft)} stored={stale}
          onTakeStored={() => { setStale(null); void refetch(stale.id); }}
          onOverwrite={() => void save(stale.version)}
          onClose={() => setStale(null)} />
      )}
      {base && (
        <ReviewMarksPanel stored={base} draft={draft} readOnly={plan.readOnly}
          blocked={dirty ? '保存していない変更があります。「確認済みにする」は保存してから使えます。' : undefined}
          onCleared={async () => { await refetch(base.id); await reload(); }} onGoTo={(f) => focusIssue(root.current, f)} />
      )}
      <BasicFields draft={draft} update={update} plan={plan} issues={issues} reorder={base && (
        <ReorderControl it={base} initiatives={initiatives} dirty={dirty} readOnly={plan.readOnly}
          onMoved={async () => { await reload(); await refetch(base.id); }} />
      )} />
      <DepartmentPicker value={draft.departments} master={plan.departments.map((d) => d.name)} onChange={(departments) => update({ departments })} issues={issues} />
      <SourcePlansEditor value={draft.sourcePlans} known={distinctSourcePlans(initiatives)} onChange={(sourcePlans) => update({ sourcePlans })} issues={issues} />
      <ScheduleEditor value={draft.schedule} first={first} last={last} era={era} onChange={(schedule) => update({ schedule })} issues={issues} />
      <ResultsEditor value={draft.results} first={first} last={last} era={era} onChange={(results) => update({ results })} issues={issues} />
      <DraftChecks draft={draft} plan={plan} />
    </form>
  );
}
