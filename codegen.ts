// GraphQL Code Generator: typed documents for the web app (client preset).
// Reads the checked-in schema and the `.graphql` documents that live beside each web
// feature; the output in apps/web/src/gql is committed so a build never needs codegen.
// scripts/codegen-check.sh regenerates it and fails when the committed copy is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  ignoreNoDocuments: false,
  // Format the output with the repository's Prettier settings, so `prettier --check .`
  // and the committed files agree.
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Documents are plain `.graphql` files, so the `graphql()` tag and fragment
        // masking helpers are not needed.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // The server serialises DateTime as an ISO-8601 string.
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
        nonOptionalTypename: false,
        skipTypename: false,
      },
    },
  },
};

export default config;
