// NestJS 12 is published as ES modules only, so these specs run as ES modules too
// (NODE_OPTIONS=--experimental-vm-modules, set for every test target in nx.json).
module.exports = {
  displayName: 'catalogue-api-feature-admin',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', useESM: true }],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  coverageDirectory: '../../../coverage/libs/catalogue/api-feature-admin',
};
