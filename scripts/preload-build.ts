// How the sandboxed preload is bundled: CommonJS, electron left to the sandbox's require, and the
// contract's method names baked in (the preload carries no schema code). Used by the build
// (scripts/build-electron.ts) and by the test that runs the built preload (tests/unit/contract.test.ts).
import type { BuildOptions } from 'esbuild';
import { methodNames } from '../shared/api/contract.ts';

export const preloadBuild = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  logLevel: 'warning',
  entryPoints: [new URL('../electron/shell/preload.ts', import.meta.url).pathname],
  format: 'cjs',
  external: ['electron'],
  define: { __PLAN_DESK_METHODS__: JSON.stringify(methodNames) },
} satisfies BuildOptions;
