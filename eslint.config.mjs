import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { cypherInterpolationRule } from './eslint/cypherInterpolation.mjs';

// eslint's flat config is loaded through a default export.
// eslint-disable-next-line no-restricted-syntax
export default tseslint.config(
  {
    ignores: [
      'node_modules',
      // Compiled output (npm run build; the benchmark builds it for its API server).
      'dist',
      'neo4j-local/target',
      'src/graphql/generated',
      '.neo4j',
      'test-artifacts',
      'bench/results',
      'src/server/static',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Cypher takes values only as parameters: the statement given to run/read/write, and whatever constant it
    // was built in, may interpolate only constant Cypher (eslint/cypherInterpolation.mjs says what that is).
    plugins: { cypher: { rules: { 'no-interpolation': cypherInterpolationRule } } },
    rules: {
      'cypher/no-interpolation': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports.',
        },
      ],
    },
  },
  // Tests walk untyped JSON responses.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
