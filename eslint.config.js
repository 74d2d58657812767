// ESLint flat config: strict TypeScript rules plus the layering bans of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'util',
  'stream',
  'events',
];
const banNode = nodeBuiltins.flatMap((m) => [m, `node:${m}`, `node:${m}/*`]);

// main/: electron only in main/electron, electron-store/conf only in main/store, never renderer/.
function mainBans() {
  const areas = [
    { files: ['main/electron/**/*.ts'], electron: true, store: false },
    { files: ['main/store/**/*.ts'], electron: false, store: true },
  ];
  const rest = {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**', 'main/store/**'],
    electron: false,
    store: false,
  };
  return [...areas, rest].map(({ electron, store, ...where }) => ({
    ...where,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...(electron ? [] : [{ name: 'electron', message: 'Only main/electron imports electron.' }]),
            ...(store
              ? []
              : [
                  { name: 'electron-store', message: 'Only main/store imports electron-store.' },
                  { name: 'conf', message: 'Only main/store imports conf.' },
                ]),
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports renderer/.' }],
        },
      ],
    },
  }));
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'assets/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/electron imports electron.' }] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...banNode.map((name) => ({ name, message: 'shared/ is pure: no Node imports.' })),
            { name: 'electron', message: 'shared/ is pure.' },
            { name: 'react', message: 'shared/ is pure.' },
            { name: 'docx', message: 'shared/ is pure.' },
            { name: 'pdf-lib', message: 'shared/ is pure.' },
          ],
          patterns: [
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ imports nothing outside itself.' },
            { group: ['node:*'], message: 'shared/ is pure: no Node imports.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches main only through renderer/api.' }],
          patterns: [{ group: ['**/main/**'], message: 'renderer/ never imports main/.' }],
        },
      ],
    },
  },
  ...mainBans(),
);
