import { ApiAnswer, PrivateServers, RunningSystem, sharedServers } from '@ocop/testing';
import mongoose, { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { Actor, certifiedProducer, distributor, officer, ProducerActor } from './journeys';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Idempotency-Key through the gateway, on the whole stack. Its MongoDB-wire server is private (Kafka
 * and Redis are the suite's), since one test stops it mid-request and starts it again.
 */
describe('Idempotency-Key: a command sent again runs once', () => {
  let mongo: PrivateServers;
  let system: RunningSystem;
  let store: Connection;
  let admin: string;
  let producer: ProducerActor;
  let staff: Actor;

  beforeAll(async () => {
    mongo = await PrivateServers.start('mongo');
    system = await RunningSystem.start(
      {},
      { ...sharedServers(), MONGO_URL: mongo.addresses.MONGO_URL },
    );
    store = await mongoose
      .createConnection(mongo.addresses.MONGO_URL, {
        dbName: `test_${system.runId}_distributors`,
      })
      .asPromise();
    admin = await system.loginAdmin();
    staff = await officer(system, admin);
    producer = await certifiedProducer(system, admin, staff);
  }, 300_000);

  afterAll(async () => {
    await store?.close();
    await system?.stop();
    await mongo?.destroy();
  });

  const order = (buyer: { distributorId: string }, quantity = 10) => ({
    distributorId: buyer.distributorId,
    producerId: producer.producerId,
    lines: [{ productId: producer.productId, quantity, unitPriceVnd: 400_000 }],
  });

  const place = (token: string, key: string, body: unknown) =>
    system.api('POST', '/orders', { token, body, headers: { 'idempotency-key': key } });

  /** The orders the distributors service stored for the buyer, read from its event store. */
  async function ordersStored(distributorId: string): Promise<string[]> {
    const commits = await store
      .collection<{ aggregateId: string; eventsJson: string }>('event_commits')
      .find({ aggregateType: 'purchase-order', aggregateVersion: 1 })
      .toArray();
    return commits
      .filter((commit) => {
        const [placed] = JSON.parse(commit.eventsJson) as Array<{
          type: string;
          payload: { distributorId: string };
        }>;
        return placed.type === 'OrderPlaced' && placed.payload.distributorId === distributorId;
      })
      .map((commit) => commit.aggregateId);
  }

  const sameAnswer = (answer: ApiAnswer) => ({
    status: answer.status,
    body: answer.body as unknown,
    location: answer.headers.get('location'),
  });

  it('places one order for the same order sent twice with one key, and answers both alike', async () => {
    const buyer = await distributor(system, admin, staff);
    const key = randomUUID();

    const first = await place(buyer.token, key, order(buyer));
    // The same body with its keys in another order is the same request.
    const { lines, producerId, distributorId } = order(buyer);
    const again = await place(buyer.token, key, { lines, producerId, distributorId });

    expect(first.status).toBe(202);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(sameAnswer(again)).toEqual(sameAnswer(first));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await ordersStored(buyer.distributorId)).toEqual([first.body.orderId]);
  });

  it('refuses the key with another body (422) or another path, and a malformed key (400)', async () => {
    const buyer = await distributor(system, admin, staff);
    const key = randomUUID();
    expect((await place(buyer.token, key, order(buyer, 10))).status).toBe(202);

    const otherBody = await place(buyer.token, key, order(buyer, 11));
    const otherPath = await system.api('POST', '/sourcing-requests', {
      token: buyer.token,
      body: order(buyer, 10),
      headers: { 'idempotency-key': key },
    });
    const malformed = await place(buyer.token, 'x'.repeat(256), order(buyer, 12));

    expect(otherBody.status).toBe(422);
    expect(otherBody.body).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: [
        'this Idempotency-Key was used for another request; use a new key for a new request',
      ],
    });
    expect(otherPath.status).toBe(422);
    expect(malformed.status).toBe(400);
    expect(await ordersStored(buyer.distributorId)).toHaveLength(1);
  });

  it('places one order for two concurrent requests with one key: the other is told 409 or gets the same answer', async () => {
    const buyer = await distributor(system, admin, staff);
    const key = randomUUID();

    const answers = await Promise.all([
      place(buyer.token, key, order(buyer)),
      place(buyer.token, key, order(buyer)),
    ]);

    const placed = answers.filter((answer) => answer.status === 202);
    const busy = answers.filter((answer) => answer.status === 409);
    expect(placed.length + busy.length).toBe(2);
    expect(placed.length).toBeGreaterThanOrEqual(1);
    busy.forEach((answer) => expect(answer.headers.get('retry-after')).toBe('1'));
    expect(new Set(placed.map((answer) => answer.body.orderId)).size).toBe(1);
    expect(await ordersStored(buyer.distributorId)).toEqual([placed[0].body.orderId]);
  });

  it('keeps the keys of different callers apart: the same key places an order for each', async () => {
    const buyer = await distributor(system, admin, staff);
    const otherBuyer = await distributor(system, admin, staff);
    const key = `po-${randomUUID().slice(0, 8)}`;

    const mine = await place(buyer.token, key, order(buyer, 10));
    const theirs = await place(otherBuyer.token, key, order(otherBuyer, 20));

    expect(mine.status).toBe(202);
    expect(theirs.status).toBe(202);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.orderId).not.toBe(mine.body.orderId);
    expect(await ordersStored(buyer.distributorId)).toEqual([mine.body.orderId]);
    expect(await ordersStored(otherBuyer.distributorId)).toEqual([theirs.body.orderId]);
  });

  it('replays the gateway’s own commands too (creating a user)', async () => {
    const key = randomUUID();
    const body = {
      email: `keyed-${randomUUID().slice(0, 8)}@test.ocop.vn`,
      password: 'a-long-test-password',
      role: 'officer',
      name: 'Cán bộ xúc tiến thương mại',
    };
    const send = () =>
      system.api('POST', '/users', { token: admin, body, headers: { 'idempotency-key': key } });

    const first = await send();
    const again = await send();

    expect(first.status).toBe(201);
    expect(sameAnswer(again)).toEqual(sameAnswer(first));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('describes the header on every command of the OpenAPI document, and not on login', async () => {
    const document = (await (await fetch(`${system.gatewayUrl}/docs-json`)).json()) as {
      paths: Record<string, Record<string, { parameters?: Array<{ $ref?: string }> }>>;
      components: { parameters: Record<string, { name: string; in: string }> };
    };
    const keyed = (method: string, path: string) =>
      (document.paths[path][method].parameters ?? []).some(
        (parameter) => parameter.$ref === '#/components/parameters/IdempotencyKey',
      );

    expect(document.components.parameters.IdempotencyKey).toMatchObject({
      name: 'Idempotency-Key',
      in: 'header',
    });
    const commands = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => [method, path] as const),
    );
    expect(commands.length).toBeGreaterThan(30);
    for (const [method, path] of commands) {
      expect([method, path, keyed(method, path)]).toEqual([
        method,
        path,
        path !== '/api/v1/auth/login',
      ]);
    }
    expect(keyed('get', '/api/v1/orders/{orderId}')).toBe(false);
  });

  it('places exactly one order per key when the database server is stopped mid-request and the client retries', async () => {
    const buyer = await distributor(system, admin, staff);
    const keys = Array.from({ length: 6 }, () => randomUUID());
    const body = (i: number) => order(buyer, 1 + i);

    // Orders sent one after another while the MongoDB-wire server goes down under them, and the
    // rest once it is down (how long a stop takes depends on the machine's load: those are sure to
    // meet the outage).
    const early = keys.slice(0, 3).map(async (key, i) => {
      await sleep(i * 150);
      return place(buyer.token, key, body(i));
    });
    await sleep(100);
    await mongo.down('mongo');
    const late = keys.slice(3).map((key, i) => place(buyer.token, key, body(i + 3)));
    const firstAnswers = await Promise.all([...early, ...late]);
    await mongo.up('mongo');

    // What a client does: retry with the same key, after Retry-After, until it has an answer.
    const finalAnswers: ApiAnswer[] = [];
    for (const [i, key] of keys.entries()) {
      let answer = firstAnswers[i];
      for (let attempt = 0; ![202, 400, 404, 422].includes(answer.status); attempt++) {
        expect([409, 502, 503, 504]).toContain(answer.status);
        if (attempt > 60) throw new Error(`key ${i} still answered ${answer.status}`);
        await sleep(Number(answer.headers.get('retry-after') ?? 1) * 1000);
        answer = await place(buyer.token, key, body(i));
      }
      finalAnswers.push(answer);
    }

    // The outage answered 503 (never 500 or a bare 502) with Retry-After.
    const failed = firstAnswers.filter((answer) => answer.status !== 202);
    expect(failed.length).toBeGreaterThan(0);
    failed.forEach((answer) => {
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
    });
    finalAnswers.forEach((answer) => expect(answer.status).toBe(202));
    firstAnswers.forEach((answer, i) => {
      if (answer.status === 202) expect(finalAnswers[i].body).toEqual(answer.body);
    });
    const orderIds = finalAnswers.map((answer) => answer.body.orderId as string);
    expect(new Set(orderIds).size).toBe(keys.length);
    expect((await ordersStored(buyer.distributorId)).sort()).toEqual([...orderIds].sort());
  }, 300_000);
});
