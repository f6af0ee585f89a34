import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@ocop/common';
import { Page, PageQuery, pageStart, SortOrder } from '@ocop/contracts';
import { FAIR_AGGREGATE_TYPES } from '@ocop/events';
import { Collection, Connection, mongo } from 'mongoose';
import { BoothBookingView } from '../domain/booth-booking.aggregate';
import { FairAttendeeView } from '../domain/fair-attendee.aggregate';
import { FairMeetingView } from '../domain/fair-meeting.aggregate';
import { FairView } from '../domain/fair.aggregate';
import { TradeFairRepositories } from './repositories';

/** A Mongo sort over `fields` in one direction, e.g. sortBy(['slot', 'table'], 'asc'). */
export function sortBy(fields: readonly string[], order: SortOrder): mongo.Sort {
  const direction = order === 'asc' ? 1 : -1;
  return Object.fromEntries(fields.map((field) => [field, direction]));
}

type ViewDocument = { _id: string; version: number } & mongo.Document;

/** One kind of view: the latest view() of each aggregate, for lists with filters and pages. */
export class ViewCollection<V extends { version: number }> {
  constructor(private readonly collection: Collection<ViewDocument>) {}

  /** Stores `view` unless a later version is stored already. */
  async put(id: string, view: V): Promise<void> {
    try {
      await this.collection.updateOne(
        { _id: id, version: { $lt: view.version } },
        { $set: { ...view } },
        { upsert: true },
      );
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  /** One page of the views matching `filter`; `sort` ends with the id, so pages never overlap. */
  async page(
    filter: mongo.Filter<ViewDocument>,
    sort: mongo.Sort,
    query: PageQuery,
  ): Promise<Page<V>> {
    const [items, total] = await Promise.all([
      this.collection
        .find(filter, { projection: { _id: 0 } })
        .sort(sort)
        .skip(pageStart(query))
        .limit(query.limit)
        .toArray(),
      this.collection.countDocuments(filter),
    ]);
    // `put` is the only writer of this collection and stores only Vs; the driver types it loosely.
    return { items: items as unknown as V[], page: query.page, limit: query.limit, total };
  }

  /** How many views of each value of `field` match `filter`. */
  async countBy(
    filter: mongo.Filter<ViewDocument>,
    field: string,
  ): Promise<Record<string, number>> {
    const rows = await this.collection
      .aggregate<{ _id: string; n: number }>([
        { $match: filter },
        { $group: { _id: `$${field}`, n: { $sum: 1 } } },
      ])
      .toArray();
    return Object.fromEntries(rows.map((row) => [row._id, row.n]));
  }

  async ensureIndex(keys: mongo.IndexSpecification): Promise<void> {
    await this.collection.createIndex(keys);
  }
}

/**
 * The service's own list views (fairs, bookings, attendees, meetings), kept beside the event store:
 * written right after each command's append, so a caller's next list shows its change, and
 * refreshed again from the aggregate when the service's own event comes back from Kafka, so a view
 * missed by a crash catches up. A single aggregate is always read from its stream, never from here.
 */
@Injectable()
export class ReadViews implements OnModuleInit {
  readonly fairs: ViewCollection<FairView>;
  readonly bookings: ViewCollection<BoothBookingView>;
  readonly attendees: ViewCollection<FairAttendeeView>;
  readonly meetings: ViewCollection<FairMeetingView>;

  constructor(
    @InjectConnection() connection: Connection,
    private readonly repositories: TradeFairRepositories,
  ) {
    const views = <V extends { version: number }>(name: string) =>
      new ViewCollection<V>(connection.collection<ViewDocument>(name));
    this.fairs = views('fair_views');
    this.bookings = views('booking_views');
    this.attendees = views('attendee_views');
    this.meetings = views('meeting_views');
  }

  async onModuleInit(): Promise<void> {
    await this.fairs.ensureIndex({ startsAt: 1 });
    await this.bookings.ensureIndex({ fairId: 1, boothType: 1, boothNumber: 1 });
    await this.attendees.ensureIndex({ fairId: 1, distributorId: 1 });
    await this.meetings.ensureIndex({ fairId: 1, slot: 1 });
  }

  /** Rewrites one aggregate's view from its stream (after its event came back from Kafka). */
  async refresh(aggregateType: string, id: string): Promise<void> {
    switch (aggregateType) {
      case FAIR_AGGREGATE_TYPES.fair: {
        const view = (await this.repositories.fairs.load(id)).view();
        if (view) await this.fairs.put(id, view);
        break;
      }
      case FAIR_AGGREGATE_TYPES.boothBooking: {
        const view = (await this.repositories.bookings.load(id)).view();
        if (view) await this.bookings.put(id, view);
        break;
      }
      case FAIR_AGGREGATE_TYPES.fairAttendee: {
        const view = (await this.repositories.attendees.load(id)).view();
        if (view) await this.attendees.put(id, view);
        break;
      }
      case FAIR_AGGREGATE_TYPES.fairMeeting: {
        const view = (await this.repositories.meetings.load(id)).view();
        if (view) await this.meetings.put(id, view);
        break;
      }
    }
  }
}
