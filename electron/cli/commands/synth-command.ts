// synth: a new DB holding a synthetic plan of N initiatives recombined from the published seed
// (for the benchmark and for trying the app at scale). Never overwrites without --force.
import { AppError } from '../../../shared/api/errors.ts';
import { MAX_SYNTH_ITEMS } from '../../../shared/synth/generate.ts';
import { cliCall } from '../cli-methods.ts';
import { EXIT, parseOptions, type Command } from '../io.ts';

const USAGE = 'plan-desk synth --db FILE --items N [--departments D] [--seed S] [--force]';

function intOption(value: string | undefined, option: string, min: number, max: number, fallback?: number): number {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new AppError('BAD_INPUT', `${option} を指定してください。\n使い方: ${USAGE}`);
  }
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new AppError('BAD_INPUT', `${option} には ${min}〜${max} の整数を指定してください(指定: ${value})。\n使い方: ${USAGE}`);
  }
  return n;
}

export const synthCommand: Command = {
  name: 'synth',
  usage: USAGE,
  summary: '公表済みの計画の文章を組み合わせた N 件の合成計画で新しいデータベースを作ります(速度計測用)',
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      db: { type: 'string' }, items: { type: 'string' }, departments: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' },
    }, USAGE);
    if (!values.db) throw new AppError('BAD_INPUT', `--db で作成するデータベースのファイルを指定してください。\n使い方: ${USAGE}`);
    const items = intOption(values.items, '--items', 1, MAX_SYNTH_ITEMS);
    const departments = values.departments === undefined ? undefined : intOption(values.departments, '--departments', 1, items * 10);
    const seed = intOption(values.seed, '--seed', 0, 0xffffffff, 1);
    const r = await cliCall('synthDatabase', { db: values.db, items, seed, ...(departments !== undefined ? { departments } : {}), ...(values.force ? { force: true } : {}) });
    io.err(`「${values.db}」を作成しました(合成した取組 ${r.initiatives} 件、課 ${r.departments}、seed ${r.seed})。`);
    return EXIT.ok;
  },
};
