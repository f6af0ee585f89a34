import { DistributorKind } from '@ocop/events';

/**
 * Modern channels, as the programme counts them for its 50% target: supermarkets and convenience
 * stores (retail chains) and e-commerce platforms. OCOP showrooms and wholesalers are not.
 */
export const MODERN_CHANNEL_KINDS: readonly DistributorKind[] = ['retail-chain', 'e-commerce'];

/** The programme's target share of OCOP subjects selling through modern channels. */
export const MODERN_CHANNEL_TARGET = 0.5;

/** Orders that count as selling: accepted by the producer, whatever happened to them since. */
export const SELLING_ORDER_STATUSES = ['confirmed', 'shipped', 'delivered'];

/** A share with four decimals; 0 when there is nobody to count. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}
