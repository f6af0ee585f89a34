import { deadLetterTopicFor, EventEnvelope, SYSTEM_ACTOR, topicFor } from '@ocop/events';
import { DEAD_LETTER_HEADERS, EventConsumer, EventSink } from '@ocop/event-sourcing';
import { ledgerCatalog, waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { RealServers, realServers } from './real-servers';

/** A ledger event as a producer would put it on the topic (StockAdded is at schema version 2). */
const ledgerEventJson = (
  aggregateType: string,
  aggregateId: string,
  type: string,
  payload: object,
  version: number,
) =>
  JSON.stringify({
    eventId: randomUUID(),
    type,
    schemaVersion: type === 'StockAdded' ? 2 : 1,
    aggregateType,
    aggregateId,
    aggregateVersion: version,
    occurredAt: new Date().toISOString(),
    correlationId: 'dead-letter-test',
    causationId: null,
    actor: SYSTEM_ACTOR,
    payload,
  });

describe('poison messages on a real Kafka topic', () => {
  let servers: RealServers;
  let consumer: EventConsumer;
  let selective: EventConsumer;

  beforeAll(async () => {
    servers = await realServers();
  });

  afterAll(async () => {
    await consumer?.stop();
    await selective?.stop();
    await servers.close();
  });

  it('go to <topic>.dlq with the reason and original headers, and the next good message is processed', async () => {
    const aggregateType = `ledger-${servers.run}`;
    const topic = topicFor(aggregateType);
    await servers.createTopics(topic, deadLetterTopicFor(topic));
    const applied: EventEnvelope[] = [];
    let attemptsOnCursed = 0;
    const sink: EventSink = {
      apply(events) {
        for (const event of events) {
          if (event.payload.sku === 'cursed') {
            attemptsOnCursed++;
            return Promise.reject(new Error('the warehouse is on fire'));
          }
        }
        applied.push(...events);
        return Promise.resolve();
      },
    };
    consumer = new EventConsumer({
      kafka: servers.kafka,
      groupId: `dlq-test-${servers.run}`,
      topics: [topic],
      catalog: ledgerCatalog(aggregateType),
      sink,
      retries: 2,
      retryBackoffMs: 10,
    });
    await consumer.start();

    const key = randomUUID();
    const envelope = (type: string, payload: object, version: number) =>
      ledgerEventJson(aggregateType, key, type, payload, version);
    const poison = [
      { value: '{not json', headers: { 'trace-note': 'first' } },
      { value: envelope('StockTeleported', { sku: 'x' }, 1) },
      { value: envelope('StockAdded', { sku: 'vase', quantity: -3 }, 2) },
      { value: JSON.stringify({ type: 'StockAdded', payload: {} }) },
      { value: envelope('StockAdded', { sku: 'cursed', quantity: 1 }, 3) },
    ];
    const good = envelope('StockAdded', { sku: 'vase', quantity: 4 }, 4);
    // One key, so all land on one partition, in this order, with the good one last.
    await servers.producer.send({
      topic,
      messages: [...poison, { value: good }].map((m) => ({ key, ...m })),
    });

    await waitFor('the good message after the poison to be applied', () =>
      applied.some((event) => event.payload.sku === 'vase'),
    );
    const dead = await servers.readAll(deadLetterTopicFor(topic), 5);
    const reasons = dead.map((m) => m.headers?.[DEAD_LETTER_HEADERS.reason]?.toString());

    expect(applied.map((event) => event.payload)).toEqual([{ sku: 'vase', quantity: 4 }]);
    expect(dead).toHaveLength(5);
    expect(reasons[0]).toMatch(/^not JSON: /);
    expect(reasons[1]).toBe('UnknownEventTypeError: unknown event type "StockTeleported"');
    expect(reasons[2]).toBe(
      'InvalidEventError: invalid StockAdded: quantity must not be less than 1',
    );
    expect(reasons[3]).toMatch(
      /^MalformedEnvelopeError: aggregateType must be a non-empty string; .*eventId must be a uuid/,
    );
    expect(reasons[4]).toBe('handler failed after 3 attempts: the warehouse is on fire');
    expect(attemptsOnCursed).toBeGreaterThanOrEqual(3);
    expect(dead[0].value?.toString()).toBe('{not json');
    expect(dead[0].headers?.['trace-note']?.toString()).toBe('first');
    expect(dead[0].key?.toString()).toBe(key);
    dead.forEach((m) => {
      expect(m.headers?.[DEAD_LETTER_HEADERS.sourceTopic]?.toString()).toBe(topic);
      expect(m.headers?.[DEAD_LETTER_HEADERS.consumerGroup]?.toString()).toBe(
        `dlq-test-${servers.run}`,
      );
    });
  });

  it('of types the consumer does not handle are passed over, undecoded when their header names the type', async () => {
    const aggregateType = `ledger-${servers.run}-selective`;
    const topic = topicFor(aggregateType);
    await servers.createTopics(topic, deadLetterTopicFor(topic));
    const applied: EventEnvelope[] = [];
    selective = new EventConsumer({
      kafka: servers.kafka,
      groupId: `selective-${servers.run}`,
      topics: [topic],
      catalog: ledgerCatalog(aggregateType),
      sink: { apply: (events) => Promise.resolve(void applied.push(...events)) },
      handles: ['StockAdded'],
    });
    await selective.start();

    const key = randomUUID();
    const event = (type: string, payload: object, version: number) => ({
      key,
      headers: { 'event-type': type },
      value: ledgerEventJson(aggregateType, key, type, payload, version),
    });
    await servers.producer.send({
      topic,
      messages: [
        event('LedgerOpened', { producer: 'HTX mây tre Phú Vinh' }, 1),
        // Not ours by its header: not even read, so not a dead letter of this group.
        { key, headers: { 'event-type': 'LedgerOpened' }, value: '{not json' },
        // No header: read and checked, and as a LedgerOpened not handed to the sink either.
        { key, value: ledgerEventJson(aggregateType, key, 'LedgerOpened', { producer: 'x' }, 1) },
        // Ours and invalid: a dead letter, as before.
        event('StockAdded', { sku: 'giỏ mây', quantity: -1 }, 2),
        event('StockAdded', { sku: 'giỏ mây', quantity: 6 }, 3),
      ],
    });

    await waitFor('the good StockAdded to be applied', () => applied.length > 0);
    expect(applied.map((e) => [e.type, e.payload])).toEqual([
      ['StockAdded', { sku: 'giỏ mây', quantity: 6 }],
    ]);
    const [dead] = await servers.readAll(deadLetterTopicFor(topic), 1);
    expect(dead.headers?.[DEAD_LETTER_HEADERS.reason]?.toString()).toMatch(
      /^InvalidEventError: invalid StockAdded/,
    );
  });
});
