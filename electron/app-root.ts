// The app's own folder (where package.json, seeds/ and dist/ are), found from this module's URL by
// walking up to package.json: the answer stays right when a bundler moves the code to another depth.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function appRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'seeds'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error(`アプリのフォルダー(package.json と seeds のあるフォルダー)が見つかりません(${fileURLToPath(import.meta.url)} から探しました)。`);
    dir = up;
  }
}

/** A file or folder of the app, e.g. appFile('seeds', 'plan-2025.json'). */
export const appFile = (...parts: string[]): string => join(appRoot(), ...parts);

export function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(appFile('package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
