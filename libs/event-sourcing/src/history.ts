import { NotFoundError } from '@ocop/common';
import { HistoryEntry, HistoryQuery, Page, pageStart } from '@ocop/contracts';
import { EventEnvelope } from '@ocop/events';
import { MongoEventStore } from './mongo-event-store';

export interface HistoryStream<E extends EventEnvelope<object> = EventEnvelope> {
  aggregateType: string;
  aggregateId: string;
  /** What a 404 says when the stream (or the selection) has no events. */
  notFound: string;
  /** Keeps only some of the stream's events, e.g. one product's within its producer's stream. */
  select?: (event: E) => boolean;
}

/**
 * A record's history from its stream in the service's own event store: its events, oldest first
 * (newest first with `order=desc`), one page; a NotFoundError when the stream (or the selection)
 * has no events. Payloads are upcast to their current schema versions.
 */
export async function readHistory<E extends EventEnvelope<object> = EventEnvelope>(
  store: MongoEventStore,
  stream: HistoryStream<E>,
  query: HistoryQuery,
): Promise<Page<HistoryEntry>> {
  // The store read the stream through the catalog, so each event's payload is its type's.
  const loaded = (await store.load(stream.aggregateId, 0, stream.aggregateType)) as E[];
  const events = stream.select ? loaded.filter(stream.select) : loaded;
  if (events.length === 0) throw new NotFoundError(stream.notFound);
  const ordered = query.order === 'desc' ? [...events].reverse() : events;
  const start = pageStart(query);
  return {
    items: ordered.slice(start, start + query.limit).map((event) => ({
      version: event.aggregateVersion,
      type: event.type,
      occurredAt: event.occurredAt,
      actor: { id: event.actor.id, role: event.actor.role },
      payload: { ...event.payload },
    })),
    page: query.page,
    limit: query.limit,
    total: events.length,
  };
}
