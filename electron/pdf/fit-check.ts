// Check lines: text lines with an id of their own, placed at the end of every sheet and at the start
// of every list row. pdfmake silently drops whatever of an unbreakable block does not fit on a page;
// a check line missing after layout proves it happened (render.ts then lays the plan out again).
/** Prefix of the ids of check lines: each must be found on a page after layout (see render.ts). */
export const FIT_CHECK = 'fit-';

/** Ids of the check lines of a definition, in document order. */
export function fitCheckIds(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const n of node) fitCheckIds(n, out);
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  const n = node as Record<string, unknown>;
  if (typeof n.id === 'string' && n.id.startsWith(FIT_CHECK)) out.push(n.id);
  for (const key of ['stack', 'columns', 'text']) if (Array.isArray(n[key])) fitCheckIds(n[key], out);
  const table = n.table as { body?: unknown[][] } | undefined;
  if (table?.body) fitCheckIds(table.body, out);
  return out;
}
