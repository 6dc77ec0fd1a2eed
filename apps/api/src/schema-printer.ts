import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_HEADER =
  '# Generated from the NestJS code-first resolvers by `npm run schema:print`. Do not edit.\n' +
  '# The web app\'s typed documents are generated from this file (GraphQL Code Generator).\n\n';

/** The api's GraphQL schema as committed in schema.graphql: sorted, with a fixed header. */
export function printApiSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
