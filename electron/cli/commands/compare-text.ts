// The change list of a comparison as plain text (for `plan-desk compare --format text`).
import { sideOf } from '../../../shared/diff/segment.ts';
import { renumberRuns, runCells } from '../../../shared/revisions/renumber-runs.ts';
import type { FieldChange } from '../../../shared/revisions/compare.ts';
import type { RevisionComparison } from '../../../shared/revisions/types.ts';

/** Changed passages in 〔…〕, as the screen underlines them. */
const marked = (f: FieldChange, s: 'before' | 'after') => sideOf(f.segments, s).map((p) => (p.changed ? `〔${p.text}〕` : p.text)).join('');

const KIND = { added: '追加', deleted: '削除', changed: '変更' } as const;

export function describeComparison(c: RevisionComparison): string {
  const lines = [`新旧対照表: 改正前「${c.from.label}」 → 改正後「${c.to.label}」`,
    `変更 ${c.counts.changed} 件、追加 ${c.counts.added} 件、削除 ${c.counts.deleted} 件、No. の変更 ${c.counts.renumbered} 件、変更なし ${c.unchangedCount} 件`, ''];
  const field = (f: FieldChange) => [`  [${f.label}]${f.note ? `(${f.note})` : ''}`, `    改正後: ${marked(f, 'after') || '(なし)'}`, `    改正前: ${marked(f, 'before') || '(なし)'}`];
  if (c.header.length > 0) lines.push('■ 計画全体', ...c.header.flatMap(field), '');
  if (c.renumbered.length > 0) {
    lines.push('■ No. の変更(改正前 → 改正後)', ...renumberRuns(c.renumbered).map((r) => {
      const x = runCells(r);
      return `  ${x.before} → ${x.after} ${x.titles}`;
    }), '');
  }
  for (const it of c.initiatives) {
    const no = it.kind === 'deleted' ? it.beforeNo : it.afterNo;
    lines.push(`■ No.${no} ${it.title}(${KIND[it.kind]})`, ...it.fields.flatMap(field), '');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
