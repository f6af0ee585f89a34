import { EventEnvelope } from '@ocop/events';
import { TestClock, waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import {
  draftBody,
  MouApp,
  mouIn,
  orderDelivered,
  scenarioIds,
  signer,
  startMou,
  takesPartInFair,
} from './mou-app';

/**
 * An MOU from signature to fulfilment: signed at a fair by every party, activated, then fed by
 * OrderDelivered events published to Kafka as the distributors service does, until every target is
 * met. Redelivered and duplicated events count once; deliveries that do not belong are ignored.
 */
describe('mou service: an MOU signed at a fair and fulfilled by delivered orders', () => {
  const clock = new TestClock(new Date('2025-09-01T03:00:00.000Z'));
  let service: MouApp;

  beforeAll(async () => {
    service = await startMou(clock);
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const http = () => service.http();
  const show = async (mouId: string) => (await http().get(`/mous/${mouId}`).expect(200)).body;
  const onKafka = (
    type: string,
    mouId: string,
    match: (e: EventEnvelope) => boolean = () => true,
  ) =>
    service.probe.next(
      `${type} of ${mouId} on Kafka`,
      (e) => e.type === type && e.aggregateId === mouId && match(e),
    );
  const recordedOrders = async (mouId: string) =>
    (await service.storedEvents(mouId))
      .filter((e) => e.type === 'MouFulfilmentRecorded')
      .map((e) => e.payload.orderId as string);

  it('is signed by every party at the fair, activated, and fulfilled by deliveries; duplicates count once', async () => {
    const { distributorId, coop, farm, tea, honey } = scenarioIds();
    const fairId = randomUUID();
    const herbalTea = randomUUID();
    await takesPartInFair(service, fairId, { producerId: farm });

    // Drafted at the fair, covering tea and honey by id and the beverage group.
    const drafted = await http()
      .post('/mous')
      .send(
        draftBody(
          { distributorId, producerIds: [coop, farm] },
          { tea, honey },
          {
            fairId,
            productGroups: ['beverage'],
          },
        ),
      )
      .expect(201);
    const mouId = drafted.body.mouId as string;
    expect(drafted.body).toMatchObject({
      location: `/mous/${mouId}`,
      status: 'drafted',
      fairId,
      versionInForce: null,
      pendingVersion: { version: 1, state: 'drafted' },
    });
    expect((await onKafka('MouDrafted', mouId)).payload).toMatchObject({
      fairId,
      distributorId,
      producerIds: [coop, farm],
      version: 1,
    });

    await http().post(`/mous/${mouId}/propose`).expect(200);

    // Each party signs for itself, as the gateway forwards it (x-actor-*).
    const coopSigns = await http()
      .post(`/mous/${mouId}/sign`)
      .set({ 'x-actor-role': 'producer', 'x-actor-id': coop })
      .send(signer('producer', coop))
      .expect(200);
    expect(coopSigns.body).toMatchObject({
      status: 'proposed',
      pendingVersion: {
        version: 1,
        state: 'awaiting-signatures',
        awaitingSignatures: [
          { partyType: 'distributor', partyId: distributorId },
          { partyType: 'producer', partyId: farm },
        ],
      },
    });
    clock.advance(60_000);
    await http()
      .post(`/mous/${mouId}/sign`)
      .set({ 'x-actor-role': 'producer', 'x-actor-id': farm })
      .send(signer('producer', farm))
      .expect(200);
    clock.advance(60_000);
    const activated = await http()
      .post(`/mous/${mouId}/sign`)
      .set({ 'x-actor-role': 'distributor', 'x-actor-id': distributorId })
      .send({ ...signer('distributor', distributorId), version: 1 })
      .expect(200);
    const activatedAt = clock.now().toISOString();
    expect(activated.body).toMatchObject({
      status: 'active',
      activeSince: activatedAt,
      pendingVersion: null,
      versionInForce: { version: 1, state: 'in-force', activatedAt, awaitingSignatures: [] },
    });
    expect(activated.body.versionInForce.signatures).toEqual([
      { ...signer('producer', coop), signedAt: '2025-09-01T03:00:00.000Z' },
      { ...signer('producer', farm), signedAt: '2025-09-01T03:01:00.000Z' },
      { ...signer('distributor', distributorId), signedAt: activatedAt },
    ]);
    for (const partyId of [coop, farm, distributorId]) {
      const signed = await onKafka('MouSigned', mouId, (e) => e.payload.partyId === partyId);
      expect(signed.payload).toMatchObject({ version: 1, signedBy: expect.any(String) });
      expect(signed.actor.id).toBe(partyId);
    }
    expect((await onKafka('MouActivated', mouId)).payload).toEqual({
      version: 1,
      activatedAt,
      startDate: '2025-09-01',
      endDate: '2025-12-31',
    });

    // First delivery: 120 kg of tea from the cooperative.
    clock.advance(3 * 86_400_000);
    const first = await orderDelivered(service, {
      mouId,
      distributorId,
      producerId: coop,
      lines: [{ productId: tea, quantity: 120 }],
    });
    await service.handled(first);
    expect(await show(mouId)).toMatchObject({
      status: 'active',
      targets: [
        { productId: tea, quantity: 300, unit: 'kg', delivered: 120, percent: 40, met: false },
        { productId: honey, quantity: 100, unit: 'lít', delivered: 0, percent: 0, met: false },
      ],
      obligations: [
        {
          obligationId: 'o1',
          kind: 'delivery',
          status: 'met',
          delivered: 120,
          metBy: 'deliveries',
        },
        { obligationId: 'o2', kind: 'action', status: 'open' },
      ],
      countedOrders: 1,
    });
    const recorded = await onKafka('MouFulfilmentRecorded', mouId);
    expect(recorded.payload).toEqual({
      orderId: first.aggregateId,
      distributorId,
      producerId: coop,
      version: 1,
      deliveredAt: first.occurredAt,
      lines: [{ productId: tea, quantity: 120 }],
    });
    expect(recorded.causationId).toBe(first.eventId);
    await onKafka('ObligationMet', mouId, (e) => e.payload.obligationId === 'o1');

    // The same event redelivered, and the same order again under another event id.
    await service.probe.publish({ ...first });
    const duplicate = await orderDelivered(service, {
      orderId: first.aggregateId,
      mouId,
      producerId: coop,
      lines: [{ productId: tea, quantity: 120 }],
    });
    // The duplicate came after the redelivery on the same key, so the same partition: once it is
    // handled, the redelivery was read too (and skipped, its id being recorded).
    await service.handled(duplicate);

    // Not counted: another distributor's order to one of its producers, a producer that is not
    // a party, a product not covered, an order without MOU.
    const otherDistributors = await orderDelivered(service, {
      mouId,
      distributorId: randomUUID(),
      producerId: coop,
      lines: [{ productId: tea, quantity: 500 }],
    });
    const stranger = await orderDelivered(service, {
      mouId,
      producerId: randomUUID(),
      lines: [{ productId: tea, quantity: 500 }],
    });
    const uncovered = await orderDelivered(service, {
      mouId,
      producerId: farm,
      lines: [{ productId: randomUUID(), quantity: 500 }],
    });
    const noMou = await orderDelivered(service, {
      producerId: coop,
      lines: [{ productId: tea, quantity: 500 }],
    });
    const beforeActivation = await orderDelivered(service, {
      mouId,
      producerId: coop,
      occurredAt: '2025-09-01T02:00:00.000Z',
      lines: [{ productId: tea, quantity: 500 }],
    });
    for (const event of [otherDistributors, stranger, uncovered, noMou, beforeActivation])
      await service.handled(event);
    expect(await recordedOrders(mouId)).toEqual([first.aggregateId]);
    expect((await show(mouId)).targets[0]).toMatchObject({ delivered: 120 });

    // A product of a covered group (as producers registered it) counts, without a target.
    await service.probe.publish({
      type: 'ProductRegistered',
      aggregateType: 'producer',
      aggregateId: farm,
      payload: {
        productId: herbalTea,
        name: 'Trà hoa vàng Ba Chẽ',
        group: 'beverage',
        subgroup: 'tea',
        unit: 'hộp',
        priceMinVnd: 150_000,
        priceMaxVnd: 250_000,
        monthlyCapacity: 500,
        photoUrls: [],
        qrCode: 'OCOP-QN-000123',
      },
    });
    await waitFor('the product group to be known', async () =>
      Boolean(
        await service.db
          .collection<{ _id: string }>('mou_product_groups')
          .findOne({ _id: herbalTea }),
      ),
    );
    const grouped = await orderDelivered(service, {
      mouId,
      producerId: farm,
      lines: [
        { productId: herbalTea, quantity: 40 },
        { productId: honey, quantity: 60 },
      ],
    });
    await service.handled(grouped);

    // The rest: the targets are met with the last order.
    clock.advance(86_400_000);
    await service.handled(
      await orderDelivered(service, {
        mouId,
        producerId: coop,
        lines: [{ productId: tea, quantity: 180 }],
      }),
    );
    expect((await show(mouId)).status).toBe('active');
    const last = await orderDelivered(service, {
      mouId,
      producerId: farm,
      lines: [{ productId: honey, quantity: 45 }],
    });
    await service.handled(last);

    const fulfilled = await show(mouId);
    expect(fulfilled).toMatchObject({
      status: 'fulfilled',
      fulfilledAt: last.occurredAt,
      targets: [
        { productId: tea, delivered: 300, percent: 100, met: true },
        { productId: honey, delivered: 105, percent: 105, met: true },
      ],
      countedOrders: 4,
    });
    expect(fulfilled.delivered).toEqual(
      expect.arrayContaining([
        { productId: tea, quantity: 300 },
        { productId: herbalTea, quantity: 40 },
        { productId: honey, quantity: 105 },
      ]),
    );
    expect((await onKafka('MouFulfilled', mouId)).payload).toMatchObject({
      version: 1,
      fulfilledAt: last.occurredAt,
    });

    // Fulfilled is final: another delivery changes nothing.
    await service.handled(
      await orderDelivered(service, {
        mouId,
        producerId: coop,
        lines: [{ productId: tea, quantity: 10 }],
      }),
    );
    expect(await show(mouId)).toMatchObject({ status: 'fulfilled', countedOrders: 4 });
    expect((await service.storedEvents(mouId)).map((e) => e.type)).toEqual([
      'MouDrafted',
      'MouProposed',
      'MouSigned',
      'MouSigned',
      'MouSigned',
      'MouActivated',
      'MouFulfilmentRecorded',
      'ObligationMet',
      'MouFulfilmentRecorded',
      'MouFulfilmentRecorded',
      'MouFulfilmentRecorded',
      'MouFulfilled',
    ]);

    // The fair's MOUs and the producers' lists show it (the list is built from the events).
    const listed = await waitFor('the fulfilled MOU in the fair list', async () => {
      const { body } = await http().get('/mous').query({ fairId }).expect(200);
      return body.items[0]?.status === 'fulfilled' ? body : false;
    });
    expect(listed).toMatchObject({
      total: 1,
      page: 1,
      limit: 20,
      items: [
        {
          mouId,
          fairId,
          distributorId,
          producerIds: [coop, farm],
          status: 'fulfilled',
          versionInForce: { version: 1, startDate: '2025-09-01', endDate: '2025-12-31' },
          pendingVersion: null,
        },
      ],
    });
  });

  it('lists a party’s MOUs, newest first, a page at a time', async () => {
    const first = await mouIn(service, 'active');
    const { distributorId, coop } = first;
    const more: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { body } = await http()
        .post('/mous')
        .send(draftBody({ distributorId, producerIds: [coop] }, scenarioIds()))
        .expect(201);
      more.push(body.mouId as string);
    }
    const firstPage = () =>
      http().get('/mous').query({ partyType: 'distributor', partyId: distributorId, limit: 2 });
    // The page and the total are two reads, so a directory write between them can show a total of
    // three beside a page of the two before it. Once the total is three, every write is in, and
    // the page read after that shows all three.
    await waitFor('three MOUs of the distributor listed', async () => {
      const { body } = await firstPage().expect(200);
      return body.total === 3;
    });
    const page1 = (await firstPage().expect(200)).body as {
      items: Array<{ mouId: string }>;
    };
    expect(page1).toMatchObject({ total: 3, page: 1, limit: 2 });
    expect(page1.items.map((item) => item.mouId)).toEqual([more[1], more[0]]);
    const page2 = (
      await http().get('/mous').query({ partyId: distributorId, limit: 2, page: 2 }).expect(200)
    ).body;
    expect(page2).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(page2.items).toHaveLength(1);
    const all = [...page1.items, ...page2.items].map((item: { mouId: string }) => item.mouId);
    expect(new Set(all)).toEqual(new Set([first.mouId, ...more]));

    const coopActive = (
      await http()
        .get('/mous')
        .query({ partyType: 'producer', partyId: coop, status: 'active' })
        .expect(200)
    ).body;
    expect(coopActive).toMatchObject({ total: 1, items: [{ mouId: first.mouId }] });
    // The distributor is not a producer party of any of them.
    const asProducer = await http()
      .get('/mous')
      .query({ partyType: 'producer', partyId: distributorId })
      .expect(200);
    expect(asProducer.body).toMatchObject({ total: 0, items: [] });
  });
});
