// `npm start`: the Electron window where its binary is installed, else the browser host.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runHost } from './host/main.ts';

/** Path of the Electron binary if it is really there; never triggers its download. */
export function electronBinary(): string | null {
  const dir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(p) ? p : null;
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

const args = process.argv.slice(2);
const bin = electronBinary();
if (bin) {
  const main = fileURLToPath(new URL('../dist/electron/main.mjs', import.meta.url));
  const child = spawn(bin, [main, ...args.map((a) => (a.startsWith('--db') ? a : a))], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron の実行ファイルがこの端末にないため、同じ画面をブラウザーで開きます(ブラウザーホスト)。');
  await runHost(args);
}
