import { Injectable } from '@nestjs/common';
import { CommandMetadata } from '@ocop/events';
import { PurchaseOrderView } from '../../domain/purchase-order.aggregate';
import { DistributorRepositories } from '../../infrastructure/repositories';
import { onOrder } from '../order-command';
import { ShipOrderDto } from '@ocop/contracts';

@Injectable()
export class ShipOrderHandler {
  constructor(private readonly repositories: DistributorRepositories) {}

  execute(orderId: string, dto: ShipOrderDto, meta: CommandMetadata): Promise<PurchaseOrderView> {
    return onOrder(this.repositories, orderId, meta, (order) => order.ship(dto.trackingNumber));
  }
}
