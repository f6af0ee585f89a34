import { Injectable } from '@nestjs/common';
import { readCaughtUp, RuleViolationError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { newAggregateId } from '@ocop/event-sourcing';
import { mayBeCatchingUp, refusalOfOrderUnderMou } from '../../domain/order-under-mou';
import { PurchaseOrder, PurchaseOrderView } from '../../domain/purchase-order.aggregate';
import { MouView } from '../../infrastructure/mou-view';
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
    private readonly mous: MouView,
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
    const orderId = newAggregateId(meta, 'PurchaseOrder');
    // A retry of a keyed order that was placed: answered as then, never placed twice.
    const placed = await this.repositories.orders.afterCommand(orderId, meta);
    if (placed) return placed.view()!;
    if (dto.mouId) await this.requireOrderableUnder(dto.mouId, dto);
    const order = new PurchaseOrder(orderId);
    order.place(dto);
    // Timeout first: if the append then fails, the job finds no order and does nothing.
    await this.timeouts.schedule(order.id, meta.correlationId);
    await this.repositories.orders.save(order, meta);
    return order.view()!;
  }

  /**
   * An order under an MOU comes from its distributor and goes to one of its producers while it is
   * active (domain/order-under-mou.ts), as the local view of mou's events knows it. An MOU unknown
   * or not yet active may only be the view trailing mou (an order right after the last signature):
   * the view is read again for a moment before the order is refused.
   */
  private async requireOrderableUnder(
    mouId: string,
    order: { distributorId: string; producerId: string },
  ): Promise<void> {
    const mou = await readCaughtUp(
      () => this.mous.find(mouId),
      (known) => mayBeCatchingUp(known, order),
    );
    const refusal = refusalOfOrderUnderMou(mouId, mou, order);
    if (refusal) throw new RuleViolationError(refusal);
  }
}
