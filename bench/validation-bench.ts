/*
 * npm run bench:validation: what validating costs on the system bench's two commands, in-process
 * with every class the gateway loads (all route DTOs and all event payloads), so class-validator
 * holds as many classes as in a service.
 *
 * Per case, BENCH_VALIDATIONS (20,000) validations after 2,000 to warm up: the command DTO through
 * the services' ValidationPipe (as the gateway and the owning service each run it), and the
 * event's payload through the event catalog (as every append and every consumer runs it).
 *
 * Writes bench/results/validation.json and validation.md.
 */
import 'reflect-metadata';
import { commandValidationPipe } from '@ocop/common';
import { integrationEventCatalog } from '@ocop/events';
import { getMetadataStorage } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import '../apps/gateway/src/routes';
import { benchSourcingRequest } from './bench-commands';
import { now, round } from './stats';
import { PublishSourcingRequestDto, ChangeCapacityDto } from '@ocop/contracts';

const VALIDATIONS = Number(process.env.BENCH_VALIDATIONS ?? 20_000);
if (!Number.isInteger(VALIDATIONS) || VALIDATIONS < 1) {
  throw new Error('BENCH_VALIDATIONS must be a positive whole number');
}
const WARMUP = 2_000;

const pipe = commandValidationPipe();
const catalog = integrationEventCatalog();

const sourcingRequest = () => benchSourcingRequest(randomUUID());

const CASES: Record<string, () => unknown> = {
  'command PublishSourcingRequestDto': () =>
    pipe.transform(sourcingRequest(), { type: 'body', metatype: PublishSourcingRequestDto }),
  'command ChangeCapacityDto': () =>
    pipe.transform({ monthlyCapacity: 1_234 }, { type: 'body', metatype: ChangeCapacityDto }),
  'event SourcingRequestPublished': () =>
    catalog.checkPayload('SourcingRequestPublished', sourcingRequest()),
  'event SupplyCapacityChanged': () =>
    catalog.checkPayload('SupplyCapacityChanged', {
      productId: randomUUID(),
      monthlyCapacity: 1_234,
    }),
};

interface Results {
  started_at: string;
  node: string;
  cpus: number;
  classes_with_rules: number;
  validations_per_case: number;
  microseconds_per_validation: Record<string, number>;
}

async function measure(): Promise<Results> {
  const microseconds: Record<string, number> = {};
  for (const [name, validate] of Object.entries(CASES)) {
    for (let i = 0; i < WARMUP; i++) await validate();
    const start = now();
    for (let i = 0; i < VALIDATIONS; i++) await validate();
    microseconds[name] = round(((now() - start) * 1_000) / VALIDATIONS, 1);
  }
  return {
    started_at: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    classes_with_rules:
      // class-validator's storage keeps this map private; the bench only counts it.
      (getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, unknown> })
        .validationMetadatas.size,
    validations_per_case: VALIDATIONS,
    microseconds_per_validation: microseconds,
  };
}

function markdown(r: Results): string {
  const lines = [
    `| validation (${r.validations_per_case.toLocaleString('en')} each, ${r.classes_with_rules} classes with rules) | µs each |`,
    '| --- | ---: |',
    ...Object.entries(r.microseconds_per_validation).map(([name, us]) => `| ${name} | ${us} |`),
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const results = await measure();
  const dir = process.env.BENCH_RESULTS_DIR ?? path.join(__dirname, '../../bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'validation.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(dir, 'validation.md'), markdown(results));
  console.log(markdown(results));
}

main().catch((error: unknown) => {
  console.error(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
