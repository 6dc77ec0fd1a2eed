// `testTimeout` is a global Jest option, not a per-project one, so each project sets its own here.
const seconds = Number(process.env.CONSILIUM_TEST_TIMEOUT_SECONDS ?? 30);
jest.setTimeout(seconds * 1000);
