export { createTestDatabase, TestDatabase, ADMIN_DATABASE_URL, TEST_REDIS_URL, databaseUrl, templateDatabase } from './test-database';
export { createFeatureTestApp, startTestApi, testConfig, TestApi } from './test-api';
export { errorCodes, GqlClient, GqlError, GqlResponse } from './gql-client';
export { startPrivateRedis, PrivateRedis } from './private-redis';
export { waitFor } from './wait-for';
