// One Jest run, three projects: unit specs beside the code, integration specs against the
// real PostgreSQL and Redis, and black-box e2e tests against running processes.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    path.join('<rootDir>', target),
  ]),
);

const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ],
};

const common = {
  rootDir: __dirname,
  transform,
  moduleNameMapper,
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  setupFiles: ['<rootDir>/libs/server/testing/src/jest-setup-file.ts'],
};

module.exports = {
  coverageThreshold: {
    './libs/clinical-rules/src/': { branches: 100, functions: 100, lines: 100, statements: 100 },
  },
  coverageReporters: ['text-summary', 'lcov'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts', '<rootDir>/{apps,libs}/**/*.spec.tsx'],
      testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$'],
    },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,migrations}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/server/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/server/testing/src/jest-timeouts.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/server/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/e2e/support/jest-timeouts.ts'],
    },
  ],
};
