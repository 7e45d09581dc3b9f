// ESM jest set-up as in actions/typescript-action and actions/setup-node: ts-jest with useESM,
// run under `node --experimental-vm-modules` (see the "jest" script in package.json).
//
// Two projects: `fast`, the edit loop (unit and per-format tests: `npm run test:fast`), and `slow`
// (fuzzing and mutation runs, property runs against reference decoders, sweeps at scale or over
// every fixture, builds of the bundles, the browser and the end-to-end tests). `npm test` and
// .ci/run run both. A new test is fast unless it is listed here; list it when it takes seconds.
const base = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  roots: ['<rootDir>/__tests__'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  // @actions/* ship ESM only; let ts-jest leave them as ESM.
  transformIgnorePatterns: ['node_modules/(?!(@actions)/)']
}

/** The slow suite, as path patterns (regular expressions on the test file's path). */
export const SLOW_TESTS = [
  // fuzzing, mutation and property runs
  '/__tests__/fuzz/fuzz\\.test\\.ts$',
  '/__tests__/fuzz/render\\.test\\.ts$',
  '/__tests__/formats/hdf5/mutations\\.test\\.ts$',
  '/__tests__/formats/pytorch/corrupt\\.test\\.ts$',
  '/__tests__/formats/tensorflow/protos\\.test\\.ts$',
  // sweeps at scale: many refills, large tables, ZIP64 and address tables past 2^32
  '/__tests__/formats/tensorflow/window-reuse\\.test\\.ts$',
  '/__tests__/formats/tensorflow/sstable\\.test\\.ts$',
  '/__tests__/formats/zip\\.test\\.ts$',
  '/__tests__/formats/hdf5/address-table\\.test\\.ts$',
  // every fixture against the frameworks' truth
  '/__tests__/truth/framework-truth\\.test\\.ts$',
  // builds: the bundles, the npm package, the action end to end, a browser
  '/__tests__/performance/cli-bundle-split\\.test\\.ts$',
  '/__tests__/package/pack\\.test\\.ts$',
  '/__tests__/action/e2e\\.test\\.ts$',
  '/__tests__/action/e2e-artifacts\\.test\\.ts$',
  '/__tests__/action/e2e-remote\\.test\\.ts$',
  // real servers (s3rver, a Hub and LFS stand-in) and many CLI runs against git
  '/__tests__/io/remote/(s3|hub|lfs|remote-paths)\\.test\\.ts$',
  '/__tests__/cli/drift\\.test\\.ts$',
  '\\.browser\\.test\\.ts$'
]

export default {
  projects: [
    { ...base, displayName: 'fast', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...SLOW_TESTS] },
    { ...base, displayName: 'slow', testRegex: SLOW_TESTS }
  ],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
  testTimeout: 30000,
  verbose: false
}
