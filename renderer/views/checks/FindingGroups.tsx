// The grouped findings: one collapsible block per rule, inside it one per 課, each with its count.
// A large group starts with its 課 closed, so that 44 alike rows read as a few counted lines.
import type { Finding } from '../../../shared/checks/types.ts';
import { focusFieldRequest } from '../editor/InitiativeEditor.tsx';
import type { RuleGroup } from './group-findings.ts';

const SEVERITY = { error: 'エラー', warning: '注意' } as const;
const OPEN_BELOW = 12;

function FindingRow({ f, sharedWith }: { f: Finding; sharedWith: string[] }) {
  const where = f.initiativeId === null ? '計画の設定' : `No.${f.no}「${f.title}」`;
  const href = f.initiativeId === null ? '#/plan-settings' : `#/edit/${encodeURIComponent(f.initiativeId)}`;
  return (
    <tr className={`finding ${f.severity}`} data-rule={f.rule}>
      <td><span className={`severity ${f.severity}`}>{SEVERITY[f.severity]}</span></td>
      <td>
        <a href={href} onClick={() => { focusFieldRequest.path = f.field; }}>{where}</a>
        {sharedWith.length > 0 && <span className="shared-with">(共同: {sharedWith.join('・')})</span>}
      </td>
      <td>{f.fieldLabel}</td>
      <td>{f.message}</td>
    </tr>
  );
}

export function FindingGroups({ groups }: { groups: RuleGroup[] }) {
  return (
    <div className="finding-groups">
      {groups.map((g) => (
        <details key={g.rule} className="rule-group" data-rule={g.rule} open>
          <summary>
            <span className={`severity ${g.severity}`}>{SEVERITY[g.severity]}</span>
            <span className="rule-label">{g.label}</span>
            <span className="count">{g.count}件(課 {g.departments.length})</span>
          </summary>
          {g.departments.map((d) => (
            <details key={d.department} className="dept-group" data-department={d.department} open={g.count < OPEN_BELOW}>
              <summary><span className="dept-name">{d.department}</span><span className="count">{d.findings.length}件</span></summary>
              <table className="findings">
                <thead><tr><th scope="col">重大度</th><th scope="col">取組</th><th scope="col">項目</th><th scope="col">内容</th></tr></thead>
                <tbody>{d.findings.slice(0, 2000).map((f, i) => <FindingRow key={i} f={f} sharedWith={d.sharedWith[i]!} />)}</tbody>
              </table>
            </details>
          ))}
        </details>
      ))}
    </div>
  );
}
