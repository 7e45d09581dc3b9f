// ESLint flat config, as in actions/typescript-action: @eslint/js and typescript-eslint's
// recommended rules, type-aware where the check catches real defects (a floating promise, an
// await of a non-promise, a promise passed where a callback's result is ignored), and the jest
// plugin for __tests__. Style is Prettier's job (.prettierrc); no rule here is about layout.
import js from '@eslint/js'
import jest from 'eslint-plugin-jest'
import tseslint from 'typescript-eslint'

/** Node's globals, for the few plain .js/.mjs scripts (TypeScript checks them in .ts files). */
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'TextDecoder', 'TextEncoder', 'setTimeout', 'clearTimeout', 'globalThis'].map((name) => [name, 'readonly'])
)

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'build/**',
      'coverage/**',
      'node_modules/**',
      // Generated: rewritten by scripts/generate-tf-protos.ts and scripts/build-html-page.ts.
      '**/*.generated.*',
      'src/formats/tensorflow/proto/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.check.json', './src/report/html/page/tsconfig.json'], tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      // Real defects, cheap with the project service: an un-awaited promise loses its rejection.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      // tsc already reports unused names (noUnusedLocals/Parameters); `_name` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Binary readers test bits in loops (`while (true)` with an explicit break on the last byte).
      'no-constant-condition': ['error', { checkLoops: false }],
      // Control characters in regular expressions are the point in the escapers and sniffers.
      'no-control-regex': 'off',
      // Layout inside a regular expression is style (`/^  ([a-z-]+):$/` reads as YAML indentation).
      'no-regex-spaces': 'off'
    }
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: NODE_GLOBALS }
  },
  {
    files: ['__tests__/**/*.test.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      // Helpers assert for the test: expectShape, fast-check's fc.assert (property runs), ...
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'fc.assert', 'assert*'] }],
      // A loop over tensors or fixtures asserts in each branch (`if (slot) expect(...) else expect(...)`):
      // the rule would push those into one expect per case without catching a missing assertion.
      'jest/no-conditional-expect': 'off'
    }
  }
)
