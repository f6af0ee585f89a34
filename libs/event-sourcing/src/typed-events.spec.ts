import {
  EventOf,
  EventPayload,
  PurchaseOrderEvents,
  SYSTEM_ACTOR,
  TypedEnvelope,
} from '@ocop/events';
import { join } from 'node:path';
import * as ts from 'typescript';
import { AggregateRoot } from './aggregate-root';
import { Projection } from './projection';

/*
 * Compile-time checks of the typed events: each `@ts-expect-error` below is a compile error
 * (TS2578, "unused directive") if its line compiles, so a misspelt event type or a wrong payload
 * must stay a compile error. The build type-checks this file; the last test here compiles it too,
 * because jest itself only transpiles (isolatedModules).
 */

const DISTRIBUTOR = '6f1c3c1e-2f4b-4c57-9d1a-6c1f1b1d2e01';
const PRODUCER = '6f1c3c1e-2f4b-4c57-9d1a-6c1f1b1d2e02';
const PRODUCT = '6f1c3c1e-2f4b-4c57-9d1a-6c1f1b1d2e03';

class Order extends AggregateRoot<PurchaseOrderEvents, { status?: string; total?: number }> {
  status?: string;
  total?: number;
  tracking?: string;

  constructor() {
    super('purchase-order', 'o1');
  }

  place(): void {
    this.raise('OrderPlaced', {
      distributorId: DISTRIBUTOR,
      producerId: PRODUCER,
      lines: [{ productId: PRODUCT, quantity: 2, unitPriceVnd: 50_000, lineTotalVnd: 100_000 }],
      totalVnd: 100_000,
    });
  }

  ship(trackingNumber: string): void {
    this.raise('OrderShipped', { trackingNumber });
  }

  misspeltType(): void {
    // @ts-expect-error: no event is called OrderPlacd
    this.raise('OrderPlacd', { producerId: PRODUCER });
  }

  eventOfAnotherAggregate(): void {
    // @ts-expect-error: MouSigned is a real event, but not one an order raises
    this.raise('MouSigned', {});
  }

  missingField(): void {
    // @ts-expect-error: OrderConfirmed needs the producerId
    this.raise('OrderConfirmed', {});
  }

  wrongFieldType(): void {
    const placed = { distributorId: DISTRIBUTOR, producerId: PRODUCER, lines: [], totalVnd: '1' };
    // @ts-expect-error: totalVnd is a number
    this.raise('OrderPlaced', placed);
  }

  unknownField(): void {
    // @ts-expect-error: OrderShipped has no `carrier`
    this.raise('OrderShipped', { trackingNumber: 'VN1', carrier: 'VNPost' });
  }

  snapshot() {
    return { status: this.status, total: this.total };
  }

  protected restore(state: { status?: string; total?: number }): void {
    Object.assign(this, state);
  }

  protected apply(event: EventOf<PurchaseOrderEvents>): void {
    this.status = event.type;
    switch (event.type) {
      case 'OrderPlaced':
        this.total = event.payload.totalVnd;
        // @ts-expect-error: an OrderPlaced payload has no trackingNumber
        this.tracking = event.payload.trackingNumber;
        break;
      case 'OrderShipped':
        this.tracking = event.payload.trackingNumber;
        break;
    }
  }
}

/** A projection sees the payload of the types it handles, and may handle only real types. */
const shipments: Projection<TypedEnvelope<'OrderShipped'>> = {
  name: 'shipments',
  handles: ['OrderShipped'],
  collections: ['shipments'],
  project(event) {
    const tracking: string | undefined = event.payload.trackingNumber;
    // @ts-expect-error: an OrderShipped payload has no totalVnd
    void event.payload.totalVnd;
    return tracking
      ? [{ collection: 'shipments', operation: { insertOne: { document: { _id: tracking } } } }]
      : [];
  },
};

const misspeltProjection: Projection<TypedEnvelope<'OrderShipped'>> = {
  name: 'misspelt',
  // @ts-expect-error: the projection handles OrderShipped, not OrderShiped
  handles: ['OrderShiped'],
  collections: [],
  project: () => [],
};

describe('typed events', () => {
  it('raises and applies events with the payload of their type', () => {
    const order = new Order();
    order.place();
    order.ship('VN123');

    expect(order.total).toBe(100_000);
    expect(order.tracking).toBe('VN123');
    expect(order.uncommitted()).toEqual([
      expect.objectContaining({ type: 'OrderPlaced' }),
      { type: 'OrderShipped', payload: { trackingNumber: 'VN123' } },
    ]);
    const payload: EventPayload<'OrderShipped'> = { trackingNumber: 'VN123' };
    expect(order.uncommitted()[1].payload).toEqual(payload);
  });

  it('hands a projection the typed payload of the event it handles', () => {
    const writes = shipments.project({
      eventId: '6f1c3c1e-2f4b-4c57-9d1a-6c1f1b1d2e04',
      type: 'OrderShipped',
      schemaVersion: 1,
      aggregateType: 'purchase-order',
      aggregateId: 'o1',
      aggregateVersion: 3,
      occurredAt: new Date().toISOString(),
      correlationId: 'c',
      causationId: null,
      actor: SYSTEM_ACTOR,
      payload: { trackingNumber: 'VN123' },
    });
    expect(writes).toEqual([
      { collection: 'shipments', operation: { insertOne: { document: { _id: 'VN123' } } } },
    ]);
    expect(misspeltProjection.project).toBeDefined();
  });

  it('compiles only because each wrong line above is a compile error', () => {
    const configPath = join(__dirname, '../../../tsconfig.base.json');
    const config = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    });
    const program = ts.createProgram([__filename], {
      ...config!.options,
      noEmit: true,
      incremental: false,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const line = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
      return `${diagnostic.file?.fileName}:${(line ?? 0) + 1} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    });
    expect(problems).toEqual([]);
  }, 60_000);
});
