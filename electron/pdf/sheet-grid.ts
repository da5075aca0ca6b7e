// Column grid of a detail sheet. The upper rows (取組内容 | 目的 | 実施課) and the lower rows
// (活動内容 | 計画/実績 | one column per fiscal year) share one table, so every rule lines up;
// the grid is the union of both sets of rules and cells span the grid columns they cover.
import { CELL, CONTENT_WIDTH } from './styles.ts';

const ACTIVITY_WIDTH = 205;
const LABEL_WIDTH = 30;
/** Preferred width of the 実施課 column; it snaps to a year rule within SNAP points of that. */
const DEPT_WIDTH = 120;
const SNAP = 70;

export interface SheetGrid {
  /** Content widths of the grid columns, for pdfmake's `widths`. */
  widths: number[];
  years: number[];
  /** Grid column index where each part starts; `yearCols` has years.length + 1 entries (last = end). */
  label: number;
  purpose: number;
  dept: number;
  yearCols: number[];
  cols: number;
  /** x of the year rules relative to the content box of a cell spanning all years (for the arrows). */
  yearRulesInSpan: number[];
  /** Content width of cells spanning grid columns a..b-1. */
  span(a: number, b: number): number;
}

export function sheetGrid(years: number[], totalWidth = CONTENT_WIDTH): SheetGrid {
  const { rule, padX } = CELL;
  const left = rule / 2;
  const right = totalWidth - rule / 2;
  const act = left + ACTIVITY_WIDTH;
  const lab = act + LABEL_WIDTH;
  const yw = (right - lab) / years.length;
  const yearRules = years.map((_, k) => lab + k * yw).concat(right);
  // 実施課 sits over the last year column(s) when one of their rules is near the preferred width
  // (3 years: exactly the last year, as published); otherwise it gets a rule of its own.
  const inner = yearRules.slice(0, -1).filter((x) => x > lab);
  const nearest = inner.reduce<number | null>((best, x) => (best === null || Math.abs(right - x - DEPT_WIDTH) < Math.abs(right - best - DEPT_WIDTH) ? x : best), null);
  const deptRule = nearest !== null && Math.abs(right - nearest - DEPT_WIDTH) <= SNAP ? nearest : right - DEPT_WIDTH;
  const rules = [...new Set([left, act, lab, ...yearRules, deptRule].map((x) => Math.round(x * 1000) / 1000))].sort((a, b) => a - b);
  const at = (x: number) => rules.findIndex((r) => Math.abs(r - x) < 0.01);
  const widths = rules.slice(0, -1).map((r, i) => rules[i + 1]! - r - rule - 2 * padX);
  const origin = lab + rule / 2 + padX;
  return {
    widths,
    years,
    label: at(act),
    purpose: at(act),
    dept: at(deptRule),
    yearCols: yearRules.map(at),
    cols: widths.length,
    yearRulesInSpan: yearRules.map((x) => x - origin),
    span: (a, b) => rules[b]! - rules[a]! - rule - 2 * padX,
  };
}

/** A cell spanning grid columns a..b-1, followed by the placeholders pdfmake expects. */
export function spanCells<T extends object>(cell: T, a: number, b: number): (T | Record<string, never>)[] {
  const n = b - a;
  return n > 1 ? [{ ...cell, colSpan: n }, ...Array.from({ length: n - 1 }, () => ({}))] : [cell];
}
