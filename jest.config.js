/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  // No test may depend on the machine's speed: on 2 cores under load a test that takes 1 s idle can take 10.
  // Every test gets 60 s; heavy ones (10,000-row workbooks, LibreOffice) set their own, longer, timeout.
  testTimeout: 60_000,
};
