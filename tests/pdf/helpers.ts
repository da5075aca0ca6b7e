// Helpers of the PDF tests: plans of any size and period from the fixture, walking a pdfmake
// definition, and the poppler/qpdf tools (tests that need them are skipped when they are missing).
import { execFileSync, spawnSync } from 'node:child_process';
import type { Content } from 'pdfmake/interfaces.js';
import type { PlanDocument } from '../../shared/domain/document.ts';
import type { Initiative } from '../../shared/domain/schema.ts';
import { miniPlan } from '../helpers.ts';

export const hasTool = (name: string): boolean => spawnSync(name, ['-v'], { stdio: 'ignore' }).error === undefined;
export const TOOLS_MISSING = !['qpdf', 'pdftotext', 'pdffonts', 'pdfinfo'].every(hasTool);

/** Text layer in content-stream order, whitespace removed (lines wrap anywhere). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 28 }).toString('utf8').replace(/\s+/g, '');
}

export const squash = (s: string) => s.replace(/\s+/g, '');

/** The fixture with its plan period moved to first..last (bars and results clamped into it). */
export function planWithPeriod(first: number, last: number): PlanDocument {
  const doc = miniPlan();
  doc.plan.firstFiscalYear = first;
  doc.plan.lastFiscalYear = last;
  const clamp = (y: number) => Math.min(last, Math.max(first, y - 2024 + first));
  doc.initiatives = doc.initiatives.map((it) => ({
    ...it,
    schedule: it.schedule.map((b) => ({ ...b, from: clamp(b.from), to: clamp(b.to) })),
    results: it.results.map((r) => ({ ...r, fiscalYear: clamp(r.fiscalYear) })),
  }));
  return doc;
}

/** n initiatives cloned from the fixture's, each with its own id, No., title and result marker. */
export function bigPlan(n: number, base: PlanDocument = miniPlan()): PlanDocument {
  const src = base.initiatives;
  const initiatives: Initiative[] = Array.from({ length: n }, (_, i) => {
    const it = src[i % src.length]!;
    return {
      ...it,
      id: `big-${i + 1}`,
      no: i + 1,
      title: `${it.title}その${i + 1}`,
      results: [{ fiscalYear: base.plan.firstFiscalYear, text: `・実績記号R${i + 1}号を記録しました。` }],
    };
  });
  return { ...base, initiatives };
}

/** Every node of a definition, depth first in document order. */
export function* walk(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  yield n;
  for (const key of ['stack', 'columns', 'text']) if (Array.isArray(n[key])) yield* walk(n[key]);
  const table = n.table as { body?: unknown[][] } | undefined;
  if (table?.body) yield* walk(table.body);
}

export const outlines = (content: Content | Content[]) =>
  [...walk(content)].filter((n) => n.outline === true).map((n) => ({ id: String(n.id), text: String(n.outlineText ?? n.text), parent: n.outlineParentId as string | undefined }));

/** All the plain text of a definition, joined (for "is it there" checks). */
export const allText = (content: Content | Content[]) =>
  [...walk(content)].map((n) => (typeof n.text === 'string' ? n.text : '')).join('');
