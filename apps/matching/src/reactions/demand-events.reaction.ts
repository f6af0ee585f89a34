import { Injectable } from '@nestjs/common';
import { Reaction, reactionMetadata } from '@ocop/event-sourcing';
import { SourcingRequestEvents, TypedEnvelope } from '@ocop/events';
import { MatchProposer } from '../commands/propose-matches/match-proposer';
import { MatchingIndex } from '../infrastructure/matching-index';

/**
 * Demand side: a published or changed sourcing request is ranked and gets its top matches; a
 * closed one leaves open demand (its last matches stay readable).
 */
@Injectable()
export class DemandEventsReaction implements Reaction<TypedEnvelope<keyof SourcingRequestEvents>> {
  readonly handles = [
    'SourcingRequestPublished',
    'SourcingRequestUpdated',
    'SourcingRequestClosed',
  ] as const;

  constructor(
    private readonly index: MatchingIndex,
    private readonly proposer: MatchProposer,
  ) {}

  async handle(event: TypedEnvelope<keyof SourcingRequestEvents>): Promise<void> {
    const applied = await this.index.applyRequestEvent(event);
    if (event.type !== 'SourcingRequestClosed') {
      const published = applied && event.type === 'SourcingRequestPublished';
      await this.proposer.rankRequest(event.aggregateId, reactionMetadata(event), published);
    }
  }
}
