import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@ocop/common';
import { ConcurrencyError, Reaction, reactionMetadata } from '@ocop/event-sourcing';
import { TypedEnvelope } from '@ocop/events';
import { createHash } from 'node:crypto';
import { RequestMeetingHandler } from '../commands/request-meeting/request-meeting.handler';
import { TradeFairRepositories } from '../infrastructure/repositories';

/** The meeting a published plan asks for, as a name-based UUID (see attendeeId). */
export function plannedMeetingId(
  fairId: string,
  producerId: string,
  distributorId: string,
  slot: number,
): string {
  const hash = createHash('sha1')
    .update(`meeting-plan:${fairId}:${producerId}:${distributorId}:${slot}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * matching published a fair's meeting plan (the event's aggregate is the fair's plan, id = the
 * fair's id) → one meeting request per planned meeting, asked on the distributor's behalf for the
 * planned slot, for the producer to accept. Each request's id is derived from the fair, the
 * parties and the slot, so a redelivery (or a crash halfway through the plan) requests nothing
 * twice. A meeting the rules refuse now (a certificate expired since, a slot started) is logged
 * and skipped: the rest of the plan still goes ahead.
 */
@Injectable()
export class MeetingPlanPublishedReaction implements Reaction<
  TypedEnvelope<'MeetingPlanPublished'>
> {
  readonly handles = ['MeetingPlanPublished'] as const;
  private readonly logger = new Logger(MeetingPlanPublishedReaction.name);

  constructor(
    private readonly requesting: RequestMeetingHandler,
    private readonly repositories: TradeFairRepositories,
  ) {}

  async handle(event: TypedEnvelope<'MeetingPlanPublished'>): Promise<void> {
    const fairId = event.aggregateId;
    const { meetings } = event.payload;
    let requested = 0;
    for (const meeting of meetings) {
      const meetingId = plannedMeetingId(
        fairId,
        meeting.producerId,
        meeting.distributorId,
        meeting.slotId,
      );
      if ((await this.repositories.meetings.load(meetingId)).isRequested) continue;
      try {
        await this.requesting.execute(
          fairId,
          {
            producerId: meeting.producerId,
            distributorId: meeting.distributorId,
            requestedBy: 'distributor',
            slots: [meeting.slotId],
            note: `Proposed by the fair's matchmaking plan (fit ${Math.round(meeting.score * 100)}%)`,
          },
          reactionMetadata(event),
          meetingId,
        );
        requested++;
      } catch (error) {
        // Another instance requested the same meeting at the same moment: it is there.
        if (error instanceof ConcurrencyError) continue;
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(
          { fairId, ...meeting, reason: error.message, eventId: event.eventId },
          'planned meeting not requested',
        );
      }
    }
    this.logger.log({ fairId, planned: meetings.length, requested }, 'meeting plan requested');
  }
}
