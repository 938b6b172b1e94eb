import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'src/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Strict CSP and safe rendering: text through textContent or Lit templates, never parsed HTML.
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Use textContent or a Lit template.' },
        { property: 'outerHTML', message: 'Use textContent or a Lit template.' },
        { property: 'insertAdjacentHTML', message: 'Use a Lit template.' },
        { object: 'document', property: 'write', message: 'Never.' },
        { object: 'sessionStorage', property: 'setItem', message: 'No data in browser storage.' }],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No HTML from strings.' }],
      }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['*.config.{js,ts}', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
