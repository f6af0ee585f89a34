import { Injectable } from '@nestjs/common';
import { mongo } from 'mongoose';

type Filter<T> = mongo.Filter<T>;
import { proposedMatches, SourcingRequestDoc } from '../read-models/collections';
import { MouViews } from './mou.views';
import { collectionPage } from './paging';
import { ordersOf, sortMous } from './producer.views';
import { ReadModels } from './read-models.service';
import { MousQuery, OrdersQuery, SourcingRequestsQuery } from '@ocop/contracts';

/** What a distributor sees: its sourcing requests with their matches, orders and MOUs. */
@Injectable()
export class DistributorViews {
  constructor(
    private readonly models: ReadModels,
    private readonly mous: MouViews,
  ) {}

  async sourcingRequests(distributorId: string, query: SourcingRequestsQuery) {
    const filter: Filter<SourcingRequestDoc> = { distributorId };
    if (query.status) filter.status = query.status;
    const page = await collectionPage(
      this.models.sourcingRequests,
      filter,
      query.sort,
      query.order ?? 'desc',
      query,
      (doc) => doc,
    );
    const proposals = await this.models.sourcingMatches
      .find({ _id: { $in: page.items.map((r) => r._id) } })
      .toArray();
    const byRequest = new Map(proposals.map((p) => [p._id, p]));
    return {
      ...page,
      items: page.items.map((request) => {
        const proposal = byRequest.get(request._id);
        return {
          requestId: request._id,
          distributorId: request.distributorId,
          group: request.group,
          subgroup: request.subgroup ?? null,
          keywords: request.keywords,
          minStars: request.minStars,
          quantity: request.quantity,
          unit: request.unit,
          targetPriceVnd: request.targetPriceVnd ?? null,
          deliveryProvince: request.deliveryProvince,
          deadline: request.deadline,
          status: request.status,
          closedReason: request.closedReason ?? null,
          publishedAt: request.publishedAt,
          updatedAt: request.updatedAt,
          // The latest proposal, minus what was withdrawn since.
          matches: proposal
            ? proposedMatches(proposal).filter((m) => !proposal.withdrawn?.[m.productId])
            : [],
          matchesProposedAt: proposal?.proposedAt ?? null,
        };
      }),
    };
  }

  orders(distributorId: string, query: OrdersQuery) {
    return ordersOf(this.models, { distributorId }, query);
  }

  async mouList(distributorId: string, query: MousQuery) {
    const docs = await this.mous.docs({ distributorId });
    return sortMous(await this.mous.items(docs, {}), query);
  }
}
