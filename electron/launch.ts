// `npm start`: the Electron window where its binary is installed, else the browser host.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runHost } from './host/main.ts';
import { electronBinary } from './shell/electron-binary.ts';

/** `--db FILE` → `--db=FILE`: Chromium would take a bare value for a URL to open. */
function toElectronArgs(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--db' && argv[i + 1]) out.push(`--db=${argv[++i]}`);
    else out.push(argv[i]!);
  }
  return out;
}

const args = process.argv.slice(2);
const bin = electronBinary();
if (bin) {
  const main = fileURLToPath(new URL('../dist/electron/main.mjs', import.meta.url));
  const child = spawn(bin, [main, ...toElectronArgs(args)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron の実行ファイルがこの端末にないため、同じ画面をブラウザーで開きます(ブラウザーホスト)。');
  await runHost(args);
}
