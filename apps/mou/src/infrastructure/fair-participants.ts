import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import { BoothBookingPayload, EventEnvelope, FairAttendeeRegistered } from '@ocop/events';
import { Collection, Connection } from 'mongoose';
import { FairParticipant } from '../domain/fair-link';

const COLLECTION = 'mou_fair_participants';

/** One per attendee registration or booth booking (the trade-fairs aggregate's id). */
interface FairParticipantDocument extends FairParticipant {
  _id: string;
  fairId: string;
  /** Attending, or holding a booth; false once the booking is rejected or cancelled. */
  takesPart: boolean;
}

const write = (
  event: EventEnvelope,
  fields: Omit<FairParticipantDocument, '_id'>,
): ProjectionWrite[] => [
  {
    collection: COLLECTION,
    operation: {
      updateOne: {
        filter: { _id: event.aggregateId },
        update: { $set: fields },
        upsert: true,
      },
    },
  },
];

/**
 * Who takes part in which fair, from trade-fairs' events: distributors registered to attend, and
 * producers whose booth booking stands (a rejection or cancellation ends it). Each document is one
 * trade-fairs aggregate whose events arrive in order (one partition per key), and every event sets
 * the whole document, so a redelivery or a replay ends in the same state.
 */
export const fairParticipantsProjection: Projection = {
  name: 'mou-fair-participants',
  handles: [
    'FairAttendeeRegistered',
    'BoothBooked',
    'BoothBookingRejected',
    'BoothBookingCancelled',
  ],
  collections: [COLLECTION],
  project(event: EventEnvelope): ProjectionWrite[] {
    if (event.type === 'FairAttendeeRegistered') {
      const { fairId, distributorId } = event.payload as unknown as FairAttendeeRegistered;
      return write(event, {
        fairId,
        partyType: 'distributor',
        partyId: distributorId,
        takesPart: true,
      });
    }
    const { fairId, producerId } = event.payload as unknown as BoothBookingPayload;
    return write(event, {
      fairId,
      partyType: 'producer',
      partyId: producerId,
      takesPart: event.type === 'BoothBooked',
    });
  },
};

@Injectable()
export class FairParticipants {
  private readonly participants: Collection<FairParticipantDocument>;

  constructor(@InjectConnection() connection: Connection) {
    this.participants = connection.collection<FairParticipantDocument>(COLLECTION);
  }

  /** Those of `partyIds` who take part in the fair now. */
  async among(fairId: string, partyIds: readonly string[]): Promise<FairParticipant[]> {
    const found = await this.participants
      .find({ fairId, takesPart: true, partyId: { $in: [...partyIds] } })
      .toArray();
    return found.map(({ partyType, partyId }) => ({ partyType, partyId }));
  }
}
