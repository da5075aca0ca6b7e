// The installer configuration, tested by what it produces: valid against electron-builder's own JSON
// schema, and electron-builder run on it for real (`--linux dir`, as `npm run dist` packages the app
// before making the installers) with a stand-in Electron binary: no Electron download is possible
// here, and electron-builder only copies the binary and flips its fuses. The packaged app is then
// checked: what the asar holds and leaves out, the fuses of the binary, and a PDF rendered by the
// packaged PDF worker from the packaged node_modules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { createPdfWorker } from '../../electron/pdf/worker-client.ts';
import { miniPlan } from '../helpers.ts';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed YAML, read by shape
type Config = Record<string, any>;
const readYaml = (name: string) => yaml.load(readFileSync(`${root}${name}`, 'utf8')) as Config;

function validate(config: Config): string[] {
  // As electron-builder itself compiles it (strict off: the schema uses a custom "typeof" keyword).
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = ajv.compile(schema);
  return check(config) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

/** electron-builder's own loader: resolves `extends` and merges the configs as `npm run dist` would. */
async function effectiveConfig(file: string): Promise<Config> {
  const { getConfig } = require('app-builder-lib/out/util/config/config.js') as { getConfig(dir: string, file: string, opts: null): Promise<Config> };
  const { log } = require('builder-util') as { log: { info: unknown } };
  const info = log.info;
  log.info = () => undefined; // keep the test output quiet
  try {
    return await getConfig(root, file, null);
  } finally {
    log.info = info;
  }
}

describe('electron-builder.yml', () => {
  const config = readYaml('electron-builder.yml');

  it('is valid against app-builder-lib/scheme.json', () => {
    expect(validate(config)).toEqual([]);
  });

  it('the validator does catch mistakes (an unknown key, a wrong type)', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } }).join()).toMatch(/additionalProperty/);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } }).length).toBeGreaterThan(0);
  });
});

describe('electron-builder.test.yml (Playwright build only)', () => {
  it('extends the main config and differs only by the inspector fuse, output and targets', async () => {
    const raw = readYaml('electron-builder.test.yml');
    expect(validate(raw)).toEqual([]);
    expect(raw.extends).toBe('electron-builder.yml');
    expect(Object.keys(raw).sort()).toEqual(['directories', 'electronFuses', 'extends', 'linux', 'win']);

    const merged = await effectiveConfig('electron-builder.test.yml');
    const main = await effectiveConfig('electron-builder.yml');
    expect(validate(merged)).toEqual([]);
    expect(merged.electronFuses).toEqual({ ...main.electronFuses, enableNodeCliInspectArguments: true });
    expect(merged.nsis).toEqual(main.nsis);
    expect(merged.asarUnpack).toEqual(main.asarUnpack);
    expect(merged.files).toEqual(main.files);
  });
});

// The fuse wire as Electron binaries carry it (@electron/fuses): sentinel, version 1, length, one byte per fuse.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE = { off: 48, on: 49 } as const;
/** Electron's own defaults, in @electron/fuses' FuseV1Options order (run-as-node … file protocol privileges). */
const DEFAULT_WIRE = [FUSE.on, FUSE.off, FUSE.on, FUSE.on, FUSE.off, FUSE.off, FUSE.off, FUSE.on];

const BUILT = existsSync(join(root, 'dist/electron/main.mjs')) && existsSync(join(root, 'dist/renderer/index.html'));

describe.skipIf(!BUILT)(`the packaged app (electron-builder --linux dir)${BUILT ? '' : ' — skipped: run `npm run build` first'}`, () => {
  const work = mkdtempSync(join(tmpdir(), 'plan-desk-package-'));
  const out = join(work, 'release');
  const app = join(out, 'linux-unpacked');
  const asarPath = join(app, 'resources/app.asar');
  const asar = require('@electron/asar') as { listPackage(p: string, o?: object): string[]; extractFile(p: string, f: string): Buffer; extractAll(p: string, to: string): void };
  let files: Set<string>;

  beforeAll(async () => {
    const electronDist = join(work, 'electron');
    cpSync(join(root, 'node_modules/electron/LICENSE'), join(electronDist, 'LICENSE'));
    writeFileSync(join(electronDist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length, ...DEFAULT_WIRE])]), { mode: 0o755 });
    const builder = require('electron-builder') as { build(o: object): Promise<string[]>; Platform: { LINUX: { createTarget(t: string, a: number): unknown } }; Arch: { x64: number } };
    const { log } = require('builder-util') as { log: { info: unknown; warn: unknown } };
    const [info, warn] = [log.info, log.warn];
    log.info = log.warn = () => undefined; // keep the test output quiet (a failure still throws)
    try {
      await builder.build({
        projectDir: root,
        targets: builder.Platform.LINUX.createTarget('dir', builder.Arch.x64),
        config: { ...readYaml('electron-builder.yml'), electronDist, directories: { output: out } },
      });
    } finally {
      [log.info, log.warn] = [info, warn];
    }
    files = new Set(asar.listPackage(asarPath).map((f) => f.replace(/^[\\/]/, '').replaceAll('\\', '/')));
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds the built app and the seed; package.json points at a main that is there', () => {
    const pkg = JSON.parse(asar.extractFile(asarPath, 'package.json').toString()) as { main: string };
    expect(files.has(pkg.main), pkg.main).toBe(true);
    // The workers the main process starts, found beside it.
    for (const f of ['preload.cjs', 'pdf-worker.mjs', 'survey-read-worker.mjs']) expect(files.has(`dist/electron/${f}`), f).toBe(true);
    expect(files.has('dist/renderer/index.html')).toBe(true);
    expect(files.has('seeds/plan-2025.json')).toBe(true);
  });

  it('leaves out the development tools, source maps, the CLI bundle and better-sqlite3 C sources', () => {
    // npm's own classification: a package the lock file marks dev-only is needed by no runtime dependency.
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const devOnly = Object.entries(lock.packages).filter(([path, p]) => p.dev === true && path.startsWith('node_modules/')).map(([path]) => path);
    expect(devOnly).toEqual(expect.arrayContaining(['node_modules/electron', 'node_modules/vite', 'node_modules/esbuild']));
    expect(devOnly.filter((path) => files.has(`${path}/package.json`))).toEqual([]);
    expect([...files].filter((f) => f.endsWith('.map') || f.startsWith('dist/cli/') || f.startsWith('dist/pdf-worker/') || /^node_modules\/better-sqlite3\/(deps|src)\//.test(f))).toEqual([]);
  });

  it('ships the native SQLite binding unpacked (it cannot load from the asar), for the Windows terminals too', () => {
    const unpacked = join(app, 'resources/app.asar.unpacked/node_modules/better-sqlite3');
    expect(existsSync(join(unpacked, 'prebuilds/win32-x64.node'))).toBe(true);
    expect(existsSync(join(unpacked, 'package.json'))).toBe(true);
  });

  it('flips the fuses of the binary: no running as Node, no NODE_OPTIONS or inspector, app only from the checked asar', () => {
    const bin = readFileSync(join(app, 'plan-desk'));
    const at = bin.indexOf(SENTINEL) + SENTINEL.length;
    const wire = [...bin.subarray(at + 2, at + 2 + bin[at + 1]!)];
    const [runAsNode, cookieEncryption, nodeOptions, inspect, asarIntegrity, onlyFromAsar, , fileProtocol] = wire;
    expect({ runAsNode, nodeOptions, inspect, fileProtocol }).toEqual({ runAsNode: FUSE.off, nodeOptions: FUSE.off, inspect: FUSE.off, fileProtocol: FUSE.off });
    expect({ cookieEncryption, asarIntegrity, onlyFromAsar }).toEqual({ cookieEncryption: FUSE.on, asarIntegrity: FUSE.on, onlyFromAsar: FUSE.on });
  });

  it('the packaged bundles find every module they import, and the packaged PDF worker renders a PDF', async () => {
    const extracted = join(work, 'extracted');
    asar.extractAll(asarPath, extracted);
    cpSync(join(app, 'resources/app.asar.unpacked'), extracted, { recursive: true });
    const builtins = new Set([...builtinModules, 'electron']);
    const missing: string[] = [];
    for (const f of ['main.mjs', 'pdf-worker.mjs', 'survey-read-worker.mjs']) {
      const file = join(extracted, 'dist/electron', f);
      const text = readFileSync(file, 'utf8');
      const specs = new Set([...text.matchAll(/(?:\bfrom\s*|\brequire\()\s*"((?:@[\w.-]+\/)?[\w.-]+)(?:\/[^"]*)?"/g)].map((m) => m[1]!));
      const req = createRequire(file);
      for (const s of specs) {
        if (builtins.has(s) || s.startsWith('node:')) continue;
        try {
          if (!req.resolve(s).startsWith(extracted)) missing.push(`${f}: ${s} (outside the app)`);
        } catch {
          missing.push(`${f}: ${s}`);
        }
      }
    }
    expect(missing).toEqual([]);
    const worker = createPdfWorker({ url: pathToFileURL(join(extracted, 'dist/electron/pdf-worker.mjs')) });
    try {
      const r = await worker.render({ kind: 'plan', doc: miniPlan(), opts: {} });
      expect(r.pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(r.pages).toBeGreaterThan(1);
    } finally {
      await worker.stop();
    }
  }, 120_000);
});
