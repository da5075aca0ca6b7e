// Bundles the app's PDF worker into one CommonJS file, dist/pdf-worker/pdf-worker.cjs, that the
// browser host starts through bin/pdf-worker.mjs (run-in-worker.ts): one file read instead of a few
// hundred modules, pdfmake, pdfkit and fontkit inside. Then it renders the published plan and a
// 新旧対照表 once with the bundle and saves V8's code cache of it, which then holds the functions those
// renders compiled: the first PDF after the app starts skips both loading and compiling them.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import { bundleStale, loadBundle, PDF_WORKER_BUNDLE, ROOT } from '../bin/bundle-cache.mjs';
import { compareDocuments } from '../shared/revisions/compare.ts';
import type { PlanDocument } from '../shared/domain/document.ts';
import type { renderJob, warmRenderer } from '../electron/pdf/worker-bundle.ts';
import { nodeBundleOptions } from './node-bundle-options.ts';

const OUT = dirname(PDF_WORKER_BUNDLE);
rmSync(OUT, { recursive: true, force: true });

const r = await build({
  ...nodeBundleOptions,
  entryPoints: [join(ROOT, 'electron/pdf/worker-bundle.ts')],
  outfile: PDF_WORKER_BUNDLE,
  format: 'cjs',
  // The sources find the fonts next to import.meta.url (font-cache.ts).
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
});
// pdfkit reads its standard fonts' metrics from __dirname/data, which is dist/pdf-worker once bundled.
cpSync(join(ROOT, 'node_modules/pdfkit/js/data'), join(OUT, 'data'), { recursive: true });

// The sources the bundle was made from: run-in-worker.ts starts worker.ts instead once one is newer.
const inputs = new Set(['package-lock.json', 'bin/pdf-worker.mjs']);
for (const file of Object.keys(r.metafile.inputs)) {
  const rel = relative(ROOT, join(ROOT, file));
  if (!file.includes(':') && !rel.startsWith('node_modules/') && !rel.startsWith('..')) inputs.add(rel);
}
writeFileSync(join(OUT, 'inputs.json'), `${JSON.stringify([...inputs].sort(), null, 1)}\n`);
const stale = bundleStale(PDF_WORKER_BUNDLE);
if (stale !== null) throw new Error(`the PDF worker bundle is not usable right after building it: ${stale}`);

// The training run: the first things a worker does (warm-up, the plan with progress, a comparison).
const { exports, save } = loadBundle(PDF_WORKER_BUNDLE);
const bundled = exports as { renderJob: typeof renderJob; warmRenderer: typeof warmRenderer };
const doc = JSON.parse(readFileSync(join(ROOT, 'seeds/plan-2025.json'), 'utf8')) as PlanDocument;
await bundled.warmRenderer();
let progress = 0;
const plan = await bundled.renderJob({ kind: 'plan', doc, opts: {} }, () => void progress++);
if (plan.pdf.subarray(0, 5).toString() !== '%PDF-' || progress === 0) throw new Error('the PDF worker bundle did not render the plan');
const after = structuredClone(doc);
after.plan.title = `${doc.plan.title}(改定)`;
after.initiatives[0]!.title = `${doc.initiatives[0]!.title}を拡充`;
const side = (label: string, title: string) => ({ label, working: false, date: null, title });
await bundled.renderJob({ kind: 'compare', comparison: { ...compareDocuments(doc, after), from: side('前版', doc.plan.title), to: side('改定版', after.plan.title) }, opts: {} });
save();
