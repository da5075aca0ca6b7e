// The CLI as a function (argv in, exit code out), so tests can run it in-process.
import { AppError } from '../../shared/api/errors.ts';
import { describeStoreFault } from '../store/faults.ts';
import { commands } from './commands/index.ts';
import { EXIT, type CliIO } from './io.ts';

function help(): string {
  const lines = commands.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]);
  return ['アクションプラン・デスク コマンドライン(npm run plan-desk -- <コマンド>)', '', ...lines, ''].join('\n');
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(help());
    return argv.length === 0 ? EXIT.refused : EXIT.ok;
  }
  const cmd = commands.find((c) => c.name.includes(' ') ? argv.slice(0, 2).join(' ') === c.name : argv[0] === c.name);
  if (!cmd) {
    io.err(`「${argv.slice(0, 2).join(' ')}」というコマンドはありません。\n\n${help()}`);
    return EXIT.refused;
  }
  const rest = argv.slice(cmd.name.split(' ').length);
  try {
    return await cmd.run(rest, io);
  } catch (caught) {
    // A full disk or an unwritable folder gets plain words, not a stack trace.
    const e = describeStoreFault(caught, '') ?? caught;
    if (e instanceof AppError) {
      io.err(`エラー: ${e.message}`);
      return e.code === 'INTERNAL' ? EXIT.findings : EXIT.refused;
    }
    io.err(`予期しないエラー: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.findings;
  }
}
