import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import { EventEnvelope, MouPartyType, MouStatus, TypedEnvelope } from '@ocop/events';
import { Collection, Connection } from 'mongoose';
import { ListMousQuery, Page, pageStart } from '@ocop/contracts';

const COLLECTION = 'mou_directory';

interface VersionSummary {
  version: number;
  startDate: string;
  endDate: string;
}

interface MouDirectoryDocument {
  _id: string;
  title: string | null;
  status: MouStatus;
  distributorId: string;
  producerIds: string[];
  /** `producer:<id>` / `distributor:<id>`, to find a party's MOUs by type and id. */
  parties: string[];
  partyIds: string[];
  fairId: string | null;
  versionInForce: VersionSummary | null;
  pendingVersion: VersionSummary | null;
  draftedAt: string;
  updatedAt: string;
}

export interface MouSummary extends Omit<MouDirectoryDocument, '_id' | 'parties' | 'partyIds'> {
  mouId: string;
}

const partyKey = (partyType: MouPartyType, partyId: string) => `${partyType}:${partyId}`;

function set(event: EventEnvelope<object>, fields: Partial<MouDirectoryDocument>): ProjectionWrite {
  return {
    collection: COLLECTION,
    operation: {
      updateOne: {
        filter: { _id: event.aggregateId },
        update: { $set: { ...fields, updatedAt: event.occurredAt } },
        upsert: true,
      },
    },
  };
}

/**
 * The list of MOUs by party, fair and status, built from the service's own events on Kafka (so
 * it can be rebuilt by replay like any read model). It trails the event store by the relay and
 * consumer lag, usually well under a second; GET /mous/:id always reads the event store.
 */
export const mouDirectoryProjection: Projection<
  TypedEnvelope<
    | 'MouDrafted'
    | 'MouProposed'
    | 'MouActivated'
    | 'MouAmended'
    | 'MouFulfilled'
    | 'MouExpired'
    | 'MouTerminated'
  >
> = {
  name: 'mou-directory',
  handles: [
    'MouDrafted',
    'MouProposed',
    'MouActivated',
    'MouAmended',
    'MouFulfilled',
    'MouExpired',
    'MouTerminated',
  ],
  collections: [COLLECTION],
  project(event): ProjectionWrite[] {
    switch (event.type) {
      case 'MouDrafted': {
        const drafted = event.payload;
        return [
          set(event, {
            title: drafted.title ?? null,
            status: 'drafted',
            distributorId: drafted.distributorId,
            producerIds: drafted.producerIds,
            parties: [
              partyKey('distributor', drafted.distributorId),
              ...drafted.producerIds.map((id) => partyKey('producer', id)),
            ],
            partyIds: [drafted.distributorId, ...drafted.producerIds],
            fairId: drafted.fairId ?? null,
            versionInForce: null,
            pendingVersion: {
              version: drafted.version,
              startDate: drafted.terms.startDate,
              endDate: drafted.terms.endDate,
            },
            draftedAt: event.occurredAt,
          }),
        ];
      }
      case 'MouProposed':
        return [set(event, { status: 'proposed' })];
      case 'MouActivated': {
        const { version, startDate, endDate } = event.payload;
        return [
          set(event, {
            status: 'active',
            versionInForce: { version, startDate, endDate },
            pendingVersion: null,
          }),
        ];
      }
      case 'MouAmended': {
        const amended = event.payload;
        return [
          set(event, {
            pendingVersion: {
              version: amended.version,
              startDate: amended.terms.startDate,
              endDate: amended.terms.endDate,
            },
          }),
        ];
      }
      case 'MouFulfilled':
        return [set(event, { status: 'fulfilled', pendingVersion: null })];
      case 'MouExpired':
        return [set(event, { status: 'expired', pendingVersion: null })];
      case 'MouTerminated':
        return [set(event, { status: 'terminated', pendingVersion: null })];
      default:
        return [];
    }
  },
};

@Injectable()
export class MouDirectory {
  private readonly mous: Collection<MouDirectoryDocument>;

  constructor(@InjectConnection() connection: Connection) {
    this.mous = connection.collection<MouDirectoryDocument>(COLLECTION);
  }

  /** One page, newest first (by the time drafted) unless the query says otherwise. */
  async list(filter: ListMousQuery): Promise<Page<MouSummary>> {
    // Only MOUs whose draft was projected: a later event alone (its draft dead-lettered) makes a
    // document without parties, title or dates, which no list may answer as an MOU.
    const query: Record<string, unknown> = { draftedAt: { $exists: true } };
    if (filter.partyId) {
      if (filter.partyType) query.parties = partyKey(filter.partyType, filter.partyId);
      else query.partyIds = filter.partyId;
    }
    if (filter.fairId) query.fairId = filter.fairId;
    if (filter.status) query.status = filter.status;
    const direction = (filter.order ?? 'desc') === 'asc' ? 1 : -1;
    const [documents, total] = await Promise.all([
      this.mous
        .find(query)
        .sort({ [filter.sort]: direction, _id: direction })
        .skip(pageStart(filter))
        .limit(filter.limit)
        .toArray(),
      this.mous.countDocuments(query),
    ]);
    return {
      items: documents.map(({ _id, parties: _parties, partyIds: _partyIds, ...rest }) => ({
        mouId: _id,
        ...rest,
      })),
      page: filter.page,
      limit: filter.limit,
      total,
    };
  }
}
