// Finding the Electron binary without triggering its download (which is refused on LGWAN
// terminals and on the build machines): only a binary that is really on disk counts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path of the Electron binary if it is really there; never triggers its download. */
export function electronBinary(): string | null {
  const dir = fileURLToPath(new URL('../../node_modules/electron/', import.meta.url));
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(p) ? p : null;
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

