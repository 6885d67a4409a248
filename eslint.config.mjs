import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// eslint's flat config is loaded through a default export.
// eslint-disable-next-line no-restricted-syntax
export default tseslint.config(
  {
    ignores: [
      'node_modules',
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
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          // Cypher takes values only as parameters: a template literal with substitutions passed to
          // run/read/write would put values into the query text.
          // Interpolation is allowed only for the constant Cypher fragments of src/db/reads/fragments.ts
          // (called with literal variable names) and SCREAMING_CASE constants.
          selector:
            'CallExpression[callee.property.name=/^(run|read|write|executeQuery)$/] > TemplateLiteral > :not(TemplateElement, CallExpression[callee.name=/^(organizationFields|consortiumFields|membershipFields|membershipHeld|standingOnDay|consortiumActive|topLevelParent|aliasTextOf)$/], Identifier[name=/^[A-Z][A-Z_]*$/])',
          message: 'Build Cypher from constants and pass values as parameters, never by interpolation.',
        },
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
