import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { TypedEnvelope, FairEvents, BoothBookingEvents, BoothBookingPayload } from '@ocop/events';
import { Collection, Connection } from 'mongoose';
import { SlotLayout } from '../domain/fair-slots';

export interface FairDoc {
  _id: string;
  version: number;
  name: string;
  province: string;
  startsAt: string;
  endsAt: string;
  meetingSlots?: SlotLayout;
}

interface BookingDoc {
  _id: string;
  version: number;
  fairId: string;
  producerId: string;
  productIds: string[];
  active: boolean;
}

interface AttendeeDoc {
  _id: string;
  fairId: string;
  distributorId: string;
}

export interface DistributorDoc {
  _id: string;
  name: string;
  provincesServed: string[];
}

/**
 * What the service knows of fairs (dates and meeting slots), who booked a booth there (producers
 * with the products they bring) and who registered to attend (distributors), and of distributors
 * (where they sell): all from trade-fairs' and distributors' events, version-guarded per stream.
 * Read only when a meeting plan is made, so it stays in MongoDB rather than in memory.
 */
@Injectable()
export class FairDirectory {
  private readonly fairs: Collection<FairDoc>;
  private readonly bookings: Collection<BookingDoc>;
  private readonly attendees: Collection<AttendeeDoc>;
  private readonly distributors: Collection<DistributorDoc>;

  constructor(@InjectConnection() connection: Connection) {
    this.fairs = connection.collection<FairDoc>('fair_views');
    this.bookings = connection.collection<BookingDoc>('fair_bookings');
    this.attendees = connection.collection<AttendeeDoc>('fair_attendees');
    this.distributors = connection.collection<DistributorDoc>('known_distributors');
  }

  async applyFairEvent(event: TypedEnvelope<keyof FairEvents>): Promise<void> {
    const existing = await this.fairs.findOne({ _id: event.aggregateId });
    if (existing && event.aggregateVersion <= existing.version) return;
    if (event.type === 'FairScheduled') {
      const fair = event.payload;
      const doc: FairDoc = {
        _id: event.aggregateId,
        version: event.aggregateVersion,
        name: fair.name,
        province: fair.province,
        startsAt: fair.startsAt,
        endsAt: fair.endsAt,
      };
      if (fair.meetingSlots) doc.meetingSlots = { ...fair.meetingSlots };
      await this.fairs.replaceOne({ _id: doc._id }, doc, { upsert: true });
    } else if (existing) {
      const set: Partial<FairDoc> = { version: event.aggregateVersion };
      if (event.type === 'FairRescheduled') {
        const { startsAt, endsAt } = event.payload;
        Object.assign(set, { startsAt, endsAt });
      }
      await this.fairs.updateOne({ _id: existing._id }, { $set: set });
    }
  }

  async applyBookingEvent(event: TypedEnvelope<keyof BoothBookingEvents>): Promise<void> {
    const existing = await this.bookings.findOne({ _id: event.aggregateId });
    if (existing && event.aggregateVersion <= existing.version) return;
    // Every booking event carries the booking's fair and producer.
    const payload: BoothBookingPayload = event.payload;
    if (event.type === 'BoothBooked') {
      const { productIds } = event.payload;
      await this.bookings.replaceOne(
        { _id: event.aggregateId },
        {
          version: event.aggregateVersion,
          fairId: payload.fairId,
          producerId: payload.producerId,
          productIds,
          active: true,
        },
        { upsert: true },
      );
    } else if (existing) {
      const ended = event.type === 'BoothBookingRejected' || event.type === 'BoothBookingCancelled';
      await this.bookings.updateOne(
        { _id: existing._id },
        { $set: { version: event.aggregateVersion, active: existing.active && !ended } },
      );
    }
  }

  async applyAttendeeEvent(event: TypedEnvelope<'FairAttendeeRegistered'>): Promise<void> {
    const { fairId, distributorId } = event.payload;
    await this.attendees.replaceOne(
      { _id: `${fairId}:${distributorId}` },
      { fairId, distributorId },
      { upsert: true },
    );
  }

  async applyDistributorRegistered(event: TypedEnvelope<'DistributorRegistered'>): Promise<void> {
    const { name, provincesServed } = event.payload;
    await this.distributors.replaceOne(
      { _id: event.aggregateId },
      { name, provincesServed },
      { upsert: true },
    );
  }

  fair(fairId: string): Promise<FairDoc | null> {
    return this.fairs.findOne({ _id: fairId });
  }

  /** Producers with a booking still in force at the fair, and the products each brings. */
  async bookedProducers(fairId: string): Promise<Map<string, string[]>> {
    const producers = new Map<string, string[]>();
    for await (const booking of this.bookings.find({ fairId, active: true })) {
      producers.set(booking.producerId, [
        ...(producers.get(booking.producerId) ?? []),
        ...booking.productIds,
      ]);
    }
    return producers;
  }

  async attendingDistributors(fairId: string): Promise<DistributorDoc[]> {
    const ids = (await this.attendees.find({ fairId }).toArray()).map((a) => a.distributorId);
    const known = new Map(
      (await this.distributors.find({ _id: { $in: ids } }).toArray()).map((d) => [d._id, d]),
    );
    // An attendee whose DistributorRegistered has not arrived yet still meets, by its requests.
    return ids.map((id) => known.get(id) ?? { _id: id, name: '', provincesServed: [] });
  }
}
