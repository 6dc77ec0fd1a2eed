import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isCompositeType,
} from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { errorCodes, startTestApi, TestApi } from '@consilium/server-testing';
import { createApiApp } from './create-app';
import { printApiSchema } from './schema-printer';

/** The only operations anyone may call without signing in. Adding one must be a deliberate change here. */
const PUBLIC_OPERATIONS = ['Mutation.login', 'Mutation.logout', 'Mutation.refresh'];

function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, placeholder(f.type)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2026-01-01T00:00:00.000Z';
      default:
        return 'x';
    }
  }
  throw new Error(`no placeholder for ${String(type)}`);
}

/** A syntactically valid call of a root field with placeholder arguments. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables: Record<string, unknown> = {};
  const declarations = field.args.map((arg) => {
    variables[arg.name] = placeholder(arg.type);
    return `$${arg.name}: ${String(arg.type)}`;
  });
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `${kind}${declarations.length ? `(${declarations.join(', ')})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

function rootOperations(schema: GraphQLSchema) {
  const out: { name: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ name: `${type!.name}.${field.name}`, kind, field });
  }
  return out;
}

describe('the api as a whole (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    api = await startTestApi((config) => createApiApp(config, { logger: false }));
    schema = api.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => api.close());

  it('matches the committed schema.graphql (run `npm run schema:print` after changing resolvers)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8');
    expect(printApiSchema(api.app)).toBe(committed);
  });

  it('has migrations that agree with the entities (no pending schema change)', async () => {
    const pending = await api.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  describe('deny by default: every query and mutation of the schema', () => {
    it('lists operations to check (the enumeration itself works)', () => {
      const names = rootOperations(schema).map((o) => o.name);
      expect(names).toEqual(expect.arrayContaining(['Query.me', 'Mutation.login', 'Mutation.createUser']));
    });

    it('refuses every operation but the public ones to an anonymous caller', async () => {
      const failures: string[] = [];
      for (const op of rootOperations(schema)) {
        if (PUBLIC_OPERATIONS.includes(op.name)) continue;
        const { query, variables } = operationFor(op.kind, op.field);
        const response = await api.gql.request(query, variables);
        if (JSON.stringify(errorCodes(response)) !== '["UNAUTHENTICATED"]') {
          failures.push(`${op.name}: ${JSON.stringify(response.errors ?? response.data)}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it.each(['admin', 'coordinator', 'radiologist', 'physician', 'pharmacist'] as const)(
      'has an explicit policy for every operation (as %s, none is refused for lacking one)',
      async (who) => {
        const token = await api.tokenFor(who);
        const missing: string[] = [];
        for (const op of rootOperations(schema)) {
          if (op.name === 'Mutation.logout') continue; // would end this very session
          const { query, variables } = operationFor(op.kind, op.field);
          const response = await api.gql.request(query, variables, token);
          if (response.errors?.some((e) => e.extensions?.reason === 'NO_POLICY')) missing.push(op.name);
          expect(response.status).toBeLessThan(500);
          expect(errorCodes(response)).not.toContain('INTERNAL_SERVER_ERROR');
        }
        expect(missing).toEqual([]);
      },
    );
  });

  it('answers GET /health with both stores up', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', postgres: { status: 'up' }, redis: { status: 'up' } });
  });
});
