// @nestjs/graphql keeps its type metadata on the process-wide global object, which outlives the
// module registry of one Jest test file. Each file loads its own copy of every class, so the
// metadata a previous file left behind (bound to that file's `graphql` copy) must go.
delete (globalThis as { GqlTypeMetadataStorage?: unknown }).GqlTypeMetadataStorage;
