import nx from '@nx/eslint-plugin';

const serverOnly = [
  '@nestjs/*',
  'typeorm',
  'class-validator',
  'class-transformer',
  'pg',
  '@electric-sql/*',
  'fastify',
  '@fastify/*',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/tmp', '**/test-results', '**/playwright-report', 'bench/results'],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.cts'],
    rules: {
      eqeqeq: ['error', 'always'],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$', '^.*/eslint\\.angular\\.mjs$'],
          depConstraints: [
            // Domains: a domain may use its own libraries and the shared ones.
            {
              sourceTag: 'scope:app',
              onlyDependOnLibsWithTags: [
                'scope:catalogue',
                'scope:sez',
                'scope:map',
                'scope:accounts',
                'scope:onboarding',
                'scope:applications',
                'scope:notifications',
                'scope:shared',
              ],
            },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:catalogue',
              onlyDependOnLibsWithTags: ['scope:catalogue', 'scope:accounts', 'scope:shared'],
            },
            // Investors' requests are made by accounts and tell people through notifications.
            {
              sourceTag: 'scope:sez',
              onlyDependOnLibsWithTags: [
                'scope:sez',
                'scope:catalogue',
                'scope:accounts',
                'scope:notifications',
                'scope:shared',
              ],
            },
            { sourceTag: 'scope:accounts', onlyDependOnLibsWithTags: ['scope:accounts', 'scope:shared'] },
            {
              sourceTag: 'scope:map',
              onlyDependOnLibsWithTags: ['scope:map', 'scope:sez', 'scope:catalogue', 'scope:shared'],
            },
            // Onboarding reads the catalogues (programmes' rules, opportunities) and attaches to accounts.
            {
              sourceTag: 'scope:onboarding',
              onlyDependOnLibsWithTags: ['scope:onboarding', 'scope:catalogue', 'scope:accounts', 'scope:shared'],
            },
            // Applications are made for catalogue items by accounts, and tell people through notifications.
            {
              sourceTag: 'scope:applications',
              onlyDependOnLibsWithTags: [
                'scope:applications',
                'scope:catalogue',
                'scope:accounts',
                'scope:notifications',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:notifications',
              onlyDependOnLibsWithTags: ['scope:notifications', 'scope:accounts', 'scope:shared'],
            },
            // Platforms: the browser never reaches server code, and the reverse.
            {
              sourceTag: 'platform:shared',
              onlyDependOnLibsWithTags: ['platform:shared'],
              bannedExternalImports: [...serverOnly, '@angular/*'],
            },
            {
              sourceTag: 'platform:web',
              onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'],
              bannedExternalImports: serverOnly,
            },
            {
              sourceTag: 'platform:api',
              onlyDependOnLibsWithTags: ['platform:api', 'platform:shared'],
              bannedExternalImports: ['@angular/*'],
            },
            // Types: features compose data access, domain and utilities; domain depends on nothing else.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:domain'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:domain'],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:domain'],
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:domain'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error; a switch must cover every case.
    files: ['**/*.ts'],
    ignores: ['**/jest.config.cjs', '**/*.d.ts', 'apps/web-e2e/**', 'bench/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', '**/test/**', '**/jest.config.cjs'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
];
