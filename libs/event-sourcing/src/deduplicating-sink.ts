import { EventEnvelope } from '@ocop/events';
import { Collection, Connection, mongo } from 'mongoose';
import { EventSink } from './event-consumer';

interface ProcessedEvent {
  _id: string;
  processedAt: Date;
}

/**
 * For reactions (event -> command): remembers, per consumer group, the ids of the events it
 * handled, so a redelivered or replayed event is skipped. The handler runs before the mark, so a
 * crash in between runs it again: handlers must tolerate that (commands are checked against state).
 */
export class DeduplicatingSink implements EventSink {
  private readonly processed: Collection<ProcessedEvent>;

  constructor(
    connection: Connection,
    private readonly groupId: string,
    private readonly handle: (event: EventEnvelope) => Promise<void>,
  ) {
    this.processed = connection.collection<ProcessedEvent>('processed_events');
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const ids = events.map((event) => this.key(event));
    const seen = new Set(
      (await this.processed.find({ _id: { $in: ids } }, { projection: { _id: 1 } }).toArray()).map(
        (doc) => doc._id,
      ),
    );
    for (const event of events) {
      const key = this.key(event);
      if (seen.has(key)) continue;
      await this.handle(event);
      try {
        await this.processed.insertOne({ _id: key, processedAt: new Date() });
      } catch (error) {
        if (!(error instanceof mongo.MongoServerError && error.code === 11000)) throw error;
      }
      seen.add(key);
    }
  }

  private key(event: EventEnvelope): string {
    return `${this.groupId}:${event.eventId}`;
  }
}
