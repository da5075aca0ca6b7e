// The installer configuration: valid against electron-builder's own JSON schema, and carrying
// the hardening values (per-user install without admin rights, fuses, asar, no rebuild).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';

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

  it('names the app in Japanese and builds NSIS per-user + portable for Windows, AppImage/dir for Linux', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9]+)+$/);
    expect(config.productName).toBe('アクションプラン・デスク');
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage']));
    expect(config.directories.output).not.toBe('dist'); // the app's own build lives in dist/
  });

  it('installs without admin rights', () => {
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.allowElevation).toBe(false);
    expect(typeof config.nsis.oneClick).toBe('boolean');
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
    expect(config.portable.requestExecutionLevel).toBe('user');
  });

  it('ships dist, seeds, package.json and the runtime node_modules, with better-sqlite3 unpacked and no rebuild', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'seeds/**/*', 'package.json', 'node_modules/**/*']));
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(false);
    // The prebuilt N-API binding for the Windows terminals is really there, and main points at the build output.
    expect(existsSync(`${root}node_modules/better-sqlite3/prebuilds/win32-x64.node`)).toBe(true);
    expect(config.extraMetadata.main).toBe('dist/electron/main.mjs');
    expect(readFileSync(`${root}scripts/build-electron.ts`, 'utf8')).toContain(`outfile: '${config.extraMetadata.main}'`);
  });

  it('sets the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('publishes nothing (offline product)', () => {
    expect(config.publish).toBeNull();
  });
});

describe('electron-builder.test.yml (Playwright build only)', () => {
  it('extends the main config and differs only by the inspector fuse, output and targets', async () => {
    const raw = readYaml('electron-builder.test.yml');
    expect(validate(raw)).toEqual([]);
    expect(raw.extends).toBe('electron-builder.yml');
    expect(Object.keys(raw).sort()).toEqual(['directories', 'electronFuses', 'extends', 'linux', 'win']);
    expect(raw.electronFuses).toEqual({ enableNodeCliInspectArguments: true });

    const merged = await effectiveConfig('electron-builder.test.yml');
    const main = await effectiveConfig('electron-builder.yml');
    expect(validate(merged)).toEqual([]);
    expect(merged.electronFuses).toEqual({ ...main.electronFuses, enableNodeCliInspectArguments: true });
    expect(merged.directories.output).toBe('release/test');
    expect(merged.nsis).toEqual(main.nsis);
    expect(merged.asarUnpack).toEqual(main.asarUnpack);
    expect(main.electronFuses.enableNodeCliInspectArguments).toBe(false);
  });
});
