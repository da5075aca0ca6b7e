// Bars typed into the form's 計画 table: lanes left blank go to the first lane where they fit.
import type { ScheduleBar } from '../domain/schema.ts';

export interface BarDraft {
  label: string;
  from: number;
  to: number;
  /** 0-based lane, or null to place automatically. */
  lane: number | null;
  /** Where the row is, for messages (e.g. 回答!B17). */
  cell: string;
}

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from <= b.to && b.from <= a.to;

export const MAX_LANES = 50;

/**
 * Places the bars: explicit lanes first (two explicit bars overlapping on one lane is an error
 * naming both rows), then each automatic bar, in row order, on the lowest lane it fits.
 */
export function placeBars(drafts: readonly BarDraft[]): { bars: ScheduleBar[]; problems: { cell: string; message: string }[] } {
  const problems: { cell: string; message: string }[] = [];
  const placed: (ScheduleBar & { cell: string })[] = [];
  for (const d of drafts) {
    if (d.lane === null) continue;
    const clash = placed.find((p) => p.lane === d.lane && overlaps(p, d));
    if (clash) {
      problems.push({ cell: d.cell, message: `段${d.lane + 1}で${clash.cell}の計画と年度が重なっています。段の番号を変えるか、空欄にしてください(空欄なら空いている段に置きます)。` });
      continue;
    }
    placed.push({ label: d.label, from: d.from, to: d.to, lane: d.lane, cell: d.cell });
  }
  for (const d of drafts) {
    if (d.lane !== null) continue;
    let lane = 0;
    while (lane < MAX_LANES && placed.some((p) => p.lane === lane && overlaps(p, d))) lane++;
    if (lane >= MAX_LANES) {
      problems.push({ cell: d.cell, message: `計画の段が${MAX_LANES}を超えます。計画の行を減らしてください。` });
      continue;
    }
    placed.push({ label: d.label, from: d.from, to: d.to, lane, cell: d.cell });
  }
  return { bars: placed.map(({ cell: _c, ...b }) => b), problems };
}
