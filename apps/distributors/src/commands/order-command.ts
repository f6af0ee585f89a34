import { NotFoundError } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata } from '@ocop/events';
import { PurchaseOrder, PurchaseOrderView } from '../domain/purchase-order.aggregate';
import { DistributorRepositories } from '../infrastructure/repositories';

/** Runs one command on an existing order (reloaded and retried on concurrency); 404 if unknown. */
export function onOrder(
  repositories: DistributorRepositories,
  orderId: string,
  meta: CommandMetadata,
  command: (order: PurchaseOrder) => void,
): Promise<PurchaseOrderView> {
  return executeCommand(repositories.orders, orderId, meta, (order) => {
    if (!order.isPlaced) throw new NotFoundError(`order ${orderId} not found`);
    command(order);
    return order.view()!;
  });
}
