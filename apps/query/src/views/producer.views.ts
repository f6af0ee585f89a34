import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { mongo } from 'mongoose';

type Filter<T> = mongo.Filter<T>;
import { HOLDING_STATUSES } from '../domain/booking';
import { mouProgress, ObligationProgress } from '../domain/mou-progress';
import { CATALOGUE_MEMORY } from '../catalogue-search/catalogue-memory';
import { BoothBookingDoc, OrderDoc, ProductDoc, proposedMatches } from '../read-models/collections';
import { MouItem, MouViews } from './mou.views';
import { collectionPage, memoryPage } from './paging';
import { productView } from './product.view';
import { ReadModels } from './read-models.service';
import {
  vietnamDay,
  BookingsQuery,
  MousQuery,
  ObligationsQuery,
  OrdersQuery,
  ProducerProductsQuery,
  Page,
  SourcingOpportunitiesQuery,
} from '@ocop/contracts';

const PRODUCT_SORT_KEYS: Record<
  ProducerProductsQuery['sort'],
  (doc: ProductDoc) => string | number | null | undefined
> = {
  name: (doc) => doc.nameFolded,
  stars: (doc) => doc.stars,
  priceMinVnd: (doc) => doc.priceMinVnd,
  expiresOn: (doc) => doc.certificate?.expiresOn,
  updatedAt: (doc) => doc.updatedAt,
};

export function orderView(doc: OrderDoc) {
  return {
    orderId: doc._id,
    distributorId: doc.distributorId,
    producerId: doc.producerId,
    mouId: doc.mouId ?? null,
    status: doc.status,
    totalVnd: doc.totalVnd,
    lines: doc.lines,
    placedAt: doc.placedAt,
    updatedAt: doc.updatedAt,
  };
}

export function sortMous(items: MouItem[], query: MousQuery): Page<MouItem> {
  return memoryPage(
    items.filter((m) => !query.status || m.status === query.status),
    (m) => m[query.sort],
    (m) => m.mouId,
    query.order ?? (query.sort === 'overallPercent' ? 'asc' : 'desc'),
    query,
  );
}

/** What a producer sees: its products, bookings, MOUs, obligations and orders. */
@Injectable()
export class ProducerViews {
  private readonly memory = CATALOGUE_MEMORY;

  constructor(
    private readonly models: ReadModels,
    private readonly mous: MouViews,
    private readonly clock: Clock,
  ) {}

  /** From the in-memory catalogue (see CatalogueMemory): a producer's few products by index. */
  async products(producerId: string, query: ProducerProductsQuery) {
    await this.memory.loaded;
    const today = vietnamDay(this.clock.now());
    const page = memoryPage(
      this.memory.productsOf(producerId),
      PRODUCT_SORT_KEYS[query.sort],
      (doc) => doc._id,
      query.order ?? (query.sort === 'name' ? 'asc' : 'desc'),
      query,
    );
    return { ...page, items: page.items.map((doc) => productView(doc, today)) };
  }

  async bookings(producerId: string, query: BookingsQuery) {
    const filter: Filter<BoothBookingDoc> = { producerId };
    if (query.status) filter.status = query.status as BoothBookingDoc['status'];
    const page = await collectionPage(
      this.models.boothBookings,
      filter,
      query.sort,
      query.order ?? 'desc',
      query,
      (doc) => doc,
    );
    const fairIds = [...new Set(page.items.map((b) => b.fairId))];
    const fairs = await this.models.fairs
      .find({ _id: { $in: fairIds } }, { projection: { name: 1 } })
      .toArray();
    const names = new Map(fairs.map((f) => [f._id, f.name]));
    return {
      ...page,
      items: page.items.map((b) => ({
        bookingId: b._id,
        fairId: b.fairId,
        fairName: names.get(b.fairId) ?? null,
        boothType: b.boothType,
        // A rejected or cancelled booking gave its booth back.
        boothNumber: HOLDING_STATUSES.includes(b.status) ? b.boothNumber : null,
        status: b.status,
        checkedIn: b.status === 'checked-in',
        checkedInAt: b.checkedInAt ?? null,
        productIds: b.productIds,
        priceVnd: b.priceVnd,
        bookedAt: b.bookedAt,
        updatedAt: b.updatedAt,
      })),
    };
  }

  async mouList(producerId: string, query: MousQuery) {
    const docs = await this.mous.docs({ producerIds: producerId });
    return sortMous(await this.mous.items(docs, { producerId }), query);
  }

  /** Obligations of the producer's MOUs that have a version in force (signed by everyone). */
  async obligations(producerId: string, query: ObligationsQuery) {
    const docs = (await this.mous.docs({ producerIds: producerId })).filter(
      (doc) => typeof doc.inForce === 'number',
    );
    const names = await this.models.partyNames(
      [],
      docs.map((d) => d.distributorId),
    );
    const items = docs.flatMap((doc) =>
      mouProgress(doc).obligations.map((o: ObligationProgress) => ({
        mouId: doc._id,
        mouStatus: doc.status,
        distributorId: doc.distributorId,
        counterpartName: names.distributors.get(doc.distributorId) ?? null,
        obligationId: o.obligationId,
        kind: o.kind,
        description: o.description,
        dueDate: o.dueDate,
        productId: o.productId ?? null,
        quantity: o.quantity ?? null,
        delivered: o.delivered,
        status: o.status,
        metAt: o.metAt,
      })),
    );
    return memoryPage(
      items.filter((o) => !query.status || o.status === query.status),
      (o) => o[query.sort],
      (o) => `${o.mouId}:${o.obligationId}`,
      query.order ?? 'asc',
      query,
    );
  }

  orders(producerId: string, query: OrdersQuery) {
    return ordersOf(this.models, { producerId }, query);
  }

  /**
   * The open sourcing requests the producer could answer: those whose current matches (matching's
   * latest proposal, less what it withdrew since) hold one of its products, with those matches.
   */
  async sourcingRequests(producerId: string, query: SourcingOpportunitiesQuery) {
    const proposals = await this.models.sourcingMatches.find({ producerIds: producerId }).toArray();
    const mine = new Map(
      proposals.map((proposal) => [
        proposal._id,
        proposedMatches(proposal)
          .filter((m) => m.producerId === producerId && !proposal.withdrawn?.[m.productId])
          .map((m) => ({
            productId: m.productId,
            productName: m.productName,
            score: m.score,
            factors: m.factors,
          }))
          .sort((a, b) => b.score - a.score),
      ]),
    );
    const requests = await this.models.sourcingRequests
      .find({ _id: { $in: [...mine.keys()] }, status: 'open' })
      .toArray();
    const names = await this.models.partyNames(
      [],
      requests.map((r) => r.distributorId),
    );
    const items = requests
      .filter((request) => (mine.get(request._id) ?? []).length > 0)
      .map((request) => {
        const matches = mine.get(request._id)!;
        return {
          requestId: request._id,
          distributorId: request.distributorId,
          distributorName: names.distributors.get(request.distributorId) ?? null,
          group: request.group,
          subgroup: request.subgroup ?? null,
          keywords: request.keywords,
          minStars: request.minStars,
          quantity: request.quantity,
          unit: request.unit,
          targetPriceVnd: request.targetPriceVnd ?? null,
          deliveryProvince: request.deliveryProvince,
          deadline: request.deadline,
          publishedAt: request.publishedAt,
          score: matches[0].score,
          matches,
        };
      });
    return memoryPage(
      items,
      (item) => item[query.sort],
      (item) => item.requestId,
      query.order ?? (query.sort === 'deadline' ? 'asc' : 'desc'),
      query,
    );
  }
}

export function ordersOf(
  models: ReadModels,
  party: { producerId: string } | { distributorId: string },
  query: OrdersQuery,
) {
  const filter: Filter<OrderDoc> = { ...party };
  if (query.status) filter.status = query.status as OrderDoc['status'];
  return collectionPage(models.orders, filter, query.sort, query.order ?? 'desc', query, orderView);
}
