import { Clock } from '@ocop/common';
import { startInProcessService, TestClock, waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';

/** The mou service in-process on the suite's real servers (see startInProcessService), on a test clock. */
export async function startMou(clock: TestClock, env: Record<string, string> = {}) {
  const service = await startInProcessService({
    service: 'mou',
    env,
    loadModule: async () => (await import('../src/mou.module')).MouModule,
    watch: ['mou', 'purchase-order', 'producer'],
    override: (builder) => builder.overrideProvider(Clock).useValue(clock),
  });
  return { ...service, clock };
}

export type MouApp = Awaited<ReturnType<typeof startMou>>;

/** A draft body: a distributor, two producers, tea and honey targets, two obligations. */
export function draftBody(
  parties: { distributorId: string; producerIds: string[] },
  products: { tea: string; honey: string },
  overrides: Record<string, unknown> = {},
) {
  return {
    ...parties,
    title: 'Biên bản ghi nhớ tiêu thụ chè Tân Cương và mật ong bạc hà',
    targets: [
      { productId: products.tea, quantity: 300, unit: 'kg' },
      { productId: products.honey, quantity: 100, unit: 'lít' },
    ],
    priceTerms: {
      text: 'Giá cố định trong kỳ, thanh toán 30 ngày sau giao hàng',
      unitPrices: [
        { productId: products.tea, unitPriceVnd: 350_000 },
        { productId: products.honey, unitPriceVnd: 420_000 },
      ],
    },
    startDate: '2025-09-01',
    endDate: '2025-12-31',
    obligations: [
      {
        kind: 'delivery',
        description: 'Lô hàng đầu tiên trước 30/9',
        dueDate: '2025-09-30',
        productId: products.tea,
        quantity: 50,
      },
      {
        kind: 'action',
        description: 'Bố trí kệ trưng bày OCOP tại 10 siêu thị',
        dueDate: '2025-10-15',
      },
    ],
    ...overrides,
  };
}

export interface Scenario {
  mouId: string;
  distributorId: string;
  coop: string;
  farm: string;
  tea: string;
  honey: string;
}

/** Parties and products of their own for one test, so tests do not see each other's MOUs. */
export function scenarioIds() {
  return {
    distributorId: randomUUID(),
    coop: randomUUID(),
    farm: randomUUID(),
    tea: randomUUID(),
    honey: randomUUID(),
  };
}

export const signer = (partyType: 'distributor' | 'producer', partyId: string) => ({
  partyType,
  partyId,
  signedBy: partyType === 'distributor' ? 'Trần Thị Bích' : 'Nguyễn Văn An',
  onBehalfOf: partyType === 'distributor' ? 'Giám đốc thu mua' : 'Giám đốc HTX',
});

/** Drafts an MOU over HTTP (overrides go into the body), and brings it as far as `until`. */
export async function mouIn(
  service: MouApp,
  until: 'drafted' | 'proposed' | 'active',
  overrides: Record<string, unknown> = {},
): Promise<Scenario> {
  const ids = scenarioIds();
  const drafted = await service
    .http()
    .post('/mous')
    .send(
      draftBody(
        { distributorId: ids.distributorId, producerIds: [ids.coop, ids.farm] },
        ids,
        overrides,
      ),
    );
  if (drafted.status !== 201) {
    throw new Error(`draft failed: ${drafted.status} ${JSON.stringify(drafted.body)}`);
  }
  const mouId = drafted.body.mouId as string;
  if (until !== 'drafted') {
    await service.http().post(`/mous/${mouId}/propose`).expect(200);
  }
  if (until === 'active') {
    for (const [type, id] of [
      ['producer', ids.coop],
      ['producer', ids.farm],
      ['distributor', ids.distributorId],
    ] as const) {
      await service.http().post(`/mous/${mouId}/sign`).send(signer(type, id)).expect(200);
    }
  }
  return { mouId, ...ids };
}

/** OrderDelivered as the distributors service publishes it (topic of aggregate type purchase-order). */
export function orderDelivered(
  service: MouApp,
  delivery: {
    orderId?: string;
    mouId?: string;
    distributorId?: string;
    producerId: string;
    lines: { productId: string; quantity: number }[];
    occurredAt?: string;
    eventId?: string;
  },
) {
  const orderId = delivery.orderId ?? randomUUID();
  return service.probe.publish({
    type: 'OrderDelivered',
    aggregateType: 'purchase-order',
    aggregateId: orderId,
    aggregateVersion: 4,
    occurredAt: delivery.occurredAt ?? service.clock.now().toISOString(),
    ...(delivery.eventId ? { eventId: delivery.eventId } : {}),
    payload: {
      ...(delivery.distributorId ? { distributorId: delivery.distributorId } : {}),
      producerId: delivery.producerId,
      ...(delivery.mouId ? { mouId: delivery.mouId } : {}),
      lines: delivery.lines.map((line) => ({
        ...line,
        unitPriceVnd: 100_000,
        lineTotalVnd: line.quantity * 100_000,
      })),
    },
  });
}

/**
 * trade-fairs' word that a party takes part in a fair, published as trade-fairs does: a
 * distributor registered to attend (FairAttendeeRegistered), or a producer's booth booking
 * (BoothBooked; `status` rejected or cancelled follows it with the event that ends it). Waits until
 * the service's view of fair participants has it.
 */
export async function takesPartInFair(
  service: MouApp,
  fairId: string,
  party: { distributorId: string } | { producerId: string },
  status: 'booked' | 'rejected' | 'cancelled' = 'booked',
): Promise<void> {
  const aggregateId = randomUUID();
  if ('distributorId' in party) {
    await service.probe.publish({
      type: 'FairAttendeeRegistered',
      aggregateType: 'fair-attendee',
      aggregateId,
      payload: { fairId, distributorId: party.distributorId },
    });
  } else {
    const booking = { fairId, producerId: party.producerId, boothType: 'standard', boothNumber: 1 };
    await service.probe.publish({
      type: 'BoothBooked',
      aggregateType: 'booth-booking',
      aggregateId,
      payload: { ...booking, productIds: [randomUUID()], priceVnd: 4_500_000 },
    });
    if (status !== 'booked') {
      await service.probe.publish({
        type: status === 'rejected' ? 'BoothBookingRejected' : 'BoothBookingCancelled',
        aggregateType: 'booth-booking',
        aggregateId,
        aggregateVersion: 2,
        payload:
          status === 'rejected'
            ? { ...booking, reason: 'Sản phẩm không đúng nhóm' }
            : { ...booking, reason: 'Không tham gia được', wasApproved: false },
      });
    }
  }
  const takesPart = status === 'booked';
  await waitFor(`fair participant ${aggregateId} in the mou service's view`, async () => {
    const doc = await service.db
      .collection('mou_fair_participants')
      .findOne({ _id: aggregateId as never });
    return doc?.takesPart === takesPart;
  });
}
