// 取組一覧: (1) 重点取組事項 and (2) 取組事項, columns as in the published list.
import type { InitiativeView } from '../../../shared/api/contract.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { navigate } from '../../app/router.ts';

function Group({ caption, items, policyName }: { caption: string; items: InitiativeView[]; policyName: (c: number) => string }) {
  return (
    <section className="list-group">
      <h2>{caption}<span className="count">{items.length}件</span></h2>
      <table className="initiative-table">
        <thead>
          <tr>
            <th scope="col">No.</th><th scope="col">区分</th><th scope="col">新規</th><th scope="col">拡大/拡充</th>
            <th scope="col">取組内容</th><th scope="col">実施課</th><th scope="col">備考</th>
          </tr>
        </thead>
        <tbody>
          {items.map((it) => (
            <tr key={it.id} data-no={it.no} tabIndex={0} onClick={() => navigate('initiative', it.id)}
              onKeyDown={(e) => { if (e.key === 'Enter') navigate('initiative', it.id); }}>
              <td className="num">{it.no}</td>
              <td>方針{it.policy} {policyName(it.policy)}</td>
              <td className="mark">{it.isNew ? '○' : ''}</td>
              <td className="mark">{it.isExpanded ? '○' : ''}</td>
              <td><a href={`#/initiative/${encodeURIComponent(it.id)}`}>{it.title}</a></td>
              <td>{it.departments.map((d) => <div key={d}>{d}</div>)}</td>
              <td>{it.sourcePlans.map((s, i) => <div key={i}>{s.name}</div>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function InitiativeList() {
  const { plan, initiatives } = usePlan();
  const policyName = (code: number) => plan?.policies.find((p) => p.code === code)?.name ?? '';
  return (
    <div className="initiative-list">
      <Group caption="(1)重点取組事項" items={initiatives.filter((i) => i.priority)} policyName={policyName} />
      <Group caption="(2)取組事項" items={initiatives.filter((i) => !i.priority)} policyName={policyName} />
    </div>
  );
}
