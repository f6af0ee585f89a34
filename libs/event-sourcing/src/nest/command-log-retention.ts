import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { EventStore } from './event-store.providers';
import { COMMAND_LOG_RETENTION_QUEUE } from './tokens';

/**
 * How long a keyed command's entry is kept: well past the gateway's 24 h memory of an
 * Idempotency-Key, so a client's retry within that promise always finds its command.
 */
export const COMMAND_LOG_RETENTION_MS = 7 * 24 * 3_600_000;
const EVERY_MS = 6 * 3_600_000;

/** Forgets the command log's entries older than COMMAND_LOG_RETENTION_MS. */
@Processor(COMMAND_LOG_RETENTION_QUEUE)
export class CommandLogRetentionProcessor extends WorkerHost {
  constructor(private readonly store: EventStore) {
    super();
  }

  async process(): Promise<{ forgotten: number }> {
    const forgotten = await this.store.forgetCommandsBefore(
      new Date(Date.now() - COMMAND_LOG_RETENTION_MS),
    );
    return { forgotten };
  }
}

/** One schedule per service, whichever replica starts first (upserting it again changes nothing). */
@Injectable()
export class CommandLogRetentionSchedule implements OnApplicationBootstrap {
  constructor(@InjectQueue(COMMAND_LOG_RETENTION_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'forget-old-commands',
      { every: EVERY_MS },
      { name: 'forget', opts: { removeOnComplete: 20, removeOnFail: 20 } },
    );
  }
}
