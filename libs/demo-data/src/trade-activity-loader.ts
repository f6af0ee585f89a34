import { vietnamDay } from '@ocop/contracts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { GatewayClient } from './gateway-client';
import { LoadProgress } from './load-progress';
import { DemoProducer, ProgrammeDataset } from './programme-dataset';
import { demoParties, LoadedProgramme } from './programme-loader';
import { SeededRandom } from './seeded-random';

export interface TradeActivityOptions {
  gatewayUrl: string;
  /** The programme load's progress file: what is recorded there is not done again. */
  progressFile?: string;
  log?: (line: string) => void;
}

export interface LoadedTradeActivity {
  fairId: string;
  bookings: { approved: string[]; awaitingDecision: string };
  sourcingRequestIds: string[];
  meetingId: string;
  /** WinMart's MOU with the demo producer, signed by both. */
  activeMouId: string;
  /** WinMart's MOU with another producer, signed by WinMart only. */
  proposedMouId: string;
  orders: { delivered: string; shipped: string };
  commands: number;
  seconds: number;
}

/** The demo producer and three others take part: a smaller programme gets no trade activity. */
export const TRADE_ACTIVITY_MIN_PRODUCERS = 4;

const DAY = 86_400_000;
/** How long a command refused only because a service has not seen another's events yet is retried. */
const CATCH_UP_MS = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A small slice of trade on top of a loaded programme, through the public API as each party would
 * do it, so the demo users find something in every register: producers book booths at the fair
 * open for booking (the demo producer's booking awaits the officer's decision, the others are
 * approved); WinMart and two other distributors post sourcing requests (WinMart's for Bát Tràng
 * ceramics, so the demo producer sees it among its new matches); WinMart registers to attend and
 * asks the demo producer for a meeting; WinMart and the demo producer sign an MOU at the fair with
 * targets and a delivery obligation, and a second MOU awaits another producer's signature; under
 * the signed MOU WinMart orders twice, the demo producer ships both, one is delivered.
 * Deterministic per dataset and resumable: each step is recorded in the progress file once done.
 */
export async function loadTradeActivity(
  dataset: ProgrammeDataset,
  loaded: LoadedProgramme,
  options: TradeActivityOptions,
): Promise<LoadedTradeActivity> {
  if (dataset.producers.length < TRADE_ACTIVITY_MIN_PRODUCERS) {
    throw new Error(
      `trade activity needs at least ${TRADE_ACTIVITY_MIN_PRODUCERS} producers; the dataset has ${dataset.producers.length}`,
    );
  }
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const progress = new LoadProgress(options.progressFile);
  const anonymous = new GatewayClient(options.gatewayUrl);
  const admin = anonymous.as(loaded.admin);
  const officer = anonymous.as(loaded.officer.token);
  let commands = 0;

  async function login(email: string) {
    const token = await anonymous.login(email, DEMO_PASSWORD);
    if (!token) throw new Error(`cannot log in as ${email}: load the programme first`);
    return anonymous.as(token);
  }
  const producerUser = await login(DEMO_USERS.producer);
  const distributorUser = await login(DEMO_USERS.distributor);

  async function once(key: string, create: () => Promise<string>): Promise<string> {
    const known = progress.get(`trade:${key}`);
    if (known) return known;
    const id = await create();
    commands += 1;
    return progress.record(`trade:${key}`, id);
  }

  /**
   * A command that a service refuses (422) until it has seen another service's events, e.g. a
   * booking before trade-fairs knows the certificate: retried for a while.
   */
  async function settled(
    client: GatewayClient,
    status: number,
    method: string,
    path: string,
    body?: unknown,
  ) {
    const deadline = Date.now() + CATCH_UP_MS;
    for (;;) {
      const answer = await client.call(method, path, body);
      if (answer.status === status) {
        return answer.body as Record<string, unknown> & Record<string, never>;
      }
      if (answer.status !== 422 || Date.now() > deadline) {
        throw new Error(
          `${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`,
        );
      }
      await sleep(500);
    }
  }

  const { demoProducer, demoDistributor } = demoParties(dataset);
  const fair = dataset.fairs.find((f) => f.openBooking) ?? dataset.fairs[0];
  const fairId = loaded.fairIds.get(fair.key)!;
  const producerId = (p: DemoProducer) => loaded.producerIds.get(p.key)!;
  const productId = (p: DemoProducer) => loaded.productIds.get(p.products[0].key)!;
  const distributorId = (key: string) => loaded.distributorIds.get(key)!;
  const asOf = new Date(dataset.asOf);
  const day = (days: number) => vietnamDay(new Date(asOf.getTime() + days * DAY));

  // Three other producers, the same ones for the same seed.
  const others = new SeededRandom(dataset.seed)
    .shuffle(dataset.producers.filter((p) => p !== demoProducer && p.products.length > 0))
    .slice(0, 3);

  // Booths: the demo producer's booking awaits the officer's decision; the others are approved.
  const bookingOf = new Map<DemoProducer, string>();
  for (const producer of [demoProducer, ...others]) {
    const client = producer === demoProducer ? producerUser : admin;
    const bookingId = await once(`booking:${producer.key}`, async () => {
      const body = await settled(client, 201, 'POST', `/fairs/${fairId}/bookings`, {
        producerId: producerId(producer),
        boothType: 'standard-3x3',
        productIds: producer.products.slice(0, 3).map((p) => loaded.productIds.get(p.key)!),
      });
      return body.bookingId;
    });
    bookingOf.set(producer, bookingId);
  }
  const approved: string[] = [];
  for (const producer of others) {
    const bookingId = bookingOf.get(producer)!;
    await once(`booking-approved:${producer.key}`, async () => {
      await officer.expect([200, 409], 'POST', `/fairs/${fairId}/bookings/${bookingId}/approve`);
      return bookingId;
    });
    approved.push(bookingId);
  }
  log(`  booths: ${approved.length} approved, 1 awaiting decision`);

  // Sourcing requests: WinMart's for ceramics like the demo producer's; two others for what two
  // of the booked producers make.
  const requests: Array<{ distributor: string; client: GatewayClient; body: object }> = [
    {
      distributor: demoDistributor.key,
      client: distributorUser,
      body: {
        group: 'handicraft',
        subgroup: 'souvenir-furniture-decoration',
        keywords: ['Bát Tràng', 'gốm'],
        minStars: 3,
        quantity: 300,
        unit: 'chiếc',
        targetPriceVnd: demoProducer.products[0].registration.priceMaxVnd,
      },
    },
    ...['Postmart', 'AEON Việt Nam'].map((distributor, index) => {
      const product = others[index].products[0].registration;
      return {
        distributor,
        client: admin,
        body: {
          group: product.group,
          keywords: [product.name.split(' ').slice(0, 2).join(' ')],
          minStars: 3,
          quantity: Math.max(50, Math.round(product.monthlyCapacity / 100) * 50),
          unit: product.unit,
          targetPriceVnd: product.priceMaxVnd,
        },
      };
    }),
  ];
  const sourcingRequestIds: string[] = [];
  for (const { distributor, client, body } of requests) {
    const id = await once(`sourcing:${distributor}`, async () => {
      const created = await client.expect(201, 'POST', '/sourcing-requests', {
        distributorId: distributorId(distributor),
        ...body,
        deliveryProvince: 'Hà Nội',
        deadline: new Date(asOf.getTime() + 45 * DAY).toISOString(),
      });
      return created.sourcingRequestId;
    });
    sourcingRequestIds.push(id);
  }
  log(`  sourcing requests: ${sourcingRequestIds.length}`);

  // WinMart attends the fair and asks the demo producer for a meeting in its first slots.
  const winMart = distributorId(demoDistributor.key);
  await once(`attendee:${demoDistributor.key}`, async () => {
    await distributorUser.expect([201, 409], 'POST', `/fairs/${fairId}/attendees`, {
      distributorId: winMart,
    });
    return fairId;
  });
  const meetingId = await once('meeting:1', async () => {
    const body = await settled(distributorUser, 201, 'POST', `/fairs/${fairId}/meetings`, {
      producerId: producerId(demoProducer),
      distributorId: winMart,
      requestedBy: 'distributor',
      slots: [0, 1, 2],
      note: 'Trao đổi về đơn hàng gốm sứ cho chuỗi WinMart',
    });
    return body.meetingId;
  });

  // MOUs at the fair, both WinMart's.
  const mouTerms = (producer: DemoProducer, target: number) => {
    const product = producer.products[0].registration;
    return {
      distributorId: winMart,
      producerIds: [producerId(producer)],
      fairId,
      title: `Biên bản ghi nhớ tiêu thụ ${product.name}`,
      targets: [{ productId: productId(producer), quantity: target, unit: product.unit }],
      priceTerms: {
        text: 'Giá cố định trong kỳ, giao tại kho WinMart Hà Nội',
        unitPrices: [{ productId: productId(producer), unitPriceVnd: product.priceMinVnd }],
      },
      startDate: day(0),
      endDate: day(365),
      obligations: [
        {
          kind: 'delivery',
          description: `Giao ${target / 2} ${product.unit} đầu tiên`,
          dueDate: day(120),
          productId: productId(producer),
          quantity: target / 2,
        },
      ],
    };
  };
  const signature = (partyType: 'producer' | 'distributor', producer: DemoProducer) =>
    partyType === 'distributor'
      ? {
          partyType,
          partyId: winMart,
          signedBy: 'Trần Thị Bích',
          onBehalfOf: `${demoDistributor.registration.name}, Giám đốc thu mua`,
        }
      : {
          partyType,
          partyId: producerId(producer),
          signedBy: producer.registration.contact.name,
          onBehalfOf: `${producer.registration.legalName}, Giám đốc`,
        };
  async function mou(
    key: string,
    producer: DemoProducer,
    target: number,
    signers: Array<[GatewayClient, 'producer' | 'distributor']>,
  ) {
    const mouId = await once(`mou:${key}`, async () => {
      const body = await settled(distributorUser, 201, 'POST', '/mous', mouTerms(producer, target));
      return body.mouId;
    });
    await once(`mou-proposed:${key}`, async () => {
      await distributorUser.expect([200, 409], 'POST', `/mous/${mouId}/propose`);
      return mouId;
    });
    for (const [client, partyType] of signers) {
      await once(`mou-signed:${key}:${partyType}`, async () => {
        await client.expect(
          [200, 409],
          'POST',
          `/mous/${mouId}/sign`,
          signature(partyType, producer),
        );
        return mouId;
      });
    }
    return mouId;
  }
  const activeMouId = await mou('active', demoProducer, 200, [
    [producerUser, 'producer'],
    [distributorUser, 'distributor'],
  ]);
  // The second producer's booking was approved: it is at the fair too.
  const proposedMouId = await mou('proposed', others[0], 500, [[distributorUser, 'distributor']]);
  log('  MOUs: 1 active, 1 awaiting a signature');

  // Orders under the active MOU: both shipped, the first delivered.
  const orderLine = (quantity: number) => ({
    productId: productId(demoProducer),
    quantity,
    unitPriceVnd: demoProducer.products[0].registration.priceMinVnd,
  });
  async function order(key: string, quantity: number, deliver: boolean) {
    const orderId = await once(`order:${key}`, async () => {
      const body = await distributorUser.expect(202, 'POST', '/orders', {
        distributorId: winMart,
        producerId: producerId(demoProducer),
        mouId: activeMouId,
        lines: [orderLine(quantity)],
      });
      return body.orderId;
    });
    await once(`order-shipped:${key}`, async () => {
      await confirmed(orderId);
      await producerUser.expect([200, 409], 'POST', `/orders/${orderId}/ship`, {
        trackingNumber: `VTP${String(dataset.seed).padStart(4, '0')}${key.padStart(6, '0')}`,
      });
      return orderId;
    });
    if (deliver) {
      await once(`order-delivered:${key}`, async () => {
        await distributorUser.expect([200, 409], 'POST', `/orders/${orderId}/deliver`);
        return orderId;
      });
    }
    return orderId;
  }
  /** The capacity saga confirms an order a moment after it is placed. */
  async function confirmed(orderId: string) {
    const deadline = Date.now() + CATCH_UP_MS;
    for (;;) {
      const body = await admin.expect(200, 'GET', `/orders/${orderId}`);
      if (body.status !== 'placed') {
        if (body.status === 'rejected') {
          throw new Error(`order ${orderId} was rejected: ${JSON.stringify(body)}`);
        }
        return;
      }
      if (Date.now() > deadline) throw new Error(`order ${orderId} was not confirmed in time`);
      await sleep(300);
    }
  }
  const delivered = await order('1', 20, true);
  const shipped = await order('2', 10, false);
  log('  orders: 1 delivered, 1 shipped');

  return {
    fairId,
    bookings: { approved, awaitingDecision: bookingOf.get(demoProducer)! },
    sourcingRequestIds,
    meetingId,
    activeMouId,
    proposedMouId,
    orders: { delivered, shipped },
    commands,
    seconds: (Date.now() - started) / 1000,
  };
}
