// Route params of the revisions screens (#/compare/<param>, #/revision/<label>, #/plan-period/<id>).
import { navigate } from '../../app/router.ts';

export const WORKING = 'working';

/** Labels may hold any character, so the pair travels as JSON. */
export function openCompare(from: string, to: string): void {
  navigate('compare', JSON.stringify([from, to]));
}

export function parseCompareParam(param: string | null): { from: string; to: string } | null {
  try {
    const v: unknown = JSON.parse(param ?? '');
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string')) return { from: v[0] as string, to: v[1] as string };
  } catch {
    /* falls through */
  }
  return null;
}
