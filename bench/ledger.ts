import { AggregateRoot, Projection, ProjectionWrite } from '@ocop/event-sourcing';
import { EventCatalog, EventEnvelope } from '@ocop/events';
import { IsInt, IsNotEmpty, IsString, Min } from 'class-validator';

/*
 * The benchmark's own aggregate and projection: a producer's stock ledger (the same shape as the
 * event-sourcing tests' fixture). The aggregate type carries a per-run suffix, so each run has
 * topics of its own.
 */

export class LedgerOpened {
  @IsString() @IsNotEmpty() producer!: string;
}

export class StockAdded {
  @IsString() @IsNotEmpty() sku!: string;
  @IsInt() @Min(1) quantity!: number;
}

export class StockRemoved {
  @IsString() @IsNotEmpty() sku!: string;
  @IsInt() @Min(1) quantity!: number;
}

export function ledgerCatalog(aggregateType: string): EventCatalog {
  return new EventCatalog([
    { type: 'LedgerOpened', aggregateType, schemaVersion: 1, payload: LedgerOpened },
    { type: 'StockAdded', aggregateType, schemaVersion: 1, payload: StockAdded },
    { type: 'StockRemoved', aggregateType, schemaVersion: 1, payload: StockRemoved },
  ]);
}

interface LedgerState {
  producer?: string;
  stock: Record<string, number>;
}

export class StockLedger extends AggregateRoot<LedgerState> {
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
      throw new Error(`only ${this.state.stock[sku] ?? 0} of ${sku} left`);
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

  protected apply(type: string, payload: Record<string, unknown>): void {
    const sku = payload.sku as string;
    const quantity = payload.quantity as number;
    switch (type) {
      case 'LedgerOpened':
        this.state.producer = payload.producer as string;
        break;
      case 'StockAdded':
        this.state.stock[sku] = (this.state.stock[sku] ?? 0) + quantity;
        break;
      case 'StockRemoved':
        this.state.stock[sku] = (this.state.stock[sku] ?? 0) - quantity;
        break;
    }
  }
}

/**
 * Stock per ledger, one document each (the "stock levels" read model). Every write is guarded by
 * the ledger's version, so applying an event a second time matches nothing and changes nothing.
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

/** A small deterministic PRNG, so a run's workload can be repeated from its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const SKUS = ['gốm Bát Tràng', 'lụa Vạn Phúc', 'chè Thái Nguyên', 'mây tre', 'sơn mài'];
