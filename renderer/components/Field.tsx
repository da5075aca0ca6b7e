// A labelled form field with its messages: the label names the control, errors are announced and
// tied to the control (aria-describedby / aria-invalid set by the caller through `errorId`).
import type { ReactNode } from 'react';
import type { FieldIssue } from '../../shared/domain/issues.ts';

export function fieldErrorId(id: string): string {
  return `${id}-error`;
}

export function Field({ id, label, issues, hint, children, className }: {
  id: string; label: ReactNode; issues?: readonly FieldIssue[]; hint?: ReactNode; children: ReactNode; className?: string;
}) {
  return (
    <div className={`field ${issues?.length ? 'invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <div className="hint">{hint}</div>}
      {issues && issues.length > 0 && (
        <ul className="field-errors" id={fieldErrorId(id)} role="alert">
          {issues.map((i, k) => <li key={k}>{i.message}</li>)}
        </ul>
      )}
    </div>
  );
}

/** Props that tie a control to its Field's messages. */
export function invalidProps(id: string, issues: readonly FieldIssue[] | undefined) {
  return issues && issues.length > 0 ? { 'aria-invalid': true, 'aria-describedby': fieldErrorId(id) } : {};
}
