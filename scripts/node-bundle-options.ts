// The esbuild options of the one-file Node bundles (the CLI, scripts/build-cli.ts; the app's PDF worker,
// scripts/build-pdf-worker.ts): everything inside but better-sqlite3, a native module.
import type { BuildOptions } from 'esbuild';

export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  logLevel: 'warning',
  external: ['better-sqlite3'],
  metafile: true,
  // Less to read and hash at every start; names stay, so a stack trace still says where.
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [{
    // fontkit's WOFF2 decoder (1.3 MB of brotli dictionary, decoded when fontkit loads): the app's
    // fonts are TrueType files, so a WOFF2 font is refused with this message instead.
    name: 'no-woff2',
    setup(b) {
      b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli-decompress', namespace: 'no-woff2' }));
      b.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
        contents: "module.exports = () => { throw new Error('WOFF2 のフォントは使えません(TrueType のフォントを使います)。'); };",
        loader: 'js',
      }));
    },
  }],
} satisfies BuildOptions;
