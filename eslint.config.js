/**
 * Lint: typescript-eslint (type-aware where it matters: floating promises, awaited returns), the Office
 * add-in rules (load/sync discipline) on code that touches Office, and the layer rule: the core imports no
 * host, DOM framework or adapter; the workbook layer no UI.
 */
'use strict';
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

const OFFICE_RULES = {
  'office-addins/call-sync-before-read': 'error',
  'office-addins/load-object-before-read': 'error',
  'office-addins/call-sync-after-load': 'error',
  'office-addins/no-context-sync-in-loop': 'error',
  'office-addins/no-empty-load': 'error',
  'office-addins/no-navigational-load': 'error',
  'office-addins/no-office-initialize': 'error',
  'office-addins/test-for-null-using-isNullObject': 'error',
};

const UI_AND_HOSTS = ['react', 'react-dom', 'react-dom/*', '@fluentui/*', 'exceljs', '@microsoft/office-js'];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'build/**', 'coverage/**', 'node_modules/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    plugins: { 'office-addins': officeAddins },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/workbook/office/**/*.ts'],
    rules: OFFICE_RULES,
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...UI_AND_HOSTS, '**/workbook/**', '**/taskpane/**', '**/cli/**'],
              message: 'src/core is pure: no host, UI or adapter imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel'],
    },
  },
  {
    files: ['src/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['react', 'react-dom', '@fluentui/*', '**/taskpane/**', '**/cli/**'], message: 'src/workbook imports only the core.' }],
        },
      ],
    },
  },
  {
    files: ['src/taskpane/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@microsoft/office-js', '**/workbook/office/**', '**/workbook/file/**', '**/pipeline/ports'],
              message: 'Components get data and callbacks; only usePipeline talks to the port.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel'],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        window: 'readonly',
        document: 'readonly',
        getComputedStyle: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
