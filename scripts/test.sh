#!/usr/bin/env bash
# `npm test`: everything CI checks, in order, stopping at the first failure.
#   lint (incl. module boundaries) · type-check · schema/codegen drift · unit tests with the
#   clinical-rules coverage gate · integration tests (real PostgreSQL + Redis) · e2e tests
#   (api processes, headless Chromium) · web bundle size budget.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true
mkdir -p tmp

stage() { printf '\n==> %s\n' "$1"; }

stage "lint"
# The module-boundary rule reads Nx's project graph; without one (a clean clone) it is skipped.
npx --no-install nx show projects >/dev/null
npx --no-install eslint . --max-warnings 0

stage "type-check"
npx --no-install tsc -p tsconfig.json --noEmit
npx --no-install tsc -p apps/web/tsconfig.json --noEmit

stage "GraphQL codegen is up to date with schema.graphql"
bash scripts/codegen-check.sh

stage "unit tests (+ 100 % coverage gate for libs/clinical-rules)"
npx --no-install jest --selectProjects unit --coverage \
  --collectCoverageFrom='libs/clinical-rules/src/**/*.ts' --collectCoverageFrom='!**/*.spec.ts' --collectCoverageFrom='!**/testing/**' \
  --json --outputFile=tmp/jest-unit.json

stage "integration tests (PostgreSQL, Redis)"
npx --no-install jest --selectProjects int --json --outputFile=tmp/jest-int.json

stage "e2e tests (api processes, headless Chromium)"
npx --no-install jest --selectProjects e2e --runInBand --json --outputFile=tmp/jest-e2e.json

stage "web bundle size budget (production build)"
NODE_ENV=production npx --no-install vite build --config apps/web/vite.config.mts --logLevel warn
node scripts/web-size-budget.mjs

node -e '
const files = ["unit", "int", "e2e"].map((s) => require("./tmp/jest-" + s + ".json"));
const passed = files.reduce((n, f) => n + f.numPassedTests, 0);
const failed = files.reduce((n, f) => n + f.numFailedTests, 0);
console.log("\nall stages passed");
console.log(`tests: ${passed} passed, ${failed} failed`);
'
