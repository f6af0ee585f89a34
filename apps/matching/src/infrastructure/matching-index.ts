import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { ProducerEvents, SourcingRequestEvents, TypedEnvelope, ProposedMatch } from '@ocop/events';
import { Collection, Connection } from 'mongoose';
import { compileDemand, Demand, DemandCriteria } from '../domain/ranking';
import {
  applyProducerEvent,
  ProducerRecord,
  SupplyChange,
  SupplyIndex,
} from '../domain/supply-index';

/**
 * A producer's record as stored, its products as one JSON text: nothing queries inside them, and
 * FerretDB converts a nested document field by field on every write (a capacity change rewrites
 * the whole record). Records stored before hold `products` as a document; both are read.
 */
type ProducerDoc = Omit<ProducerRecord, 'producerId' | 'products'> & { _id: string } & (
    | { productsJson: string; products?: never }
    | { products: ProducerRecord['products']; productsJson?: never }
  );

interface MouDoc {
  _id: string;
  version: number;
  producerIds: string[];
  outcome?: 'fulfilled' | 'failed';
}

interface RequestDoc {
  _id: string;
  version: number;
  distributorId: string;
  criteria: DemandCriteria;
  status: 'open' | 'closed';
  /** The products of the request's current matches and the lowest score among them. */
  matched: string[];
  lowestScore: number;
}

/** An open or closed sourcing request as the service holds it in memory. */
/** The MOU events that make a producer's track record. */
export const MOU_OUTCOME_EVENTS = [
  'MouDrafted',
  'MouFulfilled',
  'MouExpired',
  'MouTerminated',
] as const;
export type MouOutcomeEvent = (typeof MOU_OUTCOME_EVENTS)[number];

export interface IndexedRequest {
  requestId: string;
  /** The request's stream version last applied. */
  version: number;
  distributorId: string;
  status: 'open' | 'closed';
  criteria: DemandCriteria;
  demand: Demand;
  matched: Set<string>;
  lowestScore: number;
}

/** How many matches a request gets. */
export const TOP_MATCHES = 20;

/**
 * The matching index: supply (producers, products, certificates, capacity, track record) and
 * demand (sourcing requests), built only from other services' events. Each document lives in the
 * service's own MongoDB and, for ranking speed, in memory: loaded once at start, then kept current
 * by the consumer, which writes memory and database together. Memory grows linearly with products
 * (about 1 KB each with their word sets) and requests.
 *
 * Idempotence: a producer's document carries its stream's version, a request's and an MOU's
 * theirs, so a redelivered or replayed event changes nothing; delivered orders are counted once
 * per event id by the reaction runner's deduplication.
 */
@Injectable()
export class MatchingIndex implements OnModuleInit {
  private readonly logger = new Logger(MatchingIndex.name);
  readonly supply = new SupplyIndex();
  private readonly requests = new Map<string, IndexedRequest>();
  private readonly producerDocs: Collection<ProducerDoc>;
  private readonly mouDocs: Collection<MouDoc>;
  private readonly requestDocs: Collection<RequestDoc>;
  /** Per-document write chains: the latest state is what lands, in order. */
  private readonly writes = new Map<string, Promise<void>>();

  constructor(@InjectConnection() connection: Connection) {
    this.producerDocs = connection.collection<ProducerDoc>('supply_producers');
    this.mouDocs = connection.collection<MouDoc>('supply_mous');
    this.requestDocs = connection.collection<RequestDoc>('demand_requests');
  }

  async onModuleInit(): Promise<void> {
    const started = Date.now();
    for await (const { _id, productsJson, products, ...doc } of this.producerDocs.find({})) {
      this.supply.put({
        producerId: _id,
        ...doc,
        products:
          productsJson === undefined
            ? products
            : (JSON.parse(productsJson) as ProducerRecord['products']),
      });
    }
    for await (const doc of this.requestDocs.find({})) this.keepRequest(doc);
    this.logger.log(
      {
        products: this.supply.productCount,
        requests: this.requests.size,
        ms: Date.now() - started,
      },
      'matching index loaded',
    );
  }

  // ---- supply

  /** One of producers' events (the envelope's aggregate is the producer). */
  async applyProducerEvent(
    event: TypedEnvelope<keyof ProducerEvents>,
  ): Promise<SupplyChange | undefined> {
    const record = this.supply.record(event.aggregateId);
    const change = applyProducerEvent(record, event, event.aggregateVersion);
    if (!change) return undefined;
    this.supply.put(record);
    await this.saveProducer(record);
    return change;
  }

  async recordDelivery(event: TypedEnvelope<'OrderDelivered'>): Promise<void> {
    const { producerId } = event.payload;
    const record = this.supply.record(producerId);
    record.deliveredOrders += 1;
    this.supply.put(record);
    await this.saveProducer(record);
  }

  /** MOU events: which producers an MOU binds, and whether it ended fulfilled or not. */
  async applyMouEvent(event: TypedEnvelope<MouOutcomeEvent>): Promise<void> {
    const mou = await this.mouDocs.findOne({ _id: event.aggregateId });
    if (mou && event.aggregateVersion <= mou.version) return;
    const doc: MouDoc = mou ?? { _id: event.aggregateId, version: 0, producerIds: [] };
    doc.version = event.aggregateVersion;
    let outcome: MouDoc['outcome'];
    if (event.type === 'MouDrafted') {
      doc.producerIds = event.payload.producerIds;
    } else if (event.type === 'MouFulfilled') {
      outcome = 'fulfilled';
    } else if (event.type === 'MouExpired' || event.type === 'MouTerminated') {
      const { previousStatus } = event.payload;
      // Only an MOU that was in force and ended unmet counts against its producers.
      if (previousStatus === 'active') outcome = 'failed';
    }
    if (outcome && !doc.outcome) {
      doc.outcome = outcome;
      for (const producerId of doc.producerIds) {
        const record = this.supply.record(producerId);
        if (outcome === 'fulfilled') record.mousFulfilled += 1;
        else record.mousFailed += 1;
        this.supply.put(record);
        await this.saveProducer(record);
      }
    }
    await this.mouDocs.replaceOne({ _id: doc._id }, doc, { upsert: true });
  }

  /** Writes the record as it is when the write runs (a later change queued behind it lands too). */
  private saveProducer(record: ProducerRecord): Promise<void> {
    return this.chain(`producer:${record.producerId}`, async () => {
      const { producerId, products, ...rest } = record;
      await this.producerDocs.replaceOne(
        { _id: producerId },
        { ...rest, productsJson: JSON.stringify(products) },
        { upsert: true },
      );
    });
  }

  private chain(key: string, write: () => Promise<void>): Promise<void> {
    const next = (this.writes.get(key) ?? Promise.resolve()).catch(() => undefined).then(write);
    this.writes.set(key, next);
    void next.finally(() => {
      if (this.writes.get(key) === next) this.writes.delete(key);
    });
    return next;
  }

  // ---- demand

  request(requestId: string): IndexedRequest | undefined {
    return this.requests.get(requestId);
  }

  openRequests(): IndexedRequest[] {
    return [...this.requests.values()].filter((request) => request.status === 'open');
  }

  requestsHolding(productId: string): IndexedRequest[] {
    return [...this.requests.values()].filter((request) => request.matched.has(productId));
  }

  openRequestsOf(distributorId: string): IndexedRequest[] {
    return this.openRequests().filter((request) => request.distributorId === distributorId);
  }

  /**
   * SourcingRequestPublished / Updated / Closed. False when the event was applied already. An
   * open request is stored by the `rememberMatches` of the ranking that follows (one write per
   * event instead of two), or by `storeRequest` when the ranking fails; the event's redelivery
   * then ranks it again.
   */
  async applyRequestEvent(event: TypedEnvelope<keyof SourcingRequestEvents>): Promise<boolean> {
    const requestId = event.aggregateId;
    const existing = await this.requestDocs.findOne({ _id: requestId });
    if (existing && event.aggregateVersion <= existing.version) return false;
    let doc: RequestDoc | undefined;
    if (event.type === 'SourcingRequestPublished') {
      const payload = event.payload;
      doc = {
        _id: requestId,
        version: event.aggregateVersion,
        distributorId: payload.distributorId,
        criteria: {
          group: payload.group,
          subgroup: payload.subgroup,
          keywords: payload.keywords,
          minStars: payload.minStars,
          quantity: payload.quantity,
          targetPriceVnd: payload.targetPriceVnd,
          deliveryProvince: payload.deliveryProvince,
        },
        status: 'open',
        matched: existing?.matched ?? [],
        lowestScore: existing?.lowestScore ?? 0,
      };
    } else if (existing && event.type === 'SourcingRequestUpdated') {
      const payload = event.payload;
      const criteria = { ...existing.criteria };
      if (payload.keywords !== undefined) criteria.keywords = payload.keywords;
      if (payload.minStars !== undefined) criteria.minStars = payload.minStars;
      if (payload.quantity !== undefined) criteria.quantity = payload.quantity;
      if (payload.targetPriceVnd !== undefined) criteria.targetPriceVnd = payload.targetPriceVnd;
      doc = { ...existing, version: event.aggregateVersion, criteria };
    } else if (existing && event.type === 'SourcingRequestClosed') {
      doc = { ...existing, version: event.aggregateVersion, status: 'closed' };
    }
    if (!doc) return false;
    const held = this.requests.get(requestId);
    if (held) Object.assign(doc, { matched: [...held.matched], lowestScore: held.lowestScore });
    // Strip undefined optional criteria: the driver would store them as null.
    doc.criteria = JSON.parse(JSON.stringify(doc.criteria)) as DemandCriteria;
    this.keepRequest(doc);
    if (doc.status === 'closed') await this.storeRequest(requestId);
    return true;
  }

  /** Remembers what was proposed for a request, to know later which products it holds. */
  async rememberMatches(requestId: string, matches: readonly ProposedMatch[]): Promise<void> {
    const request = this.requests.get(requestId);
    if (!request) return;
    request.matched = new Set(matches.map((match) => match.productId));
    request.lowestScore =
      matches.length >= TOP_MATCHES ? Math.min(...matches.map((match) => match.score)) : 0;
    await this.storeRequest(requestId);
  }

  /** Writes the request as it is in memory when the write runs (after the writes queued before). */
  storeRequest(requestId: string): Promise<void> {
    return this.chain(`request:${requestId}`, async () => {
      const request = this.requests.get(requestId);
      if (!request) return;
      await this.requestDocs.replaceOne({ _id: requestId }, requestDoc(request), { upsert: true });
    });
  }

  private keepRequest(doc: RequestDoc): void {
    this.requests.set(doc._id, {
      requestId: doc._id,
      version: doc.version,
      distributorId: doc.distributorId,
      status: doc.status,
      criteria: doc.criteria,
      demand: compileDemand(doc.criteria),
      matched: new Set(doc.matched),
      lowestScore: doc.lowestScore,
    });
  }
}

function requestDoc(request: IndexedRequest): RequestDoc {
  return {
    _id: request.requestId,
    version: request.version,
    distributorId: request.distributorId,
    criteria: request.criteria,
    status: request.status,
    matched: [...request.matched],
    lowestScore: request.lowestScore,
  };
}
