// e2e tests start processes and browsers: give each test two minutes (set per project, see jest.config.js).
jest.setTimeout(120_000);
