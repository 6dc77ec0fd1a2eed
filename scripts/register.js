// Runs TypeScript sources directly: tsconfig path aliases (@consilium/*) plus SWC
// compilation with legacy decorators and decorator metadata (NestJS and TypeORM need both).
const path = require('node:path');
require('./register-paths');
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
