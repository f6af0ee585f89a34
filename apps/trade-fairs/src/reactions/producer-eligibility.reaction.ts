import { Injectable } from '@nestjs/common';
import { Reaction } from '@ocop/event-sourcing';
import { TypedEnvelope } from '@ocop/events';
import { EligibilityView } from '../infrastructure/eligibility-view';

/**
 * Producers' events → the local eligibility view (who is known and active, which products hold a
 * valid OCOP certificate). Redeliveries are skipped by event id; the view's writes are guarded by
 * the producer stream's version besides, so a replay from the start of the topic changes nothing.
 */
@Injectable()
export class ProducerEligibilityReaction implements Reaction<
  TypedEnvelope<
    | 'ProducerRegistered'
    | 'ProducerDeactivated'
    | 'ProductCertified'
    | 'ProductReRated'
    | 'CertificationExpired'
    | 'CertificationRevoked'
  >
> {
  readonly handles = [
    'ProducerRegistered',
    'ProducerDeactivated',
    'ProductCertified',
    'ProductReRated',
    'CertificationExpired',
    'CertificationRevoked',
  ] as const;

  constructor(private readonly eligibility: EligibilityView) {}

  async handle(
    event: TypedEnvelope<
      | 'ProducerRegistered'
      | 'ProducerDeactivated'
      | 'ProductCertified'
      | 'ProductReRated'
      | 'CertificationExpired'
      | 'CertificationRevoked'
    >,
  ): Promise<void> {
    await this.eligibility.applyProducerEvent(event);
  }
}
