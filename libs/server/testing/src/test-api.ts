import 'reflect-metadata';
import { DynamicModule, INestApplication, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@consilium/migrations';
import { AuditModule } from '@consilium/server-audit';
import { AppConfig, configSchema, configureApiApp, CoreModule, GraphqlApiModule, HealthController } from '@consilium/server-core';
import { DEMO_PASSWORD, seedDemoData, seedDemoIdentity } from '@consilium/server-demo';
import { createTestDatabase, TestDatabase, TEST_REDIS_URL } from './test-database';
import { GqlClient } from './gql-client';

export function testConfig(databaseUrl: string, overrides: Partial<Record<keyof AppConfig, string>> = {}): AppConfig {
  return configSchema.parse({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: '0',
    LOG_LEVEL: 'silent',
    REDIS_PREFIX: `test:${process.pid}:${randomBytes(3).toString('hex')}`,
    ...overrides,
  });
}

/** An api made of the core plus the feature modules under test, as the real api assembles them. */
export async function createFeatureTestApp(config: AppConfig, features: Type[]): Promise<INestApplication> {
  @Module({})
  class FeatureTestModule {
    static forRoot(): DynamicModule {
      return {
        module: FeatureTestModule,
        imports: [CoreModule.forRoot(config, dataSourceOptions), GraphqlApiModule, AuditModule, ...features],
        controllers: [HealthController],
      };
    }
  }
  const app = await NestFactory.create(FeatureTestModule.forRoot(), { logger: false, bodyParser: false });
  configureApiApp(app, config, { logger: false });
  return app;
}

export interface TestApi {
  app: INestApplication;
  url: string;
  db: TestDatabase;
  config: AppConfig;
  dataSource: DataSource;
  gql: GqlClient;
  /** Signs in a demo user (e.g. 'admin') and returns the access token. */
  tokenFor(who: 'coordinator' | 'radiologist' | 'physician' | 'pharmacist' | 'admin'): Promise<string>;
  /** A new sign-in now (e.g. after a test moved the clock past the cached tokens' expiry). */
  signIn(who: 'coordinator' | 'radiologist' | 'physician' | 'pharmacist' | 'admin'): Promise<string>;
  close(): Promise<void>;
}

/**
 * A listening api on its own database, seeded with the demo teams and users. Pass the real
 * api's factory to test the whole app, or `createFeatureTestApp` with some features.
 */
export async function startTestApi(
  createApp: (config: AppConfig) => Promise<INestApplication>,
  /** seed: demo teams and users (default), everything including demo cases ('all'), or nothing. */
  options: { seed?: boolean | 'all'; config?: Partial<Record<keyof AppConfig, string>> } = {},
): Promise<TestApi> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, options.config);
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = app.get(DataSource);
  if (options.seed === 'all') await seedDemoData(dataSource);
  else if (options.seed !== false) await seedDemoIdentity(dataSource);
  const gql = new GqlClient(`${url}/graphql`);
  const tokens = new Map<string, string>();
  return {
    app,
    url,
    db,
    config,
    dataSource,
    gql,
    async signIn(who) {
      const { accessToken } = await gql.login(`${who}@consilium.test`, DEMO_PASSWORD);
      tokens.set(who, accessToken);
      return accessToken;
    },
    async tokenFor(who) {
      const cached = tokens.get(who);
      if (cached) return cached;
      const { accessToken } = await gql.login(`${who}@consilium.test`, DEMO_PASSWORD);
      tokens.set(who, accessToken);
      return accessToken;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
