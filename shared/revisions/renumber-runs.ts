// A renumbering as few lines as possible: consecutive Nos. that moved by the same amount are one
// run (「No.4〜No.43 → No.3〜No.42」), so deleting one initiative reads as one line, not forty blocks.
import type { Renumbering } from './compare.ts';

export interface RenumberRun {
  beforeFrom: number;
  beforeTo: number;
  afterFrom: number;
  afterTo: number;
  /** The 改正後 titles of the first and the last initiative of the run (the same one for a single). */
  firstTitle: string;
  lastTitle: string;
  count: number;
}

export function renumberRuns(list: readonly Renumbering[]): RenumberRun[] {
  const runs: RenumberRun[] = [];
  for (const r of [...list].sort((a, b) => a.afterNo - b.afterNo)) {
    const last = runs.at(-1);
    if (last && r.afterNo === last.afterTo + 1 && r.beforeNo === last.beforeTo + 1) {
      last.afterTo = r.afterNo;
      last.beforeTo = r.beforeNo;
      last.lastTitle = r.title;
      last.count++;
    } else {
      runs.push({ beforeFrom: r.beforeNo, beforeTo: r.beforeNo, afterFrom: r.afterNo, afterTo: r.afterNo, firstTitle: r.title, lastTitle: r.title, count: 1 });
    }
  }
  return runs;
}

const range = (a: number, b: number) => (a === b ? `No.${a}` : `No.${a}〜No.${b}`);

/** The run as the table prints it: 改正後 | 改正前 | 取組. */
export function runCells(r: RenumberRun): { after: string; before: string; titles: string } {
  return {
    after: range(r.afterFrom, r.afterTo),
    before: range(r.beforeFrom, r.beforeTo),
    titles: r.count === 1 ? r.firstTitle : `${r.firstTitle} 〜 ${r.lastTitle}(${r.count}件)`,
  };
}
