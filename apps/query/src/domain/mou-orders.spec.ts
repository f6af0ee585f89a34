import { OrderDoc } from '../read-models/collections';
import { ordersOfTheirMous } from './mou-orders';

const order = (id: string, fields: Partial<OrderDoc>): OrderDoc => ({
  _id: id,
  distributorId: 'd1',
  producerId: 'p1',
  mouId: 'm1',
  status: 'delivered',
  totalVnd: 1_000_000,
  lines: [],
  placedAt: '2025-09-02T03:00:00.000Z',
  updatedAt: '2025-09-03T03:00:00.000Z',
  appliedVersion: 4,
  ...fields,
});

describe('orders of their MOUs (the fair board)', () => {
  const mous = [
    { _id: 'm1', distributorId: 'd1', producerIds: ['p1', 'p2'] },
    { _id: 'm2', distributorId: 'd2', producerIds: ['p3'] },
  ];

  it('keeps orders from the MOU’s distributor to one of its producers', () => {
    const kept = [
      order('o1', {}),
      order('o2', { producerId: 'p2' }),
      order('o3', { mouId: 'm2', distributorId: 'd2', producerId: 'p3' }),
    ];
    expect(ordersOfTheirMous(mous, kept).map((o) => o._id)).toEqual(['o1', 'o2', 'o3']);
  });

  it('drops another distributor’s order naming the MOU, even to one of its producers', () => {
    expect(ordersOfTheirMous(mous, [order('o1', { distributorId: 'd2' })])).toEqual([]);
  });

  it('drops orders to a producer not party to the MOU, and orders of other or no MOUs', () => {
    expect(
      ordersOfTheirMous(mous, [
        order('o1', { producerId: 'p3' }),
        order('o2', { mouId: 'm9' }),
        order('o3', { mouId: null }),
      ]),
    ).toEqual([]);
  });
});
