import { IsInt, IsString, Min } from 'class-validator';
import { EventEnvelope, SYSTEM_ACTOR } from './envelope';
import { EventCatalog, InvalidEventError, UnknownEventTypeError } from './event-catalog';
import { MalformedEnvelopeError, parseEnvelope } from './parse-envelope';
import { deadLetterTopicFor, topicFor } from './topics';

class CapacityChangedV3 {
  @IsString() productId!: string;
  @IsInt() @Min(0) monthlyUnits!: number;
  @IsString() unit!: string;
}

const catalog = new EventCatalog([
  {
    type: 'SupplyCapacityChanged',
    aggregateType: 'product',
    schemaVersion: 3,
    payload: CapacityChangedV3,
    upcasters: {
      1: ({ capacity, ...rest }) => ({ ...rest, monthlyUnits: capacity }),
      2: (payload) => ({ ...payload, unit: 'kg' }),
    },
  },
]);

function envelope(schemaVersion: number, payload: Record<string, unknown>): EventEnvelope {
  return {
    eventId: '6f1c1d7e-8d2a-4b8e-9a51-0b7a3f4c2e10',
    type: 'SupplyCapacityChanged',
    schemaVersion,
    aggregateType: 'product',
    aggregateId: 'p-1',
    aggregateVersion: 4,
    occurredAt: '2024-12-01T00:00:00.000Z',
    correlationId: 'c-1',
    causationId: null,
    actor: SYSTEM_ACTOR,
    payload,
  };
}

describe('EventCatalog', () => {
  it('upcasts through every version in turn', () => {
    const read = catalog.read(envelope(1, { productId: 'p-1', capacity: 500 }));

    expect(read.schemaVersion).toBe(3);
    expect(read.payload).toEqual({ productId: 'p-1', monthlyUnits: 500, unit: 'kg' });
  });

  it('leaves a current event as it is', () => {
    const payload = { productId: 'p-1', monthlyUnits: 20, unit: 'hộp' };
    expect(catalog.read(envelope(3, payload)).payload).toEqual(payload);
  });

  it('refuses a version newer than it knows, and payloads that break the schema', () => {
    expect(() => catalog.read(envelope(4, {}))).toThrow('schemaVersion 4 is not between 1 and 3');
    expect(() =>
      catalog.read(envelope(3, { productId: 'p-1', monthlyUnits: -1, unit: 'kg' })),
    ).toThrow(InvalidEventError);
    expect(() =>
      catalog.checkPayload('SupplyCapacityChanged', {
        productId: 'p',
        monthlyUnits: 1,
        unit: 'kg',
        extra: true,
      }),
    ).toThrow('invalid SupplyCapacityChanged: property extra should not exist');
  });

  it('names unknown types', () => {
    expect(() => catalog.definition('Nope')).toThrow(UnknownEventTypeError);
  });

  it('will not register an event whose history has a hole', () => {
    expect(
      () =>
        new EventCatalog([
          { type: 'X', aggregateType: 'x', schemaVersion: 2, payload: CapacityChangedV3 },
        ]),
    ).toThrow('X v2 has no upcaster from v1');
  });

  it('maps each aggregate type to one topic and its dead-letter topic', () => {
    expect(catalog.topics()).toEqual(['ocop.events.product']);
    expect(topicFor('purchase-order')).toBe('ocop.events.purchase-order');
    expect(deadLetterTopicFor(topicFor('mou'))).toBe('ocop.events.mou.dlq');
  });
});

describe('parseEnvelope', () => {
  it('accepts a well-formed envelope', () => {
    const good = envelope(3, {});
    expect(parseEnvelope(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it('lists everything wrong with a malformed one', () => {
    expect(() => parseEnvelope({ ...envelope(3, {}), eventId: 'x', aggregateVersion: 0 })).toThrow(
      new MalformedEnvelopeError(
        'aggregateVersion must be a positive integer; eventId must be a uuid',
      ),
    );
    expect(() => parseEnvelope([])).toThrow('an event must be a JSON object');
  });
});
