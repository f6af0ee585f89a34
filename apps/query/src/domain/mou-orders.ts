import { MouDoc, OrderDoc } from '../read-models/collections';

/**
 * The orders that belong to their MOU: placed by the MOU's distributor with one of its producers.
 * distributors refuses any other order naming an MOU; the board counts only these besides, so an
 * order that names an MOU it is not party to (one placed before that rule, or any that got
 * through) never counts for the MOU's fair.
 */
export function ordersOfTheirMous(
  mous: readonly Pick<MouDoc, '_id' | 'distributorId' | 'producerIds'>[],
  orders: readonly OrderDoc[],
): OrderDoc[] {
  const byId = new Map(mous.map((mou) => [mou._id, mou]));
  return orders.filter((order) => {
    const mou = order.mouId ? byId.get(order.mouId) : undefined;
    return (
      mou !== undefined &&
      order.distributorId === mou.distributorId &&
      mou.producerIds.includes(order.producerId)
    );
  });
}
