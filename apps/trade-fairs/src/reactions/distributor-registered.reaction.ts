import { Injectable } from '@nestjs/common';
import { Reaction } from '@ocop/event-sourcing';
import { TypedEnvelope } from '@ocop/events';
import { EligibilityView } from '../infrastructure/eligibility-view';

/** DistributorRegistered → the distributor is known here and may register to attend fairs. */
@Injectable()
export class DistributorRegisteredReaction implements Reaction<
  TypedEnvelope<'DistributorRegistered'>
> {
  readonly handles = ['DistributorRegistered'] as const;

  constructor(private readonly eligibility: EligibilityView) {}

  async handle(event: TypedEnvelope<'DistributorRegistered'>): Promise<void> {
    await this.eligibility.applyDistributorRegistered(event);
  }
}
