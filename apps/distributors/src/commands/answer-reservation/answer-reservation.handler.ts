import { Injectable } from '@nestjs/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata, ReservationRejection } from '@ocop/events';
import { SagaOutcome } from '../../domain/purchase-order.aggregate';
import { DistributorRepositories } from '../../infrastructure/repositories';

/**
 * The producer's answer to an order's reservation, applied to the order. Never public over HTTP:
 * only the saga's reactions call it. Repeated or late answers change nothing and do not throw.
 */
@Injectable()
export class AnswerReservationHandler {
  constructor(private readonly repositories: DistributorRepositories) {}

  confirm(orderId: string, producerId: string, meta: CommandMetadata): Promise<SagaOutcome> {
    return executeCommand(this.repositories.orders, orderId, meta, (order) =>
      order.confirmReservation(producerId),
    );
  }

  reject(
    orderId: string,
    producerId: string,
    reason: ReservationRejection,
    detail: string,
    meta: CommandMetadata,
  ): Promise<SagaOutcome> {
    return executeCommand(this.repositories.orders, orderId, meta, (order) =>
      order.rejectReservation(producerId, reason, detail),
    );
  }
}
