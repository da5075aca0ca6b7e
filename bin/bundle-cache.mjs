// One-file bundles run with V8's code cache (the CLI, dist/cli/plan-desk.cjs; the app's PDF worker,
// dist/pdf-worker/pdf-worker.cjs). Each is used only when it is built and no source it was built from
// (listed beside it in inputs.json) has changed since; else the caller runs the TypeScript sources.
// Its cache (`<bundle>.cache`) is made by the build after running the bundle's main work once, so it
// also holds the functions compiled while it ran, which Node's own compile cache (made before a module
// runs) leaves out. A cache that V8 refuses (another Node version) only costs the compiling.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The bundles `npm run build` makes (scripts/build-cli.ts, scripts/build-pdf-worker.ts). */
export const CLI_BUNDLE = join(ROOT, 'dist/cli/plan-desk.cjs');
export const PDF_WORKER_BUNDLE = join(ROOT, 'dist/pdf-worker/pdf-worker.cjs');

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
};

/** Why `bundle` cannot be used (missing, or older than one of its own sources), or null. */
export function bundleStale(bundle) {
  const built = mtime(bundle);
  if (built === null) return 'not built';
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(dirname(bundle), 'inputs.json'), 'utf8'));
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
 * A CommonJS bundle, compiled with its code cache. `save()` writes the cache as V8 makes it now, with
 * every function compiled so far: the build calls it after its training run.
 */
export function loadBundle(bundle) {
  const cache = `${bundle}.cache`;
  const source = readFileSync(bundle, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const exports = {};
  const mod = { exports };
  script.runInThisContext()(exports, createRequire(bundle), mod, bundle, dirname(bundle));
  return {
    exports: mod.exports,
    cacheRefused: cachedData === undefined || script.cachedDataRejected === true,
    // Written beside and renamed: a process starting meanwhile reads the old cache or the new, never half.
    save: () => {
      const tmp = `${cache}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cache);
    },
  };
}
