import { Injectable } from '@nestjs/common';
import { Reaction, reactionMetadata } from '@ocop/event-sourcing';
import { EventEnvelope, PRODUCER_EVENTS } from '@ocop/events';
import { MatchProposer } from '../commands/propose-matches/match-proposer';
import { MatchingIndex } from '../infrastructure/matching-index';

const MOU_OUTCOME_EVENTS = ['MouDrafted', 'MouFulfilled', 'MouExpired', 'MouTerminated'];

/**
 * Supply side: producers' events (products, certificates, capacity, reservations), delivered
 * orders and MOU outcomes (the producer's track record) → the index; then what changed for
 * matching: a certified or re-rated product is matched against open requests, an expired or
 * revoked certificate or a deactivated producer withdraws matches. The follow-up runs even when
 * the index had the event already, so a crash between the two is repaired by the redelivery.
 */
@Injectable()
export class SupplyEventsReaction implements Reaction {
  readonly handles = [
    ...PRODUCER_EVENTS.map((definition) => definition.type),
    'OrderDelivered',
    ...MOU_OUTCOME_EVENTS,
  ];

  constructor(
    private readonly index: MatchingIndex,
    private readonly proposer: MatchProposer,
  ) {}

  async handle(event: EventEnvelope): Promise<void> {
    if (event.type === 'OrderDelivered') return this.index.recordDelivery(event);
    if (MOU_OUTCOME_EVENTS.includes(event.type)) return this.index.applyMouEvent(event);

    await this.index.applyProducerEvent(event);
    const meta = reactionMetadata(event);
    const productId = (event.payload as { productId?: string }).productId;
    switch (event.type) {
      case 'ProductCertified':
      case 'ProductReRated':
        await this.proposer.productChanged(productId!, meta);
        break;
      case 'CertificationExpired':
        await this.proposer.withdrawProduct(productId!, 'certificate-expired', meta);
        break;
      case 'CertificationRevoked':
        await this.proposer.withdrawProduct(productId!, 'certificate-revoked', meta);
        break;
      case 'ProducerDeactivated':
        for (const product of this.index.supply.productsOf(event.aggregateId)) {
          await this.proposer.withdrawProduct(product.productId, 'producer-inactive', meta);
        }
        break;
    }
  }
}
