// The accessibility facts a checker reads from the catalog (docs/ACCESSIBILITY.md): language,
// title shown, bookmarks; and never a document that declares tags it does not have.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocDefinition, renderPlanPdf } from '../../electron/pdf/render.ts';
import { buildCompareDoc } from '../../electron/pdf/compare-doc.ts';
import { miniPlan } from '../helpers.ts';
import { sampleComparison } from './sample-comparison.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-desk-a11y-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Obj = Record<string, unknown>;
function objects(pdf: Buffer): { catalog: Obj; get: (ref: unknown) => Obj | undefined } {
  const file = join(dir, `a-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const all = (JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 1 << 28 })) as { qpdf: [unknown, Record<string, { value?: unknown }>] }).qpdf[1];
  const get = (ref: unknown) => (typeof ref === 'string' ? (all[`obj:${ref}`]?.value as Obj | undefined) : (ref as Obj | undefined));
  const catalog = Object.values(all).map((o) => o.value as Obj).find((v) => v && typeof v === 'object' && v['/Type'] === '/Catalog')!;
  return { catalog, get };
}

describe.each([
  ['the plan PDF', async () => (await renderPlanPdf(miniPlan(), { now: new Date(0) })).pdf],
  ['the 新旧対照表', async () => (await renderDocDefinition(buildCompareDoc(sampleComparison(), { now: new Date(0) }))).pdf],
])('%s', (_name, render) => {
  it('states its language, shows its title, opens on its bookmarks, and claims no tags it lacks', async () => {
    const { catalog, get } = objects(await render());
    expect(catalog['/Lang']).toBe('u:ja-JP');
    expect(get(catalog['/ViewerPreferences'])?.['/DisplayDocTitle']).toBe(true);
    expect(catalog['/PageMode']).toBe('/UseOutlines');
    // pdfmake's `tagged` would declare MarkInfo over a structure tree without a single element.
    expect(get(catalog['/MarkInfo'])?.['/Marked']).toBeUndefined();
  });
});
