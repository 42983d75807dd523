import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the global setup started, shared with every test file through a file. */
export interface TestEnv {
  databaseUrl: string;
  temporalAddress: string;
  workflowBundlePath: string;
}

export const TEST_ENV_FILE = join(__dirname, '..', '..', '.data', 'test', 'env.json');

export function testEnv(): TestEnv {
  return JSON.parse(readFileSync(TEST_ENV_FILE, 'utf8')) as TestEnv;
}
