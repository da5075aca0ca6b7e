// 組織改正: renaming or merging a 課 on a whole document, so every initiative that names it follows.
import type { PlanDocument } from '../domain/document.ts';

export interface DepartmentEdit {
  doc: PlanDocument;
  /** Ids of the initiatives whose 実施課 changed. */
  changed: string[];
}

/** Replaces each name in `from` by `to` in the master and in every initiative (no duplicates left). */
function replaceNames(doc: PlanDocument, from: ReadonlySet<string>, to: string): DepartmentEdit {
  const master: string[] = [];
  for (const d of doc.departments) {
    const name = from.has(d.name) ? to : d.name;
    if (!master.includes(name)) master.push(name);
  }
  const changed: string[] = [];
  const initiatives = doc.initiatives.map((it) => {
    if (!it.departments.some((d) => from.has(d))) return it;
    changed.push(it.id);
    const next: string[] = [];
    for (const d of it.departments) {
      const name = from.has(d) ? to : d;
      if (!next.includes(name)) next.push(name);
    }
    return { ...it, departments: next };
  });
  return { doc: { ...doc, departments: master.map((name) => ({ name })), initiatives }, changed };
}

/** Renames a 課. Throws RangeError (with a Japanese message) when `from` is unknown or `to` exists. */
export function renameDepartment(doc: PlanDocument, from: string, to: string): DepartmentEdit {
  const name = to.trim();
  if (!doc.departments.some((d) => d.name === from)) throw new RangeError(`課「${from}」は課の一覧にありません。`);
  if (name === '') throw new RangeError('新しい課名を入力してください。');
  if (name !== from && doc.departments.some((d) => d.name === name)) {
    throw new RangeError(`課「${name}」は既にあります。統合する場合は「統合」を使ってください。`);
  }
  return replaceNames(doc, new Set([from]), name);
}

/** Merges `sources` into `target` (which may be new): the target keeps the first source's place when new. */
export function mergeDepartments(doc: PlanDocument, sources: readonly string[], target: string): DepartmentEdit {
  const name = target.trim();
  if (name === '') throw new RangeError('統合先の課名を入力してください。');
  const from = new Set(sources.filter((s) => s !== name));
  if (from.size === 0) throw new RangeError('統合する課を統合先以外から1つ以上選んでください。');
  for (const s of from) if (!doc.departments.some((d) => d.name === s)) throw new RangeError(`課「${s}」は課の一覧にありません。`);
  return replaceNames(doc, from, name);
}

/** How many initiatives name each 課 (every master entry present, 0 when unused). */
export function departmentUsage(doc: Pick<PlanDocument, 'departments' | 'initiatives'>): Map<string, number> {
  const m = new Map(doc.departments.map((d) => [d.name, 0]));
  for (const it of doc.initiatives) for (const d of it.departments) m.set(d, (m.get(d) ?? 0) + 1);
  return m;
}
