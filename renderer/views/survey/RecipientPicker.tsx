// Choosing a round's recipients when creating it: every real 課 with initiatives, ticked by
// default; group entries of the 課 master (庁内各課 …) get no form, but real 課 can be named to
// answer for them in this round.
import { useMemo, useState } from 'react';
import { usePlan } from '../../app/plan-context.tsx';

export interface RecipientChoice {
  recipients: string[];
  groupAnswerers: { group: string; departments: string[] }[];
}

export function useRecipientChoice(): [RecipientChoice | null, (c: RecipientChoice) => void] {
  return useState<RecipientChoice | null>(null);
}

export function RecipientPicker({ value, onChange }: { value: RecipientChoice | null; onChange: (c: RecipientChoice) => void }) {
  const { plan, initiatives } = usePlan();
  const master = plan?.departments ?? [];
  const nosOf = useMemo(() => (name: string) => initiatives.filter((i) => i.departments.includes(name)).map((i) => i.no), [initiatives]);
  const real = master.filter((d) => !d.group && nosOf(d.name).length > 0).map((d) => d.name);
  const groups = master.filter((d) => d.group && nosOf(d.name).length > 0).map((d) => d.name);
  const others = master.filter((d) => !d.group).map((d) => d.name);
  const v = value ?? { recipients: real, groupAnswerers: [] };
  const [adding, setAdding] = useState<Record<string, string>>({});
  const toggle = (name: string, on: boolean) => onChange({ ...v, recipients: on ? real.filter((n) => n === name || v.recipients.includes(n)) : v.recipients.filter((n) => n !== name) });
  const answerers = (g: string) => v.groupAnswerers.find((x) => x.group === g)?.departments ?? [];
  const setAnswerers = (g: string, ds: string[]) => onChange({ ...v, groupAnswerers: [...v.groupAnswerers.filter((x) => x.group !== g), ...(ds.length ? [{ group: g, departments: ds }] : [])] });
  return (
    <div className="recipient-picker" role="group" aria-label="照会先">
      <div className="row">
        <span>{v.recipients.length} / {real.length}課に送ります</span>
        <button type="button" onClick={() => onChange({ ...v, recipients: real })}>すべて選ぶ</button>
        <button type="button" onClick={() => onChange({ ...v, recipients: [] })}>すべて外す</button>
      </div>
      <div className="picker-list">
        {real.map((n) => (
          <label key={n}><input type="checkbox" checked={v.recipients.includes(n)} onChange={(e) => toggle(n, e.target.checked)} /> {n}<span className="hint">(No.{nosOf(n).join('、')})</span></label>
        ))}
      </div>
      {groups.length > 0 && (
        <div className="groups" aria-label="課の集まり">
          <div className="hint">課の集まり(照会先にしない)。代わりに答える課を指定すると、その課の様式に取組が入ります。</div>
          {groups.map((g) => (
            <div key={g} className="row" data-group={g}>
              <strong>{g}</strong><span className="hint">No.{nosOf(g).join('、')}</span>
              {answerers(g).map((d) => <span key={d} className="chip">{d} <button type="button" aria-label={`${g}の代わりの${d}を外す`} onClick={() => setAnswerers(g, answerers(g).filter((x) => x !== d))}>×</button></span>)}
              <select aria-label={`${g}の代わりに答える課`} value={adding[g] ?? ''} onChange={(e) => setAdding({ ...adding, [g]: e.target.value })}>
                <option value="">代わりに答える課…</option>
                {others.filter((d) => !answerers(g).includes(d)).map((d) => <option key={d}>{d}</option>)}
              </select>
              <button type="button" disabled={!adding[g]} onClick={() => { setAnswerers(g, [...answerers(g), adding[g]!]); setAdding({ ...adding, [g]: '' }); }}>追加</button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
