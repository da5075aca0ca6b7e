// Shown when saving met a newer stored version: the differing fields side by side (yours / stored),
// and the ways on: take the stored one, or save yours over it knowingly. Never a silent overwrite.
import type { InitiativeView } from '../../../shared/api/contract.ts';
import type { Initiative } from '../../../shared/domain/schema.ts';
import { INITIATIVE_FIELDS } from '../../../shared/editing/plan-state.ts';
import { fieldLabel, formatValue } from '../../../shared/editing/field-labels.ts';
import { sameValue } from '../../../shared/editing/same-value.ts';

export function StalePanel({ mine, stored, onTakeStored, onOverwrite, onClose }: {
  mine: Initiative; stored: InitiativeView; onTakeStored: () => void; onOverwrite: () => void; onClose: () => void;
}) {
  const fields = INITIATIVE_FIELDS.filter((f) => !sameValue(mine[f], stored[f]));
  return (
    <section className="stale-panel" role="alertdialog" aria-labelledby="stale-title" aria-describedby="stale-desc">
      <h2 id="stale-title">保存できませんでした: ほかで変更されています</h2>
      <p id="stale-desc">この取組は、編集を始めた後に別の画面または取り込みで保存されています(保存済みの版 {stored.version})。
        違いを確認して、どちらを残すか選んでください。</p>
      <table className="compare">
        <thead><tr><th scope="col">項目</th><th scope="col">あなたの編集</th><th scope="col">保存されている内容</th></tr></thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f}><th scope="row">{fieldLabel('initiative', f)}</th><td className="multiline">{formatValue(f, mine[f], 2000)}</td><td className="multiline">{formatValue(f, stored[f], 2000)}</td></tr>
          ))}
          {fields.length === 0 && <tr><td colSpan={3}>内容の違いはありません(版だけが進んでいます)。</td></tr>}
        </tbody>
      </table>
      <div className="buttons">
        <button type="button" onClick={onTakeStored}>保存されている内容を読み込む(自分の編集を破棄)</button>
        <button type="button" className="danger" onClick={onOverwrite}>自分の編集で上書きする</button>
        <button type="button" onClick={onClose}>閉じる(編集を続ける)</button>
      </div>
    </section>
  );
}
