import { Injectable } from '@nestjs/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata, ProductGroup } from '@ocop/events';
import { Delivery, DeliveryOutcome } from '../../domain/mou.aggregate';
import { MouRepository } from '../../infrastructure/mou.repository';
import { ProductGroups } from '../../infrastructure/product-groups';

/**
 * Counts a delivered order towards an MOU. Never public over HTTP: only the OrderDelivered reaction
 * calls it. An order counted already, or one that does not count, changes nothing and does not
 * throw (the outcome says why).
 */
@Injectable()
export class RecordFulfilmentHandler {
  constructor(
    private readonly repository: MouRepository,
    private readonly productGroups: ProductGroups,
  ) {}

  async execute(
    mouId: string,
    delivery: Delivery,
    meta: CommandMetadata,
  ): Promise<DeliveryOutcome> {
    const groups: Map<string, ProductGroup> = await this.productGroups.of(
      delivery.lines.map((line) => line.productId),
    );
    return executeCommand(this.repository.mous, mouId, meta, (mou) =>
      mou.recordDelivery(delivery, (productId) => groups.get(productId)),
    );
  }
}
