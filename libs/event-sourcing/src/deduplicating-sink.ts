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
 * Events of types the group does not handle pass by unrecorded: there is nothing to repeat.
 */
export class DeduplicatingSink implements EventSink {
  private readonly processed: Collection<ProcessedEvent>;

  constructor(
    connection: Connection,
    private readonly groupId: string,
    private readonly handle: (event: EventEnvelope) => Promise<void>,
    private readonly handles: (event: EventEnvelope) => boolean = () => true,
  ) {
    this.processed = connection.collection<ProcessedEvent>('processed_events');
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const relevant = events.filter((event) => this.handles(event));
    if (relevant.length === 0) return;
    const ids = relevant.map((event) => this.key(event));
    const seen = new Set(
      (await this.processed.find({ _id: { $in: ids } }, { projection: { _id: 1 } }).toArray()).map(
        (doc) => doc._id,
      ),
    );
    const handled: ProcessedEvent[] = [];
    try {
      for (const event of relevant) {
        const key = this.key(event);
        if (seen.has(key)) continue;
        await this.handle(event);
        handled.push({ _id: key, processedAt: new Date() });
        seen.add(key);
      }
    } finally {
      // One write for the batch; when a handler failed, what ran before it is still recorded.
      await this.mark(handled);
    }
  }

  private async mark(handled: ProcessedEvent[]): Promise<void> {
    if (handled.length === 0) return;
    try {
      await this.processed.insertMany(handled, { ordered: false });
    } catch (error) {
      if (!onlyDuplicates(error)) throw error;
    }
  }

  private key(event: EventEnvelope): string {
    return `${this.groupId}:${event.eventId}`;
  }
}

/** A write error that only says some of the ids were recorded already (another consumer won). */
function onlyDuplicates(error: unknown): boolean {
  if (error instanceof mongo.MongoBulkWriteError) {
    const errors: mongo.WriteError[] = [error.writeErrors].flat();
    return errors.length > 0 && errors.every((writeError) => writeError.code === DUPLICATE_KEY);
  }
  return error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY;
}

const DUPLICATE_KEY = 11000;
