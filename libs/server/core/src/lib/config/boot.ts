import { AppConfig, ConfigError, loadConfig } from './config.schema';
import { checkConnectivity } from './startup-check';

/**
 * Validates the environment and reaches both stores; on failure prints one line naming the
 * variable and exits non-zero (no stack dump). Used by every process's main.ts.
 */
export async function bootConfigOrExit(processName: string): Promise<AppConfig> {
  try {
    const config = loadConfig();
    await checkConnectivity(config);
    return config;
  } catch (error) {
    const line = error instanceof ConfigError ? error.message : `unexpected error: ${String(error)}`;
    process.stderr.write(`${processName}: ${line}\n`);
    process.exit(1);
  }
}
