import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import { testEnv } from '../support/test-env';

/**
 * Histories recorded from real runs of earlier workflow versions (see record-histories),
 * replayed against today's bundle: a change that would break a running workflow fails here.
 */
const dir = join(__dirname, 'histories');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('recorded task workflow histories replay on the current code', () => {
  it('has fixtures to replay', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(2);
  });

  it.each(fixtures)('%s', async (file) => {
    const history = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    await Worker.runReplayHistory(
      { workflowBundle: { codePath: testEnv().workflowBundlePath } },
      history,
      `replay-${file}`,
    );
  });
});
