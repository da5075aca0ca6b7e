// Packs the app with electron-builder and the real electron-builder.yml, into a Linux folder,
// with a stand-in for the Electron binary (its download is refused here) and therefore without
// the fuses (flipping them needs the real binary). Then checks what app.asar holds.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers.ts';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(join(root, 'dist/electron/main.mjs')) && existsSync(join(root, 'dist/renderer/index.html'));

describe('electron-builder packs the app as configured', () => {
  it.skipIf(!built)('app.asar holds the build, the seed and the runtime modules; better-sqlite3 is unpacked; nothing else', () => {
    const dir = tempDir('plan-desk-pack-');
    try {
      const fake = join(dir, 'electron-dist');
      mkdirSync(fake);
      copyFileSync('/bin/true', join(fake, 'electron'));
      const config = join(dir, 'pack.yml');
      writeFileSync(config, [
        `extends: ${JSON.stringify(join(root, 'electron-builder.yml'))}`,
        'electronFuses: null',
        `electronDist: ${JSON.stringify(fake)}`,
        `directories: { output: ${JSON.stringify(join(dir, 'out'))} }`,
        'linux: { target: dir }',
      ].join('\n'));
      const r = spawnSync(join(root, 'node_modules/.bin/electron-builder'), ['--linux', '--config', config], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: '1' } });
      expect(r.status, r.stdout + r.stderr).toBe(0);

      const resources = join(dir, 'out/linux-unpacked/resources');
      const asar = require('@electron/asar') as { listPackage(p: string): string[]; extractFile(p: string, f: string): Buffer };
      const files = asar.listPackage(join(resources, 'app.asar'));
      for (const p of ['/package.json', '/dist/electron/main.mjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/seeds/plan-2025.json',
        '/node_modules/exceljs/package.json', '/node_modules/pdfmake/package.json']) expect(files, p).toContain(p);
      expect(JSON.parse(asar.extractFile(join(resources, 'app.asar'), 'package.json').toString()).main).toBe('dist/electron/main.mjs');
      // Not shipped: sources, tests, dev tools, source maps, better-sqlite3's C sources.
      expect(files.filter((f) => /^\/(electron|renderer|shared|tests|scripts|docs)\//.test(f))).toEqual([]);
      expect(files.filter((f) => /\/node_modules\/(vitest|vite|typescript|electron-builder|@playwright)\//.test(f))).toEqual([]);
      expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
      expect(files.filter((f) => f.includes('better-sqlite3/deps') || f.includes('better-sqlite3/src'))).toEqual([]);
      // The native binding sits outside the archive, with the Windows build in it.
      const unpacked = join(resources, 'app.asar.unpacked/node_modules/better-sqlite3');
      expect(readdirSync(join(unpacked, 'prebuilds'))).toEqual(expect.arrayContaining(['win32-x64.node', 'linux-x64.node']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
