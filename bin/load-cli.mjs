// Loads the CLI for bin/plan-desk.mjs: the one-file bundle `npm run build` makes (dist/cli/plan-desk.cjs,
// scripts/build-cli.ts) when it is there and no source it was built from has changed since, else the
// TypeScript sources. The bundle is compiled with V8's code cache (dist/cli/plan-desk.cjs.cache): the
// build makes it after running the main commands once, so it also holds the functions compiled while
// they ran, which Node's own compile cache (made before a module runs) leaves out. A cache that V8
// refuses (another Node version) is rewritten when the command ends; the CLI runs the same either way.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BUNDLE = join(ROOT, 'dist/cli/plan-desk.cjs');
const CACHE = `${BUNDLE}.cache`;
const INPUTS = join(ROOT, 'dist/cli/inputs.json');

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
};

/** Why the bundle cannot be used (missing, or older than one of its own sources), or null. */
export function bundleStale() {
  const built = mtime(BUNDLE);
  if (built === null) return 'not built';
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return 'no list of its sources';
  }
  for (const file of inputs) {
    const changed = mtime(join(ROOT, file));
    if (changed === null || changed > built) return `${file} changed`;
  }
  return null;
}

/**
 * The bundle, compiled with its code cache. `save()` writes the cache as V8 makes it now, with every
 * function compiled so far: the build calls it after its training run, the bin when V8 refused the cache.
 */
export function loadBundle() {
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(CACHE);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    ...(cachedData ? { cachedData } : {}),
  });
  const exports = {};
  const mod = { exports };
  script.runInThisContext()(exports, createRequire(BUNDLE), mod, BUNDLE, dirname(BUNDLE));
  return {
    cli: mod.exports,
    cacheRefused: cachedData === undefined || script.cachedDataRejected === true,
    // Written beside and renamed: a CLI starting meanwhile reads the old cache or the new, never half.
    save: () => {
      const tmp = `${CACHE}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, CACHE);
    },
  };
}

/** The CLI's runCli and consoleIO, from the bundle or (not built, or out of date) from the sources. */
export async function loadCli() {
  if (bundleStale() === null) {
    const b = loadBundle();
    return { ...b.cli, afterRun: b.cacheRefused ? () => { try { b.save(); } catch { /* read-only install: no cache */ } } : () => undefined };
  }
  module.enableCompileCache?.();
  const [{ runCli }, { consoleIO }] = await Promise.all([import('../electron/cli/run.ts'), import('../electron/cli/console-io.ts')]);
  return { runCli, consoleIO, afterRun: () => undefined };
}
