#!/usr/bin/env bash
# Regenerates the web app's typed GraphQL documents (apps/web/src/gql) from the checked-in
# schema and the .graphql documents, and fails when the result differs from what is
# committed — i.e. when someone changed the schema or a document without running codegen.
# Fix a failure with:  npx graphql-codegen --config codegen.ts  and commit apps/web/src/gql.
set -euo pipefail
cd "$(dirname "$0")/.."

npx --no-install graphql-codegen --config codegen.ts --silent

# Untracked files count as a difference too (a new document generates nothing new in the
# client preset's fixed file set, but a new preset version might).
untracked="$(git ls-files --others --exclude-standard -- apps/web/src/gql)"
if ! git diff --exit-code --stat -- apps/web/src/gql || [ -n "$untracked" ]; then
  [ -n "$untracked" ] && printf 'Untracked generated files:\n%s\n' "$untracked"
  echo "codegen-check: apps/web/src/gql is out of date. Run 'npx graphql-codegen --config codegen.ts' and commit the result." >&2
  exit 1
fi
echo "codegen-check: apps/web/src/gql matches the schema and documents."
