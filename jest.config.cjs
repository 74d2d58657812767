// Jest: four projects (pure shared core, Node main side, jsdom renderer, store fault injection), all via @swc/jest.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const base = {
  transform: { '^.+\\.(t|j|mj|cj)sx?$': swc },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/e2e/', '/dist/'],
  // fast-check: fixed seed unless NIANBAO_PROPS=random (npm run test:props).
  setupFiles: ['<rootDir>/jest.fast-check.mjs'],
};
module.exports = {
  projects: [
    { ...base, displayName: 'shared', testEnvironment: 'node', roots: ['<rootDir>/shared'] },
    {
      ...base,
      displayName: 'main',
      testEnvironment: 'node',
      roots: ['<rootDir>/main'],
      testPathIgnorePatterns: [...base.testPathIgnorePatterns, '\\.faults\\.test\\.ts$'],
      moduleNameMapper: { '^electron$': '<rootDir>/main/electron/__mocks__/electron.ts' },
    },
    {
      ...base,
      displayName: 'faults',
      testEnvironment: 'node',
      roots: ['<rootDir>/main'],
      testMatch: ['**/*.faults.test.ts'],
    },
    {
      ...base,
      displayName: 'renderer',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/renderer'],
      setupFilesAfterEnv: ['<rootDir>/renderer/test-setup.ts'],
      // Components may import their stylesheet (Vite bundles it); tests see an empty module.
      moduleNameMapper: { '\\.css$': '<rootDir>/renderer/test-style-stub.ts' },
    },
  ],
};
