import { RunningSystem, repoRoot } from '@ocop/testing';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The console's committed API client (apps/web/openapi.json and the types generated from it) is
 * what the running gateway documents: a route or DTO changed without `npm run web:client` fails here.
 */
describe("the console's generated API client", () => {
  let system: RunningSystem;

  beforeAll(async () => {
    // The document is the gateway's own: no backend answers anything here.
    system = await RunningSystem.gatewayOnly('http://127.0.0.1:9');
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('matches the document the gateway serves, and the types regenerated from it', async () => {
    const script = join(repoRoot(), 'apps/web/scripts/api-client.mjs');
    const run = promisify(execFile)(process.execPath, [
      script,
      '--check',
      `${system.gatewayUrl}/docs-json`,
    ]);
    const outcome = await run.then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: `${error.stdout}${error.stderr}`,
      }),
    );
    // The output first: on a mismatch it says which file differs and how to regenerate.
    expect(outcome.output).toContain('the committed API client matches the gateway');
    expect(outcome.code).toBe(0);
  }, 240_000);
});
