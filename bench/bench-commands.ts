/** The sourcing request the system bench posts (and the validation bench validates). */
export function benchSourcingRequest(distributorId: string) {
  return {
    distributorId,
    group: 'food',
    keywords: ['mật ong', 'gạo nếp'],
    minStars: 4,
    quantity: 500,
    unit: 'kg',
    targetPriceVnd: 200_000,
    deliveryProvince: 'Hà Nội',
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  };
}
