// One thread, many PDFs: pdfmake writes into the definitions it is given (table widths, canvas
// points…), so no two definitions may share an object, and a second or third render in the same
// thread (the app's long-lived worker, a CLI process) must give exactly what the first gave.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { buildPlanDoc } from '../../electron/pdf/build-plan-doc.ts';
import { buildCompareDoc } from '../../electron/pdf/compare-doc.ts';
import { fontCacheStats } from '../../electron/pdf/font-cache.ts';
import { planMeasure } from '../../electron/pdf/fonts.ts';
import { renderPlanPdf } from '../../electron/pdf/render.ts';
import { styles, ruledLayout, MARGINS } from '../../electron/pdf/styles.ts';
import { miniPlan, readJson, SEED_URL } from '../helpers.ts';
import { pdfText, TOOLS_MISSING } from './helpers.ts';
import { sampleComparison } from './sample-comparison.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-desk-pdf-reuse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const published = (): PlanDocument => (existsSync(SEED_URL) ? readJson<PlanDocument>(SEED_URL) : miniPlan());
const NOW = new Date('2025-08-01T00:00:00Z');

/** Every object and array reachable from `root` (functions excepted), with a path to it. */
function objects(root: unknown): Map<object, string> {
  const seen = new Map<object, string>();
  const visit = (v: unknown, path: string) => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.set(v, path);
    for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
  };
  visit(root, '$');
  return seen;
}
const sharedPaths = (a: unknown, b: unknown) => {
  const inB = objects(b);
  return [...objects(a)].filter(([o]) => inB.has(o)).map(([, path]) => path);
};

describe('definitions handed to pdfmake', () => {
  it('share no object between two builds of the plan, nor of the 新旧対照表', () => {
    const doc = published();
    // (each build gets its own Date: the caller's objects are the caller's business)
    const at = () => ({ now: new Date(NOW) });
    expect(sharedPaths(buildPlanDoc(doc, at(), planMeasure()), buildPlanDoc(doc, at(), planMeasure()))).toEqual([]);
    const c = sampleComparison();
    expect(sharedPaths(buildCompareDoc(c, at()), buildCompareDoc(c, at()))).toEqual([]);
  });
});

describe.skipIf(TOOLS_MISSING)('rendering again in the same thread (as the CLI and the worker do)', () => {
  it('gives the same pages, text and bytes three times, parses the font once, and changes no shared setting', async () => {
    const before = JSON.stringify({ styles, MARGINS, layout: Object.keys(ruledLayout) });
    const doc = published();
    const served = fontCacheStats().served;
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await renderPlanPdf(doc, { now: NOW }));
    const texts = runs.map((r, i) => {
      const file = join(dir, `again-${i}.pdf`);
      writeFileSync(file, r.pdf);
      return pdfText(file);
    });
    expect(runs.map((r) => r.pages)).toEqual([runs[0]!.pages, runs[0]!.pages, runs[0]!.pages]);
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
    expect(texts[0]).toContain(doc.initiatives[0]!.title.replace(/\s+/g, ''));
    expect(runs[1]!.pdf.equals(runs[0]!.pdf)).toBe(true);
    expect(runs[2]!.pdf.equals(runs[0]!.pdf)).toBe(true);
    // Two faces per document, served from the one parse of each.
    expect(fontCacheStats()).toEqual({ parsed: 2, served: served + 6 });
    expect(JSON.stringify({ styles, MARGINS, layout: Object.keys(ruledLayout) })).toBe(before);
  });

  it('keeps a document the same whatever was printed before it in the thread', async () => {
    const mini = miniPlan();
    const first = await renderPlanPdf(mini, { now: NOW });
    await renderPlanPdf(published(), { now: NOW, era: 'both' });
    const again = await renderPlanPdf(mini, { now: NOW });
    expect(again.pdf.equals(first.pdf)).toBe(true);
  });
});
