import { DEMO_PASSWORD, DEMO_USERS, loadProgramme, programmeDataset } from '@ocop/demo-data';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../repo-root';
import { RunningSystem } from '../running-system';

/*
 * node dist/libs/testing/src/api-fuzzing/run-schemathesis.js  (deploy/local/test.sh runs it)
 * The whole system on servers of its own (the test suites' topics hold hand-made events no service
 * wrote), with a slice of the demo programme loaded, then schemathesis against the gateway's
 * document once per role.
 * Its last line is "N passed, N failed": one test per operation and role (the JUnit reports).
 */

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Each <testcase> of a JUnit report: failed with a <failure> or <error>, else passed or skipped. */
export function junitCounts(xml: string): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const testCase of xml.split('<testcase').slice(1)) {
    const body = testCase.split('</testcase>')[0];
    if (/<(failure|error)\b/.test(body)) counts.failed++;
    else if (/<skipped\b/.test(body)) counts.skipped++;
    else counts.passed++;
  }
  return counts;
}

async function main(): Promise<number> {
  const scale = Number(process.env.SCHEMATHESIS_DEMO_SCALE ?? '0.05');
  const system = await RunningSystem.startOnOwnServers({
    // The fuzzer sends thousands of requests a minute; the limits have their own tests.
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const reports = mkdtempSync(join(tmpdir(), 'schemathesis-'));
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    await loadProgramme(programmeDataset({ seed: 2021, scale }), {
      gatewayUrl: system.gatewayUrl,
      adminEmail: RunningSystem.ADMIN.email,
      adminPassword: RunningSystem.ADMIN.password,
      log: () => undefined,
    });
    const officer = await system.login(DEMO_USERS.officer, DEMO_PASSWORD);
    const fairs = (await system.api('GET', '/fairs?limit=1', { token: officer })).body as {
      items: { fairId: string }[];
    };
    const fairId = fairs.items[0].fairId;
    const roles: [string, string, string][] = [
      ['officer', DEMO_USERS.officer, DEMO_PASSWORD],
      ['distributor', DEMO_USERS.distributor, DEMO_PASSWORD],
      ['producer', DEMO_USERS.producer, DEMO_PASSWORD],
      ['admin', RunningSystem.ADMIN.email, RunningSystem.ADMIN.password],
    ];
    for (const [role, email, password] of roles) {
      const token = await system.login(email, password);
      console.log(`\nschemathesis as the ${role} (${email})`);
      // The caller's own producer or distributor and a demo fair as path parameters, so the
      // answers checked are real records, not only 404s for random ids.
      const me = (await system.api('GET', '/auth/me', { token })).body as {
        organisationId: string | null;
      };
      const parameters = [
        `"path.fairId" = "${fairId}"`,
        ...(role === 'producer' ? [`"path.producerId" = "${me.organisationId}"`] : []),
        ...(role === 'distributor' ? [`"path.distributorId" = "${me.organisationId}"`] : []),
      ];
      const config = join(reports, `${role}.toml`);
      writeFileSync(config, `[parameters]\n${parameters.join('\n')}\n`);
      // Not spawnSync: a blocked event loop would miss the gateway closing idle keep-alive sockets.
      await new Promise<void>((resolve) => {
        const child = spawn(
          'bash',
          [
            join(repoRoot(), 'deploy/local/schemathesis.sh'),
            'run',
            system.gatewayUrl,
            role,
            token,
            reports,
          ],
          { stdio: 'inherit', env: { ...process.env, SCHEMATHESIS_CONFIG: config } },
        );
        child.on('close', () => resolve());
        child.on('error', () => resolve());
      });
      let counts: Counts = { passed: 0, failed: 1, skipped: 0 };
      try {
        counts = junitCounts(readFileSync(join(reports, `${role}.xml`), 'utf8'));
      } catch {
        console.log(`schemathesis as the ${role} wrote no report: counted as one failure`);
      }
      console.log(
        `schemathesis as the ${role}: ${counts.passed} operations passed, ${counts.failed} failed, ${counts.skipped} skipped`,
      );
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
    }
  } finally {
    rmSync(reports, { recursive: true, force: true });
    await system.stop();
  }
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        `schemathesis run failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}
