/** A purchase order's statuses. */
export const ORDER_STATUSES = [
  'placed',
  'confirmed',
  'rejected',
  'shipped',
  'delivered',
  'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
