// ESM jest set-up as in actions/typescript-action and actions/setup-node: ts-jest with useESM,
// run under `node --experimental-vm-modules` (see the "jest" script in package.json).
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  // @actions/* ship ESM only; let ts-jest leave them as ESM.
  transformIgnorePatterns: ['node_modules/(?!(@actions)/)'],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
  testTimeout: 30000,
  verbose: false
}
