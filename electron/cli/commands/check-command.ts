// `plan-desk check`: the 点検 report on the command line (exit 1 when there are errors).
import { AppError } from '../../../shared/api/errors.ts';
import type { Finding } from '../../../shared/checks/types.ts';
import { call, EXIT, parseOptions, toJson, withDb, type Command } from '../io.ts';

const where = (f: Finding) => (f.initiativeId === null ? '計画' : `No.${f.no}「${f.title}」`);

export function formatFinding(f: Finding): string {
  return `[${f.severity === 'error' ? 'エラー' : '注意'}] ${where(f)} ${f.fieldLabel}: ${f.message}`;
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'plan-desk check --db FILE [--as-of 年度] [--format text|json]',
  summary: '計画を点検します(空欄・No.重複・期間外の計画・未記入の実績・課・はみ出し)。エラーがあれば終了コード 1',
  async run(argv, io) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' } }, this.usage);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new AppError('BAD_INPUT', `--format は text か json を指定してください(指定: ${format})。`);
    let asOfFiscalYear: number | undefined;
    if (values['as-of'] !== undefined) {
      asOfFiscalYear = Number(values['as-of'].normalize('NFKC'));
      if (!Number.isInteger(asOfFiscalYear)) throw new AppError('BAD_INPUT', `--as-of は年度を西暦の数字で指定してください(例: --as-of 2025)。指定: ${values['as-of']}`);
    }
    const report = await withDb(values.db, (db, path) => call(db, path, 'runChecks', asOfFiscalYear === undefined ? {} : { asOfFiscalYear }),
      { create: false, readonly: true });
    if (format === 'json') io.out(toJson(report));
    else {
      const lines = report.findings.map(formatFinding);
      lines.push(`点検結果(${report.asOfFiscalYear}年度時点): エラー ${report.errors} 件、注意 ${report.warnings} 件`);
      io.out(`${lines.join('\n')}\n`);
    }
    return report.errors > 0 ? EXIT.findings : EXIT.ok;
  },
};
