// pdf: the current plan's official PDF, written to a file. Renders in-process (no worker: a CLI run
// has no UI to keep responsive) and loads pdfmake only here, so other commands start fast.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors.ts';
import type { EraStyle } from '../../../shared/domain/schema.ts';
import { selectInitiatives, type PdfOptions } from '../../pdf/build-plan-doc.ts';
import { call, EXIT, parseOptions, withDb, type Command } from '../io.ts';

const USAGE = 'plan-desk pdf --db FILE --out FILE [--revision 改定版] [--only 1,5,40] [--department 課名] [--era seireki|wareki|both]';
const ERAS: readonly EraStyle[] = ['seireki', 'wareki', 'both'];

function parseOnly(value: string): number[] {
  return value.split(/[,、\s]+/).filter((s) => s !== '').map((s) => {
    const n = Number(s);
    if (!/^\d+$/.test(s) || !Number.isSafeInteger(n) || n < 1) {
      throw new AppError('BAD_INPUT', `--only の「${s}」は取組の No. ではありません(例: --only 1,5,40)。`);
    }
    return n;
  });
}

export const pdfCommand: Command = {
  name: 'pdf',
  usage: USAGE,
  summary: '計画の PDF(公表版のレイアウト: 表紙・取組一覧・取組ごとのシート)を作ります',
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      db: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' }, department: { type: 'string' }, era: { type: 'string' },
      revision: { type: 'string' },
    }, USAGE);
    if (!values.out) throw new AppError('BAD_INPUT', `--out で書き出す PDF のファイル名を指定してください。\n使い方: ${USAGE}`);
    if (values.era !== undefined && !ERAS.includes(values.era as EraStyle)) {
      throw new AppError('BAD_INPUT', `--era には seireki(西暦)・wareki(和暦)・both(併記)のどれかを指定してください(指定: ${values.era})。`);
    }
    const opts: PdfOptions = {
      ...(values.only !== undefined ? { only: parseOnly(values.only) } : {}),
      ...(values.department !== undefined ? { department: values.department } : {}),
      ...(values.era !== undefined ? { era: values.era as EraStyle } : {}),
    };
    // --revision: a frozen revision prints from its snapshot, exactly as it was frozen (issue 7).
    const label = values.revision;
    // The working copy says 作業中(未確定) on every page when it differs from its last freeze.
    const { doc, workingCopy } = await withDb(values.db, async (db, path) => (label === undefined
      ? { doc: await call(db, path, 'dumpPlan', {}), workingCopy: (await call(db, path, 'workingCopyStatus', {})).differs }
      : { doc: await call(db, path, 'getRevision', { label }), workingCopy: false }),
    { create: false, readonly: true });
    if (workingCopy) opts.workingCopy = true;
    const items = selectInitiatives(doc, opts).length; // BAD_INPUT before any rendering
    const { renderPlanPdf } = await import('../../pdf/render.ts');
    const r = await renderPlanPdf(doc, opts);
    // Write next to the target and rename, so a failure never leaves half a PDF behind.
    const tmp = `${values.out}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, r.pdf);
      renameSync(tmp, values.out);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw new AppError('INTERNAL', `「${values.out}」に書き込めません(${(e as NodeJS.ErrnoException).code ?? (e as Error).message})。`);
    }
    io.err(`「${values.out}」を作成しました(${r.pages} ページ、取組 ${items} 件${workingCopy ? '、作業中(未確定)の印つき' : ''})。`);
    for (const w of r.warnings) io.err(`警告: ${w}`);
    return EXIT.ok;
  },
};
