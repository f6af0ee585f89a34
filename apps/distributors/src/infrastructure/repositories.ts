import { Injectable } from '@nestjs/common';
import { AggregateRepository, Repositories } from '@ocop/event-sourcing';
import { Distributor } from '../domain/distributor.aggregate';
import { PurchaseOrder } from '../domain/purchase-order.aggregate';
import { SourcingRequest } from '../domain/sourcing-request.aggregate';

/**
 * The service's three event-sourced aggregates. Their streams are short (a handful of events), so
 * they are loaded by replay without snapshots.
 */
@Injectable()
export class DistributorRepositories {
  readonly distributors: AggregateRepository<Distributor>;
  readonly sourcingRequests: AggregateRepository<SourcingRequest>;
  readonly orders: AggregateRepository<PurchaseOrder>;

  constructor(repositories: Repositories) {
    this.distributors = repositories.for((id) => new Distributor(id));
    this.sourcingRequests = repositories.for((id) => new SourcingRequest(id));
    this.orders = repositories.for((id) => new PurchaseOrder(id));
  }
}
