import { Injectable } from '@nestjs/common';
import { CommandMetadata } from '@ocop/events';
import { PurchaseOrderView } from '../../domain/purchase-order.aggregate';
import { DistributorRepositories } from '../../infrastructure/repositories';
import { onOrder } from '../order-command';

@Injectable()
export class DeliverOrderHandler {
  constructor(private readonly repositories: DistributorRepositories) {}

  execute(orderId: string, meta: CommandMetadata): Promise<PurchaseOrderView> {
    return onOrder(this.repositories, orderId, meta, (order) => order.deliver());
  }
}
