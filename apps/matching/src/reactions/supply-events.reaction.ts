import { Injectable } from '@nestjs/common';
import { Reaction, reactionMetadata } from '@ocop/event-sourcing';
import { eventTypesOf, isEventOf, PRODUCER_EVENT_PAYLOADS, TypedEnvelope } from '@ocop/events';
import { MatchProposer } from '../commands/propose-matches/match-proposer';
import { MatchingIndex, MOU_OUTCOME_EVENTS } from '../infrastructure/matching-index';

const HANDLES = [
  ...eventTypesOf(PRODUCER_EVENT_PAYLOADS),
  'OrderDelivered' as const,
  ...MOU_OUTCOME_EVENTS,
];
type SupplyEvent = TypedEnvelope<(typeof HANDLES)[number]>;

/**
 * Supply side: producers' events (products, certificates, capacity, reservations), delivered
 * orders and MOU outcomes (the producer's track record) → the index; then what changed for
 * matching: a certified or re-rated product is matched against open requests, an expired or
 * revoked certificate or a deactivated producer withdraws matches. The follow-up runs even when
 * the index had the event already, so a crash between the two is repaired by the redelivery.
 */
@Injectable()
export class SupplyEventsReaction implements Reaction<SupplyEvent> {
  readonly handles = HANDLES;

  constructor(
    private readonly index: MatchingIndex,
    private readonly proposer: MatchProposer,
  ) {}

  async handle(event: SupplyEvent): Promise<void> {
    if (event.type === 'OrderDelivered') return this.index.recordDelivery(event);
    if (isEventOf(event, ...MOU_OUTCOME_EVENTS)) return this.index.applyMouEvent(event);

    await this.index.applyProducerEvent(event);
    const meta = reactionMetadata(event);
    switch (event.type) {
      case 'ProductCertified':
      case 'ProductReRated':
        await this.proposer.productChanged(event.payload.productId, meta);
        break;
      case 'CertificationExpired':
        await this.proposer.withdrawProduct(event.payload.productId, 'certificate-expired', meta);
        break;
      case 'CertificationRevoked':
        await this.proposer.withdrawProduct(event.payload.productId, 'certificate-revoked', meta);
        break;
      case 'ProducerDeactivated':
        for (const product of this.index.supply.productsOf(event.aggregateId)) {
          await this.proposer.withdrawProduct(product.productId, 'producer-inactive', meta);
        }
        break;
    }
  }
}
