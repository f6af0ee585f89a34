import { EventEnvelope } from '@ocop/events';
import { TestClock } from '@ocop/testing';
import { MouApp, mouIn, orderDelivered, signer, startMou } from './mou-app';

/**
 * An amendment is a new version that needs every signature again; the version in force keeps
 * counting (its targets, its period) until the last party signed the new one.
 */
describe('mou service: amending an MOU', () => {
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

  it('keeps version 1 in force until every party signed version 2, which then counts', async () => {
    const { mouId, distributorId, coop, farm, tea, honey } = await mouIn(service, 'active');
    clock.advance(86_400_000);
    await service.handled(
      await orderDelivered(service, {
        mouId,
        producerId: coop,
        lines: [{ productId: tea, quantity: 100 }],
      }),
    );

    const amended = await http()
      .post(`/mous/${mouId}/amend`)
      .send({
        reason: 'Mở rộng thời hạn, điều chỉnh sản lượng chè',
        targets: [{ productId: tea, quantity: 150, unit: 'kg' }],
        endDate: '2026-03-31',
      })
      .expect(200);
    expect(amended.body).toMatchObject({
      status: 'active',
      versionInForce: { version: 1, state: 'in-force' },
      pendingVersion: {
        version: 2,
        state: 'awaiting-signatures',
        basedOn: 1,
        reason: 'Mở rộng thời hạn, điều chỉnh sản lượng chè',
        signatures: [],
        terms: { targets: [{ productId: tea, quantity: 150, unit: 'kg' }], endDate: '2026-03-31' },
      },
      // Version 1's targets still count.
      targets: [
        { productId: tea, quantity: 300, delivered: 100 },
        { productId: honey, quantity: 100, delivered: 0 },
      ],
    });
    expect(amended.body.pendingVersion.awaitingSignatures).toHaveLength(3);
    expect((await onKafka('MouAmended', mouId)).payload).toMatchObject({
      version: 2,
      basedOn: 1,
      changes: ['targets', 'endDate'],
    });

    // Two of three sign: still version 1.
    await http().post(`/mous/${mouId}/sign`).send(signer('producer', coop)).expect(200);
    await http()
      .post(`/mous/${mouId}/sign`)
      .send({ ...signer('distributor', distributorId), version: 2 })
      .expect(200);
    const stale = await http()
      .post(`/mous/${mouId}/sign`)
      .send({ ...signer('producer', farm), version: 1 })
      .expect(409);
    expect(stale.body.message).toEqual([
      `cannot sign version 1 of MOU ${mouId}: version 2 is the one awaiting signatures (current state: active)`,
    ]);

    // Meanwhile a delivery counts under version 1, honey included.
    clock.advance(86_400_000);
    const honeyOrder = await orderDelivered(service, {
      mouId,
      producerId: farm,
      lines: [{ productId: honey, quantity: 30 }],
    });
    await service.handled(honeyOrder);
    const recorded = await onKafka(
      'MouFulfilmentRecorded',
      mouId,
      (e) => e.payload.orderId === honeyOrder.aggregateId,
    );
    expect(recorded.payload).toMatchObject({ version: 1 });
    expect(await show(mouId)).toMatchObject({
      versionInForce: { version: 1 },
      pendingVersion: {
        version: 2,
        awaitingSignatures: [{ partyType: 'producer', partyId: farm }],
      },
      targets: [
        { productId: tea, quantity: 300, delivered: 100 },
        { productId: honey, quantity: 100, delivered: 30 },
      ],
    });

    // The last signature brings version 2 into force.
    clock.advance(60_000);
    const inForce = await http()
      .post(`/mous/${mouId}/sign`)
      .send(signer('producer', farm))
      .expect(200);
    expect(inForce.body).toMatchObject({
      status: 'active',
      pendingVersion: null,
      versionInForce: { version: 2, state: 'in-force', activatedAt: clock.now().toISOString() },
      targets: [{ productId: tea, quantity: 150, delivered: 100, percent: 66.7, met: false }],
      versions: [
        { version: 1, state: 'superseded', basedOn: null },
        { version: 2, state: 'in-force', basedOn: 1 },
      ],
    });
    expect(
      (await onKafka('MouActivated', mouId, (e) => e.payload.version === 2)).payload,
    ).toMatchObject({
      version: 2,
      previousVersion: 1,
      endDate: '2026-03-31',
    });
    // Obligations unchanged by the amendment keep their state (o1 was met by the first order).
    expect(inForce.body.obligations).toMatchObject([
      { obligationId: 'o1', status: 'met' },
      { obligationId: 'o2', status: 'open' },
    ]);

    // Version 2's target is met by the next tea delivery; honey no longer has one.
    clock.advance(86_400_000);
    const last = await orderDelivered(service, {
      mouId,
      producerId: coop,
      lines: [{ productId: tea, quantity: 50 }],
    });
    await service.handled(last);
    expect(await show(mouId)).toMatchObject({
      status: 'fulfilled',
      targets: [{ productId: tea, quantity: 150, delivered: 150, percent: 100, met: true }],
    });
    expect((await onKafka('MouFulfilled', mouId)).payload).toMatchObject({ version: 2 });
  });

  it('replaces a version nobody finished signing, signatures and all', async () => {
    const { mouId, coop, tea } = await mouIn(service, 'proposed');
    await http().post(`/mous/${mouId}/sign`).send(signer('producer', coop)).expect(200);
    const amended = await http()
      .post(`/mous/${mouId}/amend`)
      .send({ priceTerms: { text: 'Giá theo thị trường, chốt hằng tháng' } })
      .expect(200);
    expect(amended.body).toMatchObject({
      status: 'proposed',
      versionInForce: null,
      pendingVersion: {
        version: 2,
        signatures: [],
        terms: { priceTerms: { text: 'Giá theo thị trường, chốt hằng tháng' } },
      },
      versions: [
        { version: 1, state: 'replaced' },
        { version: 2, state: 'awaiting-signatures' },
      ],
    });
    expect(amended.body.pendingVersion.terms.priceTerms.unitPrices).toBeUndefined();
    expect(amended.body.pendingVersion.awaitingSignatures).toHaveLength(3);
    expect(amended.body.targets[0]).toMatchObject({ productId: tea, quantity: 300 });

    const same = await http()
      .post(`/mous/${mouId}/amend`)
      .send({ priceTerms: { text: 'Giá theo thị trường, chốt hằng tháng' } })
      .expect(422);
    expect(same.body.message).toEqual(['the amendment changes nothing in version 2']);
  });
});
