// Proves the module-boundary lint rule is live: on a clean clone ESLint skips it silently
// when Nx has no project graph, so this test builds the graph and lints forbidden imports.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';

const ROOT = join(__dirname, '..');

/** ESLint's CLI on a snippet as if it were the given file (ESLint's API needs ESM loading, which Jest lacks). */
async function lint(file: string, code: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', join(ROOT, file), '--format', 'json'],
    { cwd: ROOT, input: code, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries', () => {
  beforeAll(async () => {
    process.env.NX_DAEMON = 'false';
    await createProjectGraphAsync({ exitOnError: false });
  }, 60_000);

  jest.setTimeout(30_000);

  it('refuses server code in the web app', async () => {
    const messages = await lint('apps/web/src/probe.ts', "import { AppError } from '@consilium/server-core';\nexport const x = AppError;\n");
    expect(messages.join('\n')).toMatch(/scope:web/);
  });

  it('refuses any project import in clinical-rules and contracts', async () => {
    expect((await lint('libs/clinical-rules/src/probe.ts', "import { Role } from '@consilium/contracts';\nexport const x = Role;\n")).join('\n')).toMatch(/scope:shared/);
    expect((await lint('libs/contracts/src/probe.ts', "import { ckdEpi2021 } from '@consilium/clinical-rules';\nexport const x = ckdEpi2021;\n")).join('\n')).toMatch(/scope:shared/);
  });

  it('refuses the test harness in production code but allows it in tests', async () => {
    const code = "import { startTestApi } from '@consilium/server-testing';\nexport const x = startTestApi;\n";
    const tagRule = (messages: string[]) => messages.filter((m) => /can only depend on libs tagged/.test(m));
    expect(tagRule(await lint('libs/server/identity/src/lib/probe.ts', code))).toHaveLength(1);
    expect(tagRule(await lint('libs/server/identity/src/lib/probe.int-spec.ts', code))).toEqual([]);
  });

  it('allows what the architecture allows', async () => {
    expect(await lint('libs/server/identity/src/lib/probe.ts', "import { Role } from '@consilium/contracts';\nexport const x = Role;\n")).toEqual([]);
  });
});
