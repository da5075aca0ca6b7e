// Before → after of one field, changed passages marked (jsdiff): <del> removed, <ins> added.
// Texts by character; 計画 (one bar per line) by whole lines.
import { diffLineSegments, diffSegments } from '../../../shared/survey/text-diff.ts';

export function DiffView({ before, after, label, lines = false }: { before: string; after: string; label?: string; lines?: boolean }) {
  const parts = (lines ? diffLineSegments : diffSegments)(before, after);
  return (
    <div className="diff" aria-label={label ?? '変更内容'}>
      {parts.length === 0 || (parts.length === 1 && parts[0]!.text === '') ? <span className="plain">(空欄)</span> : null}
      {parts.map((p, i) => (p.kind === 'added' ? <ins key={i}>{p.text}</ins> : p.kind === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
    </div>
  );
}
