import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { createGraphqlErrorFormatter } from '../errors/format-graphql-error';
import { LOGGER } from '../logging/logger.module';
import { ConsiliumRequest, GqlContext, LoaderCache } from './gql-context';

/** Code-first GraphQL on Apollo Server at POST /graphql. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, LOGGER],
      useFactory: (config: AppConfig, logger: Logger) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: config.NODE_ENV !== 'production',
        includeStacktraceInErrorResponses: false,
        csrfPrevention: true,
        formatError: createGraphqlErrorFormatter(logger),
        context: ({ req }: { req: ConsiliumRequest }): GqlContext => ({ req, loaders: new LoaderCache() }),
      }),
    }),
  ],
})
export class GraphqlApiModule {}
