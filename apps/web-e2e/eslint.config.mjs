import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Every Playwright action and assertion returns a promise; one not awaited passes by accident.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
];
