import { Injectable } from '@nestjs/common';
import { RuleViolationError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { randomUUID } from 'node:crypto';
import { PurchaseOrder, PurchaseOrderView } from '../../domain/purchase-order.aggregate';
import { DistributorRepositories } from '../../infrastructure/repositories';
import { OrderTimeoutScheduler } from '../../jobs/order-confirmation-timeout.processor';
import { PlaceOrderDto } from '@ocop/contracts';

/**
 * Places an order and starts its saga: OrderPlaced goes out through the outbox, producers answers
 * with CapacityReserved or CapacityReservationRejected, and a timeout job rejects it if nobody does.
 */
@Injectable()
export class PlaceOrderHandler {
  constructor(
    private readonly repositories: DistributorRepositories,
    private readonly timeouts: OrderTimeoutScheduler,
  ) {}

  async execute(dto: PlaceOrderDto, meta: CommandMetadata): Promise<PurchaseOrderView> {
    const registered = await this.repositories.distributors.hasBecome(
      dto.distributorId,
      (distributor) => distributor.isRegistered,
    );
    if (!registered) {
      throw new RuleViolationError(
        `distributor ${dto.distributorId} is not registered: only a registered distributor may place an order`,
      );
    }
    const order = new PurchaseOrder(randomUUID());
    order.place(dto);
    // Timeout first: if the append then fails, the job finds no order and does nothing.
    await this.timeouts.schedule(order.id, meta.correlationId);
    await this.repositories.orders.save(order, meta);
    return order.view()!;
  }
}
