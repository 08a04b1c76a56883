import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'models/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The pure core: no Electron, no Node built-ins, no DOM-bound platform code. Time is an argument.
    files: ['shared/core/**/*.ts', 'shared/posture/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron-store', 'conf'],
              message: 'Core code stays pure: Electron lives in main/platform.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'Core code stays pure: no Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Date', message: 'Pass time in as an argument.' }],
    },
  },
  {
    // Every word a person reads goes through the i18n layer (shared/core/i18n): no English in JSX
    // text or in the attributes people read (assistive technology included). Lab pages are test
    // benches, not part of the app's interface.
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/lab.tsx', 'renderer/**/lab/**', 'renderer/pose-lab/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-valuetext',
              'title',
              'placeholder',
              'alt',
              'label',
            ],
          },
        },
      ],
    },
  },
);
