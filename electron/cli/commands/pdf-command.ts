// pdf: the current plan's official PDF (or a frozen revision's), written to --out by the CLI
// after the CLI-only method printPlanPdf (cli-methods.ts) rendered it.
import { AppError } from '../../../shared/api/errors.ts';
import type { EraStyle } from '../../../shared/domain/schema.ts';
import { writeFileAtomically } from '../../files/write-files.ts';
import { defaultDbPath } from '../../paths.ts';
import { cliCall } from '../cli-methods.ts';
import { EXIT, parseOptions, type Command } from '../io.ts';

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
    const r = await cliCall('printPlanPdf', {
      db: values.db ?? defaultDbPath(),
      ...(values.revision !== undefined ? { revision: values.revision } : {}),
      ...(values.only !== undefined ? { only: parseOnly(values.only) } : {}),
      ...(values.department !== undefined ? { department: values.department } : {}),
      ...(values.era !== undefined ? { era: values.era as EraStyle } : {}),
    });
    writeFileAtomically(values.out, r.bytes);
    const items = r.items;
    io.err(`「${values.out}」を作成しました(${r.pages} ページ、取組 ${items} 件${r.workingCopy ? '、作業中(未確定)の印つき' : ''})。`);
    io.err(r.review.marks > 0
      ? `要確認が ${r.review.marks} 件残っています(${r.review.initiatives}取組)。その文はそのまま(「…」を含めて)印刷されました。plan-desk check で確認できます。`
      : '印刷した取組に要確認は残っていません。');
    for (const w of r.warnings) io.err(`警告: ${w}`);
    return EXIT.ok;
  },
};
