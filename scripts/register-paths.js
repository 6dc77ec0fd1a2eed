// Resolves the @consilium/* path aliases of tsconfig.base.json at run time.
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const base = require(path.join(__dirname, '..', 'tsconfig.base.json'));
tsconfigPaths.register({ baseUrl: path.join(__dirname, '..'), paths: base.compilerOptions.paths });
