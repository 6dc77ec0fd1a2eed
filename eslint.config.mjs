// ESLint flat config: typescript-eslint for all code, React hooks rules for the web app, and
// Nx module boundaries so that dependencies point one way (see docs/architecture.md).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

/** Dependency rules; test files may also use the shared test harness (type:testing). */
function depConstraints(forTests) {
  const testing = forTests ? ['type:testing'] : [];
  return [
    // The web app never imports server code, and the server never imports web code.
    { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
    { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
    // clinical-rules and contracts import nothing of ours.
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:none'] },
    // Utilities depend only on utilities; features on utilities and other features' public surface.
    { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', ...testing] },
    { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:util', ...testing] },
    { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:feature', 'type:util', 'type:data', ...testing] },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:testing', 'type:feature', 'type:util', 'type:data'] },
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:util', 'type:data', ...testing] },
    { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:util', 'type:data', 'type:feature'] },
    { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: ['scope:none'] },
    { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared', 'scope:e2e'] },
  ];
}

// Feature specs use the test harness, which assembles features (and seeds demo data): Nx sees a
// cycle through test files only. Production code may not import the harness (rule above).
const IGNORED_CYCLES = [
  ['server-testing', 'server-*'],
  ['server-testing', 'migrations'],
  ['server-demo', 'server-*'],
  ['migrations', 'server-*'],
];

const TEST_FILES = ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', '**/*.e2e-spec.ts'];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', 'apps/web/src/gql/**', 'e2e/artifacts/**', '.nx/**'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          ignoredCircularDependencies: IGNORED_CYCLES,
          depConstraints: depConstraints(false),
        },
      ],
    },
  },
  {
    files: TEST_FILES,
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], ignoredCircularDependencies: IGNORED_CYCLES, depConstraints: depConstraints(true) }],
    },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.js', '**/*.cjs', 'scripts/**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
  },
  prettier,
);
