import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { GatewayClient } from './gateway-client';
import { LoadProgress } from './load-progress';
import { DemoDistributor, DemoProducer, ProgrammeDataset } from './programme-dataset';

export interface LoadOptions {
  gatewayUrl: string;
  adminEmail?: string;
  adminPassword?: string;
  /** Producers loaded at once (each producer's own commands go one after another). */
  concurrency?: number;
  /** JSON-lines file recording what was created, so an interrupted load resumes. */
  progressFile?: string;
  log?: (line: string) => void;
}

export interface LoadedProgramme {
  producerIds: Map<string, string>;
  productIds: Map<string, string>;
  distributorIds: Map<string, string>;
  fairIds: Map<string, string>;
  officer: { userId: string; token: string };
  admin: string;
  commands: number;
  seconds: number;
}

/** The organisations the demo users act for: a Bát Tràng ceramics producer and WinMart. */
export function demoParties(dataset: ProgrammeDataset): {
  demoProducer: DemoProducer;
  demoDistributor: DemoDistributor;
} {
  return {
    demoProducer:
      dataset.producers.find((p) => p.registration.craftVillage === 'Bát Tràng') ??
      dataset.producers[0],
    demoDistributor:
      dataset.distributors.find((d) => d.key === 'WinMart') ?? dataset.distributors[0],
  };
}

/**
 * Loads a programme dataset through the public API, so every event in the system is a real one:
 * producers, their products and certificates, distributors, and fairs organised by the demo officer.
 * Creates the demo users.
 */
export async function loadProgramme(
  dataset: ProgrammeDataset,
  options: LoadOptions,
): Promise<LoadedProgramme> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const progress = new LoadProgress(options.progressFile);
  const anonymous = new GatewayClient(options.gatewayUrl);
  let commands = 0;

  const adminToken = await anonymous.login(
    options.adminEmail ?? DEMO_USERS.admin,
    options.adminPassword ?? DEMO_PASSWORD,
  );
  if (!adminToken) {
    throw new Error(
      `cannot log in as ${options.adminEmail ?? DEMO_USERS.admin}: start the gateway with ADMIN_EMAIL / ADMIN_PASSWORD`,
    );
  }
  const admin = anonymous.as(adminToken);

  /** A user by email, created once (a second load logs it in). */
  async function user(email: string, role: string, name: string, organisationId?: string) {
    const created = await admin.call('POST', '/users', {
      email,
      password: DEMO_PASSWORD,
      role,
      name,
      organisationId,
    });
    commands += 1;
    if (created.status !== 201 && created.status !== 409) {
      throw new Error(
        `creating ${email} answered ${created.status}: ${JSON.stringify(created.body)}`,
      );
    }
    const token = await anonymous.login(email, DEMO_PASSWORD);
    if (!token) throw new Error(`cannot log in as ${email}`);
    const me = await anonymous.as(token).expect(200, 'GET', '/auth/me');
    return { token, userId: me.userId as string };
  }

  const officer = await user(DEMO_USERS.officer, 'officer', 'Cán bộ xúc tiến thương mại Hà Nội');
  // The bulk of the work goes through the admin, whom the gateway does not rate-limit; the fairs
  // are the officer's (organiserId).
  const operator = admin;

  async function once(key: string, create: () => Promise<string>): Promise<string> {
    const known = progress.get(key);
    if (known) return known;
    const id = await create();
    commands += 1;
    return progress.record(key, id);
  }

  const distributorIds = new Map<string, string>();
  for (const distributor of dataset.distributors) {
    const id = await once(
      `distributor:${distributor.registration.registrationNumber}`,
      async () => {
        const body = await operator.expect(201, 'POST', '/distributors', distributor.registration);
        return body.distributorId;
      },
    );
    distributorIds.set(distributor.key, id);
  }

  const producerIds = new Map<string, string>();
  const productIds = new Map<string, string>();
  let done = 0;
  async function loadProducer(producer: DemoProducer) {
    const producerId = await once(`producer:${producer.key}`, async () => {
      const body = await operator.expect(201, 'POST', '/producers', producer.registration);
      return body.producerId;
    });
    producerIds.set(producer.key, producerId);
    for (const product of producer.products) {
      const productId = await once(`product:${product.key}`, async () => {
        const body = await operator.expect(
          201,
          'POST',
          `/producers/${producerId}/products`,
          product.registration,
        );
        return body.productId;
      });
      productIds.set(product.key, productId);
      await once(`certified:${product.key}`, async () => {
        await operator.expect(
          200,
          'PUT',
          `/producers/${producerId}/products/${productId}/certification`,
          product.certification,
        );
        return productId;
      });
    }
    done += 1;
    if (done % 50 === 0 || done === dataset.producers.length) {
      log(`  producers ${done}/${dataset.producers.length}, ${commands} commands`);
    }
  }
  const queue = [...dataset.producers];
  await Promise.all(
    Array.from({ length: options.concurrency ?? 6 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await loadProducer(next);
    }),
  );

  const fairIds = new Map<string, string>();
  for (const fair of dataset.fairs) {
    const fairId = await once(`fair:${fair.key}`, async () => {
      const body = await operator.expect(201, 'POST', '/fairs', {
        ...fair.request,
        organiserId: officer.userId,
      });
      return body.fairId;
    });
    fairIds.set(fair.key, fairId);
    if (fair.openBooking) {
      await once(`fair-open:${fair.key}`, async () => {
        await operator.expect([200, 409], 'POST', `/fairs/${fairId}/open-booking`);
        return fairId;
      });
    }
  }

  const { demoProducer, demoDistributor } = demoParties(dataset);
  await user(
    DEMO_USERS.producer,
    'producer',
    demoProducer.registration.legalName,
    producerIds.get(demoProducer.key),
  );
  await user(
    DEMO_USERS.distributor,
    'distributor',
    demoDistributor.registration.name,
    distributorIds.get(demoDistributor.key),
  );

  return {
    producerIds,
    productIds,
    distributorIds,
    fairIds,
    officer,
    admin: adminToken,
    commands,
    seconds: (Date.now() - started) / 1000,
  };
}
