import { Injectable, NotFoundException } from '@nestjs/common';
import { mongo } from 'mongoose';

type Filter<T> = mongo.Filter<T>;
import { HOLDING_STATUSES } from '../domain/booking';
import { ordersOfTheirMous } from '../domain/mou-orders';
import { FairDoc } from '../read-models/collections';
import { MouViews } from './mou.views';
import { collectionPage } from './paging';
import { ReadModels } from './read-models.service';
import { FairsQuery } from '@ocop/contracts';

function fairSummary(doc: FairDoc) {
  return {
    fairId: doc._id,
    name: doc.name,
    kind: doc.kind,
    organizerId: doc.organizerId,
    status: doc.status,
    venue: doc.venue,
    province: doc.province,
    bookingOpensAt: doc.bookingOpensAt,
    bookingClosesAt: doc.bookingClosesAt,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    scheduledAt: doc.scheduledAt,
  };
}

function count<T>(items: T[], test: (item: T) => boolean): number {
  return items.reduce((n, item) => n + (test(item) ? 1 : 0), 0);
}

/** What a trade promotion officer sees of a fair. */
@Injectable()
export class FairViews {
  constructor(
    private readonly models: ReadModels,
    private readonly mous: MouViews,
  ) {}

  list(query: FairsQuery) {
    const filter: Filter<FairDoc> = {};
    if (query.organizerId) filter.organizerId = query.organizerId;
    if (query.status) filter.status = query.status as FairDoc['status'];
    return collectionPage(
      this.models.fairs,
      filter,
      query.sort,
      query.order ?? (query.sort === 'name' ? 'asc' : 'desc'),
      query,
      fairSummary,
    );
  }

  /**
   * What a fair's board counts: its bookings and meetings, the MOUs signed at it (in signing
   * order) with their fulfilment, and the orders placed under those MOUs by their own parties.
   */
  async records(fairId: string) {
    const fair = await this.models.fairs.findOne({ _id: fairId });
    if (!fair) throw new NotFoundException(`fair ${fairId} not found`);
    const [bookings, meetings, mouDocs] = await Promise.all([
      this.models.boothBookings.find({ fairId }).sort({ bookedAt: 1, _id: 1 }).toArray(),
      this.models.fairMeetings.find({ fairId }).sort({ requestedAt: 1, _id: 1 }).toArray(),
      this.models.mous.find({ fairId }).toArray(),
    ]);
    const signed = mouDocs.filter((m) => Boolean(m.signedAt));
    const mous = (await this.mous.items(signed, {})).sort((a, b) =>
      (a.signedAt ?? '').localeCompare(b.signedAt ?? ''),
    );
    const orders =
      signed.length === 0
        ? []
        : ordersOfTheirMous(
            signed,
            await this.models.orders
              .find({ mouId: { $in: signed.map((m) => m._id) } })
              .sort({ placedAt: 1, _id: 1 })
              .toArray(),
          );
    return { fair, bookings, meetings, mous, orders };
  }

  /**
   * Booths by type, bookings by status, check-ins, B2B meetings, the MOUs signed at the fair with
   * their fulfilment since, and the orders placed under those MOUs by their own parties.
   */
  async board(fairId: string) {
    const { fair, bookings, meetings, mous, orders } = await this.records(fairId);
    const byStatus: Record<string, number> = {};
    bookings.forEach((b) => (byStatus[b.status] = (byStatus[b.status] ?? 0) + 1));
    return {
      ...fairSummary(fair),
      booths: fair.boothTypes.map((type) => {
        const booked = count(
          bookings,
          (b) => b.boothType === type.code && HOLDING_STATUSES.includes(b.status),
        );
        return {
          boothType: type.code,
          name: type.name,
          total: type.count,
          booked,
          free: Math.max(type.count - booked, 0),
        };
      }),
      bookings: byStatus,
      checkIns: count(bookings, (b) => b.status === 'checked-in'),
      meetings: {
        requested: meetings.length,
        accepted: count(meetings, (m) => m.accepted),
        held: count(meetings, (m) => m.status === 'held'),
        noShow: count(meetings, (m) => m.status === 'missed'),
        declined: count(meetings, (m) => m.status === 'declined'),
        cancelled: count(meetings, (m) => m.status === 'cancelled'),
      },
      mous: {
        signed: mous.length,
        items: mous.map((m) => ({
          mouId: m.mouId,
          producerId: m.producerId,
          producerIds: m.producerIds,
          distributorId: m.distributorId,
          status: m.status,
          signedAt: m.signedAt,
          overallPercent: m.overallPercent,
        })),
      },
      orders: {
        count: orders.length,
        delivered: count(orders, (o) => o.status === 'delivered'),
        totalVnd: orders
          .filter((o) => o.status !== 'rejected' && o.status !== 'cancelled')
          .reduce((sum, o) => sum + o.totalVnd, 0),
      },
    };
  }
}
