import {
  AggregateRoot,
  DocumentFold,
  Projection,
  ProjectionWrite,
  ReadModelDocument,
} from '@ocop/event-sourcing';
import { EventCatalog, EventDefinition, EventEnvelope, EventOf } from '@ocop/events';
import { IsInt, IsNotEmpty, IsString, Min } from 'class-validator';

/*
 * A small aggregate for exercising the event-sourcing core against real servers (its tests and
 * `npm run bench:core`): a producer's stock ledger. Its aggregate type carries a per-run suffix
 * so each run has topics of its own.
 */

export class LedgerOpened {
  @IsString() @IsNotEmpty() producer!: string;
}

/** v2 renamed v1's `qty` to `quantity`. */
export class StockAdded {
  @IsString() @IsNotEmpty() sku!: string;
  @IsInt() @Min(1) quantity!: number;
}

export class StockRemoved {
  @IsString() @IsNotEmpty() sku!: string;
  @IsInt() @Min(1) quantity!: number;
}

export function ledgerCatalog(aggregateType: string): EventCatalog {
  const definitions: EventDefinition[] = [
    { type: 'LedgerOpened', aggregateType, schemaVersion: 1, payload: LedgerOpened },
    {
      type: 'StockAdded',
      aggregateType,
      schemaVersion: 2,
      payload: StockAdded,
      upcasters: { 1: ({ qty, ...rest }) => ({ ...rest, quantity: qty }) },
    },
    { type: 'StockRemoved', aggregateType, schemaVersion: 1, payload: StockRemoved },
  ];
  return new EventCatalog(definitions);
}

export class NotEnoughStock extends Error {}

interface LedgerState {
  producer?: string;
  stock: Record<string, number>;
}

/** Wire name -> payload type of the ledger's events. */
export interface LedgerEvents {
  LedgerOpened: LedgerOpened;
  StockAdded: StockAdded;
  StockRemoved: StockRemoved;
}

export class StockLedger extends AggregateRoot<LedgerEvents, LedgerState> {
  private state: LedgerState = { stock: {} };

  constructor(aggregateType: string, id: string) {
    super(aggregateType, id);
  }

  open(producer: string): void {
    if (this.exists) throw new Error(`ledger ${this.id} is already open`);
    this.raise('LedgerOpened', { producer });
  }

  add(sku: string, quantity: number): void {
    this.raise('StockAdded', { sku, quantity });
  }

  remove(sku: string, quantity: number): void {
    if ((this.state.stock[sku] ?? 0) < quantity) {
      throw new NotEnoughStock(`only ${this.state.stock[sku] ?? 0} of ${sku} left`);
    }
    this.raise('StockRemoved', { sku, quantity });
  }

  stockOf(sku: string): number {
    return this.state.stock[sku] ?? 0;
  }

  snapshot(): LedgerState {
    return structuredClone(this.state);
  }

  protected restore(state: LedgerState): void {
    this.state = structuredClone(state);
  }

  protected apply(event: EventOf<LedgerEvents>): void {
    switch (event.type) {
      case 'LedgerOpened':
        this.state.producer = event.payload.producer;
        break;
      case 'StockAdded': {
        const { sku, quantity } = event.payload;
        this.state.stock[sku] = (this.state.stock[sku] ?? 0) + quantity;
        break;
      }
      case 'StockRemoved': {
        const { sku, quantity } = event.payload;
        this.state.stock[sku] = (this.state.stock[sku] ?? 0) - quantity;
        break;
      }
    }
  }
}

/**
 * Stock per ledger, one document each. Every write is guarded by the ledger's version, so applying
 * an event a second time matches nothing and changes nothing.
 */
export function stockLevelsProjection(name: string, collection: string): Projection {
  return {
    name,
    handles: ['LedgerOpened', 'StockAdded', 'StockRemoved'],
    collections: [collection],
    project(event: EventEnvelope): ProjectionWrite[] {
      const { aggregateId: _id, aggregateVersion: version, payload } = event;
      if (event.type === 'LedgerOpened') {
        return [
          {
            collection,
            operation: {
              updateOne: {
                filter: { _id },
                update: { $setOnInsert: { producer: payload.producer, stock: {}, version } },
                upsert: true,
              },
            },
          },
        ];
      }
      const sign = event.type === 'StockAdded' ? 1 : -1;
      return [
        {
          collection,
          operation: {
            updateOne: {
              filter: { _id, version: { $lt: version } },
              update: {
                $inc: { [`stock.${String(payload.sku)}`]: sign * Number(payload.quantity) },
                $set: { version },
              },
            },
          },
        },
      ];
    },
  };
}

/**
 * The same read model as `stockLevelsProjection`, through `fold`: each ledger's document is read
 * once per batch, its events folded in memory, and written once. The version in the document
 * makes a second application of an event change nothing.
 */
export function foldingStockLevelsProjection(name: string, collection: string): Projection {
  return {
    ...stockLevelsProjection(name, collection),
    fold(event: EventEnvelope): DocumentFold[] {
      const { aggregateId: id, aggregateVersion: version, payload } = event;
      return [
        {
          collection,
          id,
          apply(current) {
            const doc = current as StockLevel | null;
            if (event.type === 'LedgerOpened') {
              return doc ?? { _id: id, producer: payload.producer as string, stock: {}, version };
            }
            if (!doc || doc.version >= version) return doc;
            const sku = String(payload.sku);
            const sign = event.type === 'StockAdded' ? 1 : -1;
            doc.stock[sku] = (doc.stock[sku] ?? 0) + sign * Number(payload.quantity);
            doc.version = version;
            return doc;
          },
        },
      ];
    },
  };
}

interface StockLevel extends ReadModelDocument {
  producer: string;
  stock: Record<string, number>;
  version: number;
}

export const SKUS = ['gốm Bát Tràng', 'lụa Vạn Phúc', 'chè Thái Nguyên', 'mây tre', 'sơn mài'];

/** A small deterministic PRNG, so a workload can be repeated from its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
