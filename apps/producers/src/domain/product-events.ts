import { EventOf, ProducerEvents } from '@ocop/events';

/**
 * Whether one of a producer's events is about the product: the product's own events, and the
 * capacity reservations and releases that hold some of it. A product lives inside its producer's
 * stream, so its history is this selection of the producer's events.
 */
export function concernsProduct(
  { type, payload }: EventOf<ProducerEvents>,
  productId: string,
): boolean {
  switch (type) {
    case 'ProductRegistered':
    case 'ProductCertified':
    case 'ProductReRated':
    case 'CertificationExpired':
    case 'CertificationRevoked':
    case 'SupplyCapacityChanged':
      return payload.productId === productId;
    case 'CapacityReserved':
    case 'CapacityReleased':
      return payload.lines.some((line) => line.productId === productId);
    default:
      return false;
  }
}
