import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';

/**
 * The Angular house rules every web project adds to the root config:
 * `export default withAngular(baseConfig)` in its own eslint.config.mjs.
 */
export function withAngular(baseConfig) {
  return [
    ...nx.configs['flat/angular'],
    ...nx.configs['flat/angular-template'],
    ...baseConfig,
    {
      files: ['**/*.ts'],
      rules: {
        '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'kbdm', style: 'camelCase' }],
        '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'kbdm', style: 'kebab-case' }],
        '@angular-eslint/pipe-prefix': 'off',
        // House style: standalone, OnPush, inject(), signal inputs and outputs.
        '@angular-eslint/prefer-standalone': 'error',
        '@angular-eslint/prefer-on-push-component-change-detection': 'error',
        '@angular-eslint/prefer-inject': 'error',
        '@angular-eslint/prefer-signals': 'error',
        '@angular-eslint/prefer-output-emitter-ref': 'error',
        '@angular-eslint/no-uncalled-signals': 'error',
        '@angular-eslint/use-component-view-encapsulation': 'error',
      },
    },
    ...angular.configs.templateAccessibility.map((config) => ({ ...config, files: ['**/*.html'] })),
    {
      files: ['**/*.html'],
      rules: {
        '@angular-eslint/template/prefer-control-flow': 'error',
        '@angular-eslint/template/prefer-self-closing-tags': 'error',
        '@angular-eslint/template/button-has-type': 'error',
        '@angular-eslint/template/eqeqeq': 'error',
        '@angular-eslint/template/no-positive-tabindex': 'error',
      },
    },
  ];
}
