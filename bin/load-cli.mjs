// Loads the CLI for bin/plan-desk.mjs: the one-file bundle `npm run build` makes (dist/cli/plan-desk.cjs,
// scripts/build-cli.ts) with its V8 code cache when it is there and up to date (bin/bundle-cache.mjs),
// else the TypeScript sources with Node's compile cache. A cache that V8 refuses (another Node version)
// is rewritten when the command ends; the CLI runs the same either way.
import module from 'node:module';
import v8 from 'node:v8';
import * as cache from './bundle-cache.mjs';

export const BUNDLE = cache.CLI_BUNDLE;

/** Why the CLI bundle cannot be used (missing, or older than one of its own sources), or null. */
export const bundleStale = () => cache.bundleStale(BUNDLE);

/** The CLI bundle, compiled with its code cache (bundle-cache.mjs's loadBundle). */
export function loadBundle() {
  // A command is short: V8's optimising compiler (TurboFan) costs more on its threads than it wins back
  // before the process ends (measured: the seed's PDF 5-10 % sooner, 1,000 items as fast, less CPU).
  // Set before compiling: V8 takes a code cache only under the flags it was made with, and the build's
  // training run loads the bundle through here too.
  v8.setFlagsFromString('--no-opt');
  const b = cache.loadBundle(BUNDLE);
  return { cli: b.exports, cacheRefused: b.cacheRefused, save: b.save };
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
