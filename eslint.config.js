// Lint: mostly the process boundaries. shared/ is pure (no electron, no Node built-ins, static or
// dynamic), renderer/ never reaches into electron/ nor around its API client, and only the shell
// files import electron. typescript-eslint's recommended rules (unused code included) everywhere.
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

/** Packages that only run in Node (native code, the file system, Electron itself). */
const nodeOnlyPackages = ['electron', 'better-sqlite3', 'exceljs', 'pdfmake', 'yauzl', 'esbuild', 'vite', 'vitest', '@playwright/test'];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const nodeOnlySource = `/^(node:.*|${[...builtinModules, ...nodeOnlyPackages].map(escape).join('|')})(\\u002F.*)?$/`;

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});
const bareBuiltins = (where) => builtinModules.map((name) => ({ name, message: `${where} では Node の組み込みモジュール(${name})を使えません。` }));

/** What neither the pure core nor the page may do, however it is spelled. */
const noNodeAtRuntime = (where) => [
  { selector: `ImportExpression[source.value=${nodeOnlySource}]`, message: `${where} では Node 専用のモジュールを動的 import() できません。` },
  { selector: 'ImportExpression[source.type!="Literal"]', message: `${where} では import() に変数を渡せません(何を読み込むか分からないため)。` },
  { selector: "CallExpression[callee.name='require']", message: `${where} では require() を使えません。` },
  { selector: "CallExpression[callee.property.name='require']", message: `${where} では require() を使えません。` },
];
/** The backend is reached only through renderer/api/client.ts. */
const noBackendAroundClient = [
  { selector: "CallExpression[callee.name='fetch'] > Literal.arguments:first-child[value=/^(\\.?\\u002F)?api/]", message: 'API は renderer/api/client.ts の api だけで呼び出してください。' },
  { selector: "CallExpression[callee.name='fetch'] > TemplateLiteral.arguments:first-child > TemplateElement[value.raw=/^(\\.?\\u002F)?api/]", message: 'API は renderer/api/client.ts の api だけで呼び出してください。' },
  { selector: 'MemberExpression[property.name=/^planDesk/]', message: 'Electron の橋渡し(planDesk)は renderer/api/client.ts だけが使います。' },
  { selector: 'MemberExpression[property.value=/^planDesk/]', message: 'Electron の橋渡し(planDesk)は renderer/api/client.ts だけが使います。' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'out/**', 'test-results/**', 'bench/results/**'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.recommended],
    rules: {
      'no-debugger': 'error',
      'no-var': 'error',
      eqeqeq: ['error', 'smart'],
      // `_name` marks a value left out on purpose (a destructured field, an unused parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restrict(
        [
          { group: ['electron', 'electron/*'], message: 'shared/ は純粋なコアです: electron を import しないでください。' },
          { group: ['node:*'], message: 'shared/ は純粋なコアです: Node の組み込みモジュールを import しないでください。' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ から electron/ や renderer/ へ依存しないでください。' },
          { group: [...nodeOnlyPackages, 'react', 'react-dom'], message: 'shared/ はプロセスに依存しないライブラリだけを使います。' },
        ],
        bareBuiltins('shared/'),
      ),
      'no-restricted-syntax': ['error', ...noNodeAtRuntime('shared/'), ...noBackendAroundClient],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      ...restrict(
        [
          { group: ['**/electron/**'], message: 'renderer/ は electron/ を import せず、契約のクライアント(renderer/api/client.ts)だけを使います。' },
          { group: ['node:*', ...nodeOnlyPackages], message: 'renderer/ では Node/Electron のモジュールを使えません。' },
        ],
        bareBuiltins('renderer/'),
      ),
      'no-restricted-syntax': ['error', ...noNodeAtRuntime('renderer/'), ...noBackendAroundClient],
    },
  },
  {
    files: ['renderer/api/client.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noNodeAtRuntime('renderer/')] },
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
