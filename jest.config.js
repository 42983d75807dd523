/**
 * Unit specs sit beside the code; integration and end-to-end suites in test/ share real parts.
 * TypeScript goes through swc configured from tsconfig.json, as for scripts (@swc-node/register).
 */
const transform = { '^.+\\.ts$': '@swc-node/jest' };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/{libs,apps,activities,workflows}/**/*.spec.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFiles: ['<rootDir>/test/support/quiet-runtime.ts'],
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
