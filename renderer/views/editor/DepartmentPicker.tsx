// 実施課: an ordered list picked from the 課 master; a name not in the master can be typed and is
// added to the master when the initiative is saved. Enter adds (never while an IME is composing).
import { useState } from 'react';
import type { FieldIssue } from '../../../shared/domain/issues.ts';
import { issuesAt } from '../../../shared/editing/validate.ts';
import { isComposing } from '../../components/keyboard.ts';
import { fieldErrorId } from '../../components/Field.tsx';
import { ListControls, moveItem } from './ListControls.tsx';

export function DepartmentPicker({ value, master, onChange, issues }: {
  value: string[]; master: string[]; onChange: (v: string[]) => void; issues: FieldIssue[];
}) {
  const [typed, setTyped] = useState('');
  const mine = issuesAt(issues, 'departments');
  const add = () => {
    const name = typed.trim();
    if (!name || value.includes(name)) return;
    onChange([...value, name]);
    setTyped('');
  };
  return (
    <fieldset className="editor-section departments" data-field="departments" tabIndex={-1}
      aria-describedby={mine.length ? fieldErrorId('ed-departments') : undefined}>
      <legend>実施課(記載順)</legend>
      <ol className="ordered">
        {value.map((d, i) => (
          <li key={`${d}-${i}`} data-field={`departments[${i}]`} tabIndex={-1}>
            <span>{d}</span>{!master.includes(d) && <span className="badge">新しい課(保存時に課の一覧へ追加)</span>}
            <ListControls index={i} count={value.length} what={`実施課「${d}」`} onMove={(m) => onChange(moveItem(value, i, m))} onRemove={() => onChange(value.filter((_, k) => k !== i))} />
          </li>
        ))}
      </ol>
      <div className="add-row">
        <label htmlFor="ed-dept-add">課を追加</label>
        <input id="ed-dept-add" list="ed-dept-master" value={typed} placeholder="課の一覧から選ぶか、新しい課名を入力"
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.stopPropagation(); // Enter here adds a 課; it never saves the form.
            e.preventDefault();
            if (!isComposing(e)) add();
          }} />
        <datalist id="ed-dept-master">{master.filter((m) => !value.includes(m)).map((m) => <option key={m} value={m} />)}</datalist>
        <button type="button" onClick={add} disabled={!typed.trim()}>追加</button>
      </div>
      {mine.length > 0 && <ul className="field-errors" id={fieldErrorId('ed-departments')} role="alert">{mine.map((x, k) => <li key={k}>{x.message}</li>)}</ul>}
    </fieldset>
  );
}
