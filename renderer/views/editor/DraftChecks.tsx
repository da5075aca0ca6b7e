// 点検 of the unsaved draft (the same pure checks as the 点検 screen), shown while editing.
import { useDeferredValue, useMemo } from 'react';
import type { PlanView } from '../../../shared/api/contract.ts';
import type { Initiative } from '../../../shared/domain/schema.ts';
import { FORMAT } from '../../../shared/domain/schema.ts';
import { runChecks } from '../../../shared/checks/run-checks.ts';

export function DraftChecks({ draft, plan }: { draft: Initiative; plan: PlanView }) {
  const deferred = useDeferredValue(draft);
  const findings = useMemo(() => runChecks(
    { format: FORMAT, plan: plan.plan, policies: plan.policies, departments: plan.departments, initiatives: [deferred] },
  ).findings.filter((f) => f.severity === 'warning'), [deferred, plan]);
  if (findings.length === 0) return null;
  return (
    <section className="draft-checks" aria-labelledby="draft-checks-title">
      <h2 id="draft-checks-title">点検(保存はできます)</h2>
      <ul>{findings.map((f, i) => <li key={i} className={f.severity}><strong>{f.fieldLabel}</strong>: {f.message}</li>)}</ul>
    </section>
  );
}
