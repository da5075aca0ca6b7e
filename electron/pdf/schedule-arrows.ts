// The 計画 row of a detail sheet: each schedule bar is a labelled arrow spanning its fiscal years.
// Bars of one lane sit side by side, lanes stack top to bottom. Everything is placed at computed
// coordinates (a canvas for rules and arrows, labels pre-broken into lines that surely fit), so the
// row height is known exactly: the page-fit guard depends on it.
import type { CanvasElement, Content } from 'pdfmake/interfaces.js';
import type { ScheduleBar } from '../../shared/domain/schema.ts';
import { wrapLines, type Measure } from './measure.ts';
import { CELL, COLOR, lineBox, SIZE } from './styles.ts';

const ARROW = { band: 10, shaft: 4.4, head: 7, inset: 5 } as const;
const LANE_GAP = { top: 3, between: 4, bottom: 3 } as const;
/** Height of the 計画 cell when the initiative has no bar at all. */
const EMPTY_HEIGHT = 18;

export interface ArrowGeometry {
  firstFiscalYear: number;
  /** x of the rules around the year columns, relative to the cell's content box (length = years + 1). */
  yearRules: number[];
  measure: Measure;
}

export interface LaneGroup {
  /** Exact height of the group's content (the row is laid out with no vertical padding). */
  height: number;
  content: Content;
}

interface PlacedBar { from: number; to: number; x0: number; x1: number; lines: string[] }

function placeBar(b: ScheduleBar, g: ArrowGeometry): PlacedBar {
  const from = b.from - g.firstFiscalYear;
  const to = b.to - g.firstFiscalYear;
  const x0 = g.yearRules[from]! + CELL.rule / 2 + ARROW.inset;
  const x1 = g.yearRules[to + 1]! - CELL.rule / 2 - ARROW.inset;
  const lines = b.label.trim() === '' ? [] : wrapLines(b.label, Math.max(x1 - x0 - 2, SIZE.label), SIZE.label, false, g.measure);
  return { from, to, x0, x1, lines };
}

/** Bars by lane (lanes renumbered densely in order), each lane sorted by year. */
export function lanesOf(bars: readonly ScheduleBar[]): ScheduleBar[][] {
  const byLane = new Map<number, ScheduleBar[]>();
  for (const b of bars) byLane.set(b.lane, [...(byLane.get(b.lane) ?? []), b]);
  return [...byLane.keys()].sort((a, b) => a - b).map((k) => byLane.get(k)!.sort((a, b) => a.from - b.from));
}

/** The arrow as one closed polygon: a shaft with a triangular head pointing right. */
export function arrowShape(x0: number, x1: number, yMid: number): CanvasElement {
  const head = Math.min(ARROW.head, (x1 - x0) / 2);
  const s = ARROW.shaft / 2;
  const h = ARROW.band / 2;
  const xh = x1 - head;
  return {
    type: 'polyline',
    closePath: true,
    lineWidth: 0.01,
    color: COLOR.arrow,
    points: [
      { x: x0, y: yMid - s }, { x: xh, y: yMid - s }, { x: xh, y: yMid - h }, { x: x1, y: yMid },
      { x: xh, y: yMid + h }, { x: xh, y: yMid + s }, { x: x0, y: yMid + s },
    ],
  };
}

/**
 * A piece of year rule shorter than this is only the gap between two lanes whose bars cross the
 * year (or the cell's padding above or below such a lane): printed, it reads as a stray dot or tick.
 */
const MIN_RULE_PIECE = 8;

/** Vertical pieces of [0, height] outside the `blocked` intervals, stray bits left out. */
function openPieces(blocked: [number, number][], height: number): [number, number][] {
  const out: [number, number][] = [];
  let y = 0;
  for (const [a, b] of [...blocked].sort((p, q) => p[0] - q[0])) {
    if (a > y) out.push([y, a]);
    y = Math.max(y, b);
  }
  if (y < height) out.push([y, height]);
  // With no bar crossing, the rule is whole, however short the cell.
  return blocked.length === 0 ? out : out.filter(([a, b]) => b - a >= MIN_RULE_PIECE);
}

function groupContent(lanes: PlacedBar[][], g: ArrowGeometry, height: number): Content {
  const lb = lineBox(SIZE.label);
  const labels: Content[] = [];
  const arrows: CanvasElement[] = [];
  // Year rule k (between year k-1 and k) is interrupted where a bar runs across it, label included.
  const blocked = g.yearRules.map(() => [] as [number, number][]);
  let y = LANE_GAP.top;
  for (const lane of lanes) {
    const rows = Math.max(0, ...lane.map((p) => p.lines.length));
    for (const p of lane) {
      if (p.lines.length === 0) continue;
      labels.push({
        relativePosition: { x: p.x0, y: y + (rows - p.lines.length) * lb },
        columns: [{ width: p.x1 - p.x0, stack: p.lines.map((text) => ({ text: text || ' ' })), noWrap: true, fontSize: SIZE.label, alignment: 'center' }],
      } as Content);
    }
    const mid = y + rows * lb + 1 + ARROW.band / 2;
    for (const p of lane) {
      arrows.push(arrowShape(p.x0, p.x1, mid));
      for (let k = p.from + 1; k <= p.to; k++) blocked[k]!.push([y - 2, mid + ARROW.band / 2 + 1]);
    }
    y = mid + ARROW.band / 2 + LANE_GAP.between;
  }
  // The year rules of the spanned columns, drawn by us because the cell spans all years.
  const rules: CanvasElement[] = [];
  g.yearRules.forEach((x, k) => {
    if (k === 0 || k === g.yearRules.length - 1) return;
    for (const [a, b] of openPieces(blocked[k]!, height)) {
      rules.push({ type: 'line', x1: x, y1: a, x2: x, y2: b, lineWidth: CELL.rule, lineColor: COLOR.line });
    }
  });
  // A zero-width mark at the bottom gives the canvas (and the row) its exact height.
  const floor = { type: 'line', x1: 0, y1: height, x2: 0, y2: height, lineWidth: 0.01, lineColor: 'white', strokeOpacity: 0 } as CanvasElement;
  // Unbreakable: in a sheet taller than a page, the row may start near a page foot; the labels are
  // placed relative to the canvas and must move to the next page with it.
  return { stack: [...labels, { canvas: [...rules, ...arrows, floor] }], unbreakable: true };
}

function laneHeight(lane: PlacedBar[]): number {
  const rows = Math.max(0, ...lane.map((p) => p.lines.length));
  return rows * lineBox(SIZE.label) + 1 + ARROW.band + LANE_GAP.between;
}

/**
 * The 計画 row content, in groups of lanes no taller than `maxGroupHeight` each (one group unless
 * the lanes are many): a sheet taller than a page can then break between groups.
 */
export function scheduleGroups(bars: readonly ScheduleBar[], g: ArrowGeometry, maxGroupHeight = Infinity): LaneGroup[] {
  const placed = lanesOf(bars).map((lane) => lane.map((b) => placeBar(b, g)));
  if (placed.length === 0) {
    return [{ height: EMPTY_HEIGHT, content: groupContent([], g, EMPTY_HEIGHT) }];
  }
  const groups: PlacedBar[][][] = [];
  let cur: PlacedBar[][] = [];
  let h = 0;
  for (const lane of placed) {
    const lh = laneHeight(lane);
    if (cur.length > 0 && h + lh > maxGroupHeight) {
      groups.push(cur);
      cur = [];
      h = 0;
    }
    cur.push(lane);
    h += lh;
  }
  groups.push(cur);
  return groups.map((lanes) => {
    const height = LANE_GAP.top + lanes.reduce((s, l) => s + laneHeight(l), 0) - LANE_GAP.between + LANE_GAP.bottom;
    return { height, content: groupContent(lanes, g, height) };
  });
}
