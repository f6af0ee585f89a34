import { TestClock } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { VIEW_CATCH_UP_MS } from '@ocop/common';
import {
  draftBody,
  MouApp,
  mouIn,
  scenarioIds,
  signer,
  startMou,
  takesPartInFair,
} from './mou-app';

/**
 * The HTTP API's answers to what does not fit: 400 naming each wrong field, 404 for an unknown
 * MOU, 409 naming the state a command does not fit, 422 for a broken rule.
 */
describe('mou service: refusals over HTTP', () => {
  const clock = new TestClock(new Date('2025-09-01T03:00:00.000Z'));
  let service: MouApp;

  beforeAll(async () => {
    service = await startMou(clock);
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const http = () => service.http();

  describe('400: bad input, each wrong field named', () => {
    it('refuses a draft with wrong, missing and unknown fields', async () => {
      const bad = await http()
        .post('/mous')
        .send({
          distributorId: 'hapro',
          producerIds: [],
          fairId: 42,
          targets: [{ productId: randomUUID(), quantity: 0, unit: '' }],
          priceTerms: { unitPrices: [{ productId: randomUUID(), unitPriceVnd: 1.5 }] },
          startDate: '2025-13-01',
          endDate: '31/12/2025',
          obligations: [{ kind: 'payment', description: 'x', dueDate: '2025-10-01' }],
          status: 'active',
        });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(bad.body.message).toEqual(
        expect.arrayContaining([
          'property status should not exist',
          'distributorId must be a UUID',
          'producerIds must contain at least 1 elements',
          'fairId must be a UUID',
          'targets.0.quantity must be a positive number',
          'targets.0.unit should not be empty',
          'priceTerms.unitPrices.0.unitPriceVnd must be an integer number',
          'startDate must be a calendar date YYYY-MM-DD',
          'endDate must be a calendar date YYYY-MM-DD',
          expect.stringMatching(/^obligations.0.kind must be one of the following values/),
        ]),
      );
      const missing = await http().post('/mous').send({});
      expect(missing.status).toBe(400);
      expect(missing.body.message).toEqual(
        expect.arrayContaining([
          'distributorId must be a UUID',
          'targets must contain at least 1 elements',
          'priceTerms must be an object',
          'startDate must be a calendar date YYYY-MM-DD',
        ]),
      );
    });

    it('refuses bad signatures, amendments, terminations, ids and list queries', async () => {
      const { mouId } = await mouIn(service, 'proposed');
      const sign = await http()
        .post(`/mous/${mouId}/sign`)
        .send({ partyType: 'officer', partyId: 'x', signedBy: ' ', version: 0 });
      expect(sign.status).toBe(400);
      expect(sign.body.message).toEqual(
        expect.arrayContaining([
          'partyType must be one of the following values: distributor, producer',
          'partyId must be a UUID',
          'signedBy should not be empty',
          'onBehalfOf must be a string',
          'version must not be less than 1',
        ]),
      );
      const amend = await http()
        .post(`/mous/${mouId}/amend`)
        .send({ endDate: 'soon', targets: [{ productId: 'tea', quantity: 1, unit: 'kg' }] });
      expect(amend.status).toBe(400);
      expect(amend.body.message).toHaveLength(2);
      expect(amend.body.message).toEqual(
        expect.arrayContaining([
          'targets.0.productId must be a UUID',
          'endDate must be a calendar date YYYY-MM-DD',
        ]),
      );
      const terminate = await http().post(`/mous/${mouId}/terminate`).send({});
      expect(terminate.status).toBe(400);
      expect(terminate.body.message).toEqual(
        expect.arrayContaining(['reason should not be empty']),
      );
      expect((await http().get('/mous/not-a-uuid')).status).toBe(400);
      const list = await http()
        .get('/mous')
        .query({ partyType: 'producer', limit: 500, pageSize: 20, sort: 'name' });
      expect(list.status).toBe(400);
      expect(list.body.message).toEqual(
        expect.arrayContaining([
          'partyId must be a UUID',
          'limit must not be greater than 100',
          'property pageSize should not exist',
          'sort must be one of the following values: draftedAt, updatedAt',
        ]),
      );
    });
  });

  describe('404: unknown MOU or obligation', () => {
    it('lists no MOU whose draft never reached the list (a later event alone)', async () => {
      const orphan = randomUUID();
      // What MouProposed leaves in the list when its MouDrafted was dead-lettered.
      await service.db
        .collection<{ _id: string; status: string; updatedAt: string }>('mou_directory')
        .insertOne({ _id: orphan, status: 'proposed', updatedAt: new Date().toISOString() });
      const listed = await http()
        .get('/mous')
        .query({ status: 'proposed', limit: 100 })
        .expect(200);
      const page = listed.body as { items: { mouId: string }[]; total: number };
      expect(page.items.map((mou) => mou.mouId)).not.toContain(orphan);
      expect(page.total).toBe(page.items.length);
    });

    it('answers 404 for an MOU that does not exist', async () => {
      const unknown = randomUUID();
      const shown = await http().get(`/mous/${unknown}`).expect(404);
      expect(shown.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: [`MOU ${unknown} not found`],
      });
      await http().post(`/mous/${unknown}/propose`).expect(404);
      await http().post(`/mous/${unknown}/sign`).send(signer('producer', randomUUID())).expect(404);
      await http().post(`/mous/${unknown}/terminate`).send({ reason: 'x' }).expect(404);
      const { mouId } = await mouIn(service, 'active');
      const obligation = await http().post(`/mous/${mouId}/obligations/o9/meet`).send({});
      expect(obligation.status).toBe(404);
      expect(obligation.body.message).toEqual([`version 1 of MOU ${mouId} has no obligation o9`]);
    });
  });

  describe('409: a command that does not fit the state, which is named', () => {
    it('refuses to sign a draft, propose twice, sign twice, or act on an ended MOU', async () => {
      const { mouId, coop } = await mouIn(service, 'drafted');
      const early = await http().post(`/mous/${mouId}/sign`).send(signer('producer', coop));
      expect(early.status).toBe(409);
      expect(early.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: [
          `cannot sign MOU ${mouId}: it is a draft; propose it first (current state: drafted)`,
        ],
      });
      const meetEarly = await http().post(`/mous/${mouId}/obligations/o2/meet`).send({});
      expect(meetEarly.status).toBe(409);
      expect(meetEarly.body.message[0]).toMatch(/\(current state: drafted\)$/);

      await http().post(`/mous/${mouId}/propose`).expect(200);
      const twice = await http().post(`/mous/${mouId}/propose`).expect(409);
      expect(twice.body.message).toEqual([
        `cannot propose MOU ${mouId}: only a drafted MOU allows it (current state: proposed)`,
      ]);
      await http().post(`/mous/${mouId}/sign`).send(signer('producer', coop)).expect(200);
      const again = await http().post(`/mous/${mouId}/sign`).send(signer('producer', coop));
      expect(again.status).toBe(409);
      expect(again.body.message[0]).toMatch(
        new RegExp(
          `^producer ${coop} signed version 1 of MOU ${mouId} already, at .* \\(current state: proposed\\)$`,
        ),
      );

      await http()
        .post(`/mous/${mouId}/terminate`)
        .send({ reason: 'Không đạt thỏa thuận giá' })
        .expect(200);
      for (const [path, body] of [
        ['terminate', { reason: 'again' }],
        ['propose', {}],
        ['sign', signer('producer', coop)],
        ['amend', { endDate: '2026-01-31' }],
      ] as const) {
        const refused = await http().post(`/mous/${mouId}/${path}`).send(body);
        expect(refused.status).toBe(409);
        expect(refused.body.message[0]).toMatch(/\(current state: terminated\)$/);
      }
    });

    it('refuses a signature when the version in force has every signature', async () => {
      const { mouId, coop } = await mouIn(service, 'active');
      const refused = await http().post(`/mous/${mouId}/sign`).send(signer('producer', coop));
      expect(refused.status).toBe(409);
      expect(refused.body.message).toEqual([
        `cannot sign MOU ${mouId}: version 1 is in force, signed by every party, and no amendment awaits signatures (current state: active)`,
      ]);
    });
  });

  describe('422: broken rules', () => {
    it('lets only parties sign, each only for itself', async () => {
      const { mouId, coop, farm } = await mouIn(service, 'proposed');
      const stranger = randomUUID();
      const notAParty = await http().post(`/mous/${mouId}/sign`).send(signer('producer', stranger));
      expect(notAParty.status).toBe(422);
      expect(notAParty.body).toEqual({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: [`producer ${stranger} is not a party to MOU ${mouId}; only its parties sign it`],
      });
      const forAnother = await http()
        .post(`/mous/${mouId}/sign`)
        .set({ 'x-actor-role': 'producer', 'x-actor-id': farm })
        .send(signer('producer', coop));
      expect(forAnother.status).toBe(422);
      expect(forAnother.body.message).toEqual([
        `producer ${farm} cannot sign for producer ${coop}: a party signs only for itself`,
      ]);
    });

    it('lets a producer or distributor act only on MOUs it is a party to', async () => {
      const { mouId, coop } = await mouIn(service, 'active');
      const outsider = randomUUID();
      const terminate = await http()
        .post(`/mous/${mouId}/terminate`)
        .set({ 'x-actor-role': 'distributor', 'x-actor-id': outsider })
        .send({ reason: 'không phải của tôi' });
      expect(terminate.status).toBe(422);
      expect(terminate.body.message).toEqual([
        `distributor ${outsider} is not a party to MOU ${mouId}`,
      ]);
      const ids = scenarioIds();
      const draft = await http()
        .post('/mous')
        .set({ 'x-actor-role': 'producer', 'x-actor-id': coop })
        .send(draftBody({ distributorId: ids.distributorId, producerIds: [ids.coop] }, ids));
      expect(draft.status).toBe(422);
      expect(draft.body.message).toEqual([
        `producer ${coop} cannot draft an MOU it is not a party to`,
      ]);
    });

    it('refuses terms that break the rules', async () => {
      const ids = scenarioIds();
      const parties = { distributorId: ids.distributorId, producerIds: [ids.coop] };
      const cases: [Record<string, unknown>, string][] = [
        [
          { startDate: '2025-12-01', endDate: '2025-11-30' },
          'endDate 2025-11-30 is before startDate 2025-12-01',
        ],
        [
          { startDate: '2025-01-01', endDate: '2025-06-30' },
          'the period ended on 2025-06-30; today is 2025-09-01',
        ],
        [{ priceTerms: {} }, 'priceTerms need a text, unit prices in VND, or both'],
        [
          { obligations: [{ kind: 'delivery', description: 'hàng tháng', dueDate: '2025-10-31' }] },
          'obligations.0.quantity: a delivery obligation needs the volume (a positive whole number) that meets it',
        ],
        [
          { producerIds: [ids.distributorId] },
          `${ids.distributorId} cannot be both the distributor and a producer of the MOU`,
        ],
      ];
      for (const [overrides, message] of cases) {
        const refused = await http()
          .post('/mous')
          .send(draftBody(parties, ids, overrides));
        expect({ status: refused.status, message: refused.body.message }).toEqual({
          status: 422,
          message: [message],
        });
      }
    });

    it('names a fair only where its distributor attends or one of its producers holds a booth', async () => {
      const draftAt = (fairId: string, ids = scenarioIds()) =>
        http()
          .post('/mous')
          .send(
            draftBody(
              { distributorId: ids.distributorId, producerIds: [ids.coop, ids.farm] },
              ids,
              { fairId },
            ),
          );
      const refusal = (fairId: string, distributorId: string) =>
        `MOU names fair ${fairId}, but its distributor ${distributorId} is not registered to attend it ` +
        `and none of its producers holds a booth booking there: an MOU names only a fair where its ` +
        `parties took part (if one registered or booked a moment ago, retry shortly)`;

      // Others took part; a producer's booking was rejected, another's cancelled: refused, after
      // reading the view again for a moment (a registration may have been on its way).
      const fairId = randomUUID();
      const ids = scenarioIds();
      await takesPartInFair(service, fairId, { distributorId: randomUUID() });
      await takesPartInFair(service, fairId, { producerId: randomUUID() });
      await takesPartInFair(service, fairId, { producerId: ids.coop }, 'rejected');
      await takesPartInFair(service, fairId, { producerId: ids.farm }, 'cancelled');
      await takesPartInFair(service, randomUUID(), { distributorId: ids.distributorId });
      const started = Date.now();
      const refused = await draftAt(fairId, ids);
      expect(Date.now() - started).toBeGreaterThanOrEqual(VIEW_CATCH_UP_MS);
      expect({ status: refused.status, message: refused.body.message }).toEqual({
        status: 422,
        message: [refusal(fairId, ids.distributorId)],
      });
      const listed = await http().get('/mous').query({ fairId }).expect(200);
      expect(listed.body.total).toBe(0);

      // The distributor registers to attend: accepted.
      await takesPartInFair(service, fairId, { distributorId: ids.distributorId });
      const attended = await draftAt(fairId, ids);
      expect(attended.status).toBe(201);
      expect(attended.body).toMatchObject({ fairId, distributorId: ids.distributorId });

      // A producer party books a booth (the distributor never registered): accepted.
      const booked = scenarioIds();
      const otherFair = randomUUID();
      await takesPartInFair(service, otherFair, { producerId: booked.farm });
      expect((await draftAt(otherFair, booked)).status).toBe(201);

      // Without a fair, nothing to check.
      const withoutFair = draftBody(
        { distributorId: ids.distributorId, producerIds: [ids.coop] },
        ids,
      );
      expect((await http().post('/mous').send(withoutFair)).status).toBe(201);
    });

    it('meets delivery obligations only by deliveries', async () => {
      const { mouId } = await mouIn(service, 'active');
      const refused = await http().post(`/mous/${mouId}/obligations/o1/meet`).send({});
      expect(refused.status).toBe(422);
      expect(refused.body.message).toEqual([
        'obligation o1 is a delivery obligation: it is met when recorded deliveries reach 50',
      ]);
    });
  });
});
