/*
 * patches/kafkajs+2.2.4.patch: KafkaJS 2.2.4's request queue re-armed a 1 ms timer for as long as
 * a connection lived, even with nothing to send, so every idle consumer and producer burned CPU.
 * These tests fail on the unpatched file (npm install applies the patch: postinstall).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RequestQueue = require('kafkajs/src/network/requestQueue') as new (options: {
  maxInFlightRequests: number | null;
  requestTimeout: number;
  enforceRequestTimeout: boolean;
  clientId: string;
  broker: string;
  logger: Record<'debug' | 'info' | 'warn' | 'error', () => void>;
}) => KafkaRequestQueue;

/** The part of KafkaJS's (untyped) request queue these tests drive. */
interface KafkaRequestQueue {
  checkPendingRequests(): void;
  maybeThrottle(ms: number): void;
  push(request: {
    entry: { correlationId: number; resolve: () => void; reject: () => void };
    expectResponse: boolean;
    sendRequest: () => void;
  }): void;
  fulfillRequest(response: { correlationId: number; payload: Buffer; size: number }): void;
  destroy(): void;
}

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function queue(): KafkaRequestQueue {
  return new RequestQueue({
    maxInFlightRequests: 1,
    requestTimeout: 30_000,
    enforceRequestTimeout: false,
    clientId: 'test',
    broker: '127.0.0.1:9092',
    logger: { ...quiet },
  });
}

describe('KafkaJS request queue (patched)', () => {
  it('stops checking for pending requests once there are none', async () => {
    const q = queue();
    let checks = 0;
    const check = q.checkPendingRequests.bind(q);
    q.checkPendingRequests = () => {
      checks++;
      check();
    };
    q.checkPendingRequests();
    await sleep(60);
    // Unpatched: one check per millisecond or so, dozens in 60 ms.
    expect(checks).toBe(1);
    q.destroy();
  });

  it('still sends a request held back by a throttle once the throttle ends', async () => {
    const q = queue();
    const sent: number[] = [];
    const request = (correlationId: number) => ({
      entry: { correlationId, resolve: () => {}, reject: () => {} },
      expectResponse: true,
      sendRequest: () => sent.push(correlationId),
    });
    q.maybeThrottle(30);
    q.push(request(1));
    expect(sent).toEqual([]);
    await sleep(80);
    expect(sent).toEqual([1]);
    // One in flight (the limit): the next waits for its answer, then goes.
    q.push(request(2));
    expect(sent).toEqual([1]);
    q.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    expect(sent).toEqual([1, 2]);
    q.destroy();
  });
});
