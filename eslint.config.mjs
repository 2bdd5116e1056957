// Lint: type-aware typescript-eslint. Formatting is Prettier's (npm run format);
// eslint-config-prettier turns off the stylistic rules that would fight it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'test/generated/', 'coverage/', 'bench/peer/node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      // A `let` declared early because a closure registered before its assignment reads it
      // (main.ts: the signal handler must see what has started so far) would, as a `const`
      // declared at the assignment, be read in its temporal dead zone.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Decorated classes are type-graphql's and TypeORM's way: their metadata is the point.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // Tests and benchmarks check rows through the owner's TypeORM connection, whose
    // `query` is typed `any`: asserting on them is their job, so the no-unsafe-* family
    // stays for production code only. Writing `any` is still refused everywhere.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The peer servers of the benchmark run on Node 24 against bench/peer's own dependencies
    // (installed by `npm run bench` only): outside the root TypeScript project, so linted
    // without type information; `tsc -p bench/peer` type-checks them once installed.
    files: ['bench/peer/**/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // jest.config.js is CommonJS (module.exports), as jest loads it without a transform.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  prettier,
);
