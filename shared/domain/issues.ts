// Turning zod issues into short Japanese lines that name the JSON path of each error.
import type { z } from 'zod';

export interface FieldIssue { path: string; message: string }

/** `initiatives[3].schedule[0].to` style path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || '(全体)';
}

export function toFieldIssues(error: z.ZodError, limit = 20): FieldIssue[] {
  return error.issues.slice(0, limit).map((i) => ({ path: formatPath(i.path), message: i.message }));
}

export function describeIssues(error: z.ZodError, limit = 10): string {
  const lines = toFieldIssues(error, limit).map((i) => `${i.path}: ${i.message}`);
  const more = error.issues.length - lines.length;
  return lines.join('\n') + (more > 0 ? `\n…ほか ${more} 件` : '');
}
