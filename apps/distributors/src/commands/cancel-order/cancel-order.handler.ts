import { Injectable } from '@nestjs/common';
import { CommandMetadata } from '@ocop/events';
import { PurchaseOrderView } from '../../domain/purchase-order.aggregate';
import { DistributorRepositories } from '../../infrastructure/repositories';
import { onOrder } from '../order-command';
import { CancelOrderDto } from '@ocop/contracts';

/** Cancels before shipping; OrderCancelled says whether capacity was reserved, for producers to release. */
@Injectable()
export class CancelOrderHandler {
  constructor(private readonly repositories: DistributorRepositories) {}

  execute(orderId: string, dto: CancelOrderDto, meta: CommandMetadata): Promise<PurchaseOrderView> {
    return onOrder(this.repositories, orderId, meta, (order) => order.cancel(dto.reason));
  }
}
