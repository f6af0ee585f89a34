import { EventEnvelope } from '@ocop/events';
import { Collection, Connection } from 'mongoose';
import { insertAbsent } from './insert-absent';
import { EventSink } from './event-consumer';

interface ProcessedEvent {
  _id: string;
  processedAt: Date;
}

/**
 * For reactions (event -> command): remembers, per consumer group, the ids of the events it
 * handled, so a redelivered or replayed event is skipped. The handler runs before the mark, so a
 * crash in between runs it again: handlers must tolerate that (commands are checked against state).
 * The consumer hands it only the types the group handles (EventConsumerOptions.handles), so the
 * events of the topic's other types are never recorded.
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
    if (events.length === 0) return;
    const ids = events.map((event) => this.key(event));
    const seen = new Set(
      (await this.processed.find({ _id: { $in: ids } }, { projection: { _id: 1 } }).toArray()).map(
        (doc) => doc._id,
      ),
    );
    const handled: ProcessedEvent[] = [];
    try {
      for (const event of events) {
        const key = this.key(event);
        if (seen.has(key)) continue;
        await this.handle(event);
        handled.push({ _id: key, processedAt: new Date() });
        seen.add(key);
      }
    } finally {
      // One write for the batch; when a handler failed, what ran before it is still recorded.
      await insertAbsent(this.processed, handled);
    }
  }

  private key(event: EventEnvelope): string {
    return `${this.groupId}:${event.eventId}`;
  }
}
