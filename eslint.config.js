// Lint rules, including the layer rules of ../shared/CONVENTIONS.md: what each folder may import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'The device core and the contract are pure: no Node APIs.' };
const electronImport = { name: 'electron', message: 'Only electron/main and electron/preload may import Electron.' };
const reactImports = ['react', 'react-dom', 'react-dom/client', 'framer-motion'].map((name) => ({
  name,
  message: 'React stays in renderer/.',
}));
const wallClock = [
  { name: 'setTimeout', message: 'Use the virtual clock (electron/core/clock).' },
  { name: 'setInterval', message: 'Use the virtual clock (electron/core/clock).' },
  { name: 'performance', message: 'Use the virtual clock (electron/core/clock).' },
];
const wallClockSyntax = [
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Use the virtual clock.' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the virtual clock.' },
  { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Use the seeded Rng.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  // Plain JavaScript (scripts, this file) is outside the TypeScript project: no type-aware rules there.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/core/**/*.ts', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport, ...reactImports], patterns: [nodeBuiltins] }],
      'no-restricted-globals': ['error', ...wallClock, { name: 'process', message: 'The core is pure.' }],
      'no-restricted-syntax': ['error', ...wallClockSyntax],
    },
  },
  {
    // The device core reaches the simulated cloud only through its emulated network (electron/core/network/).
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/network/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, ...reactImports],
          patterns: [
            nodeBuiltins,
            { group: ['**/cloud/**'], message: 'The core calls the cloud only through electron/core/network/.' },
          ],
        },
      ],
    },
  },
  {
    // The simulated cloud (electron/cloud/): pure and deterministic like the core; it knows shared/ and nothing else.
    files: ['electron/cloud/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, ...reactImports],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/core/**', '**/runtime/**', '**/host/**', '**/cli/**', '**/main/**', '**/renderer/**'],
              message: 'The cloud layer imports only shared/ and its own files.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...wallClock, { name: 'process', message: 'The cloud is pure.' }],
      'no-restricted-syntax': ['error', ...wallClockSyntax],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, ...reactImports],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/runtime/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, ...reactImports],
          patterns: [{ group: ['node:*'], message: 'The runtime runs in Electron main and Node alike.' }],
        },
      ],
    },
  },
  {
    files: ['electron/host/**/*.ts', 'electron/cli/**/*.ts', 'electron/scenarios/**/*.ts', 'electron/files/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport, ...reactImports] }] },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: reactImports }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the device only through shared/ and its SimulatorClient.',
            },
          ],
        },
      ],
    },
  },
  {
    // Type-aware checks beyond recommendedTypeChecked (issue 20): a switch over a union must name every
    // member, and a promise must be awaited, returned or voided on purpose.
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    // vitest's asymmetric matchers (expect.stringContaining, expect.any…) are typed `any` so they fit any
    // field; assigning them into an expected object is their purpose, not an unchecked value.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
);
