import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Ways to put a string into the page as HTML: data is only ever rendered as text. */
const htmlSinks = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Data is never rendered as HTML.',
  },
  {
    selector:
      'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment)$/]',
    message: 'Data is never rendered as HTML.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
    message: 'Data is never rendered as HTML.',
  },
];

/**
 * The layers, bottom first. Each may import the ones below it and none above:
 * i18n ← domain ← lib ← components ← features ← routes ← app. (i18n imports nothing of the app,
 * and domain uses it for its date and number words.)
 */
const LAYERS = ['i18n', 'domain', 'lib', 'components', 'features', 'routes', 'app'];
const layerZones = LAYERS.slice(0, -1).map((layer, i) => ({
  target: `./src/${layer}`,
  from: LAYERS.slice(i + 1).map((above) => `./src/${above}`),
  message: `Layers go one way (${LAYERS.join(' ← ')}): src/${layer} imports nothing above it.`,
}));
/** Features never import each other: what two of them share moves down a layer. */
const featureZones = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message:
      'Features never import each other: move what they share down to components, lib or domain.',
  }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...pluginQuery.configs['flat/recommended'],
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // Schemas take zod from src/domain/zod.ts (zod/mini from zod-mini.ts, for the URL's search
    // schemas), which keeps it from probing eval under the CSP.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/zod.ts', 'src/domain/zod-mini.ts', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: 'Import { z } from src/domain/zod.ts (it configures zod for the CSP).',
            },
            {
              name: 'zod/mini',
              message: 'Import { z } from src/domain/zod-mini.ts (it configures zod for the CSP).',
            },
          ],
        },
      ],
    },
  },
  {
    // The layers, checked on resolved files: a path the resolver cannot follow fails as unresolved
    // rather than passing unseen (imports here name their .ts/.tsx extension).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads no .ts file's imports and no-cycle finds nothing.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        // tsconfig.test.json covers all of src, tests included.
        createTypeScriptImportResolver({ project: 'tsconfig.test.json' }),
      ],
    },
    rules: {
      'import-x/no-unresolved': 'error',
      // Tests may reach across layers (a lib test may use the routes' schemas), not across features.
      'import-x/no-restricted-paths': ['error', { zones: featureZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The app's own code keeps to its layer; src/testing (render helpers, fixtures) is for tests only.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones,
            ...featureZones,
            { target: './src', from: './src/testing', message: 'src/testing is for tests only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['scripts/**/*.ts', 'e2e/**/*.ts', 'tests/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...htmlSinks],
      // The CSP forbids eval; code must not need it.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // A catalog's languages take the same arguments, and English has no use for the French
    // grammar of a name (`src/i18n/french.ts`): an argument it does not read is named `_place`.
    files: ['src/**/messages.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Interface text lives in messages.ts catalogs, in English and French: no words written
    // straight into the markup (commands in <code> and keys in <kbd> are not words to translate).
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...htmlSinks,
        {
          selector:
            'JSXElement:not([openingElement.name.name=/^(code|kbd)$/]) > JSXText[value=/[A-Za-zÀ-ÿ]{2,}/]',
          message: 'Interface text goes in a messages.ts catalog, in English and French.',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|title|placeholder|alt)$/] > Literal[value=/[A-Za-zÀ-ÿ]{2,}/]',
          message: 'Interface text goes in a messages.ts catalog, in English and French.',
        },
      ],
    },
  },
);
