// Lint: mostly the process boundaries. shared/ is pure (no electron, no Node built-ins),
// renderer/ never reaches into electron/, and only the shell files import electron.
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'out/**', 'test-results/**', 'bench/results/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.base],
    rules: {
      'no-debugger': 'error',
      'no-var': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [
        { group: ['electron', 'electron/*'], message: 'shared/ は純粋なコアです: electron を import しないでください。' },
        { group: ['node:*'], message: 'shared/ は純粋なコアです: Node の組み込みモジュールを import しないでください。' },
        { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ から electron/ や renderer/ へ依存しないでください。' },
        { group: ['better-sqlite3', 'exceljs', 'pdfmake', 'react', 'react-dom'], message: 'shared/ はプロセスに依存しないライブラリだけを使います。' },
      ],
      nodeBuiltins.filter((m) => !m.startsWith('node:')).map((name) => ({ name, message: 'shared/ では Node の組み込みモジュールを使えません。' })),
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: restrict([
      { group: ['**/electron/**'], message: 'renderer/ は electron/ を import せず、契約のクライアント(renderer/api/client.ts)だけを使います。' },
      { group: ['electron', 'electron/*', 'node:*', 'better-sqlite3', 'exceljs', 'pdfmake'], message: 'renderer/ では Node/Electron のモジュールを使えません。' },
    ]),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**'],
    rules: restrict([
      { group: ['electron', 'electron/*'], message: 'electron の import はシェル(electron/shell/)だけに置きます。ハンドラーやストアは素の Node モジュールです。' },
      { group: ['**/renderer/**'], message: 'electron/ から renderer/ を import しないでください。' },
    ]),
  },
);
