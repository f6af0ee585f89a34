import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { SYSTEM_ACTOR } from '@ocop/events';
import { Job, Queue } from 'bullmq';
import { endOfDay } from '../domain/calendar';
import { ExpiryOutcome } from '../domain/mou.aggregate';
import { MouRepository } from '../infrastructure/mou.repository';

export const MOU_EXPIRY_QUEUE = 'mou-expiry';

export interface MouExpiryJob {
  mouId: string;
  /** The end date the job was scheduled for; the MOU's governing version is what counts. */
  endDate: string;
  /** When it is due: the end of endDate in Vietnam. */
  dueAt: string;
  correlationId: string;
}

/** One job per (MOU, end date): scheduling the same end date again adds nothing. */
export function expiryJobId(mouId: string, endDate: string): string {
  return `expiry-${mouId}-${endDate}`;
}

/**
 * Schedules an MOU's expiry at the end of an end date as a BullMQ delayed job. Every version's end
 * date gets one (at draft, amendment and activation); a job for an end date that is no longer the
 * governing one finds the MOU not due, or ended, and changes nothing.
 */
@Injectable()
export class MouExpiryScheduler {
  constructor(
    @InjectQueue(MOU_EXPIRY_QUEUE) private readonly queue: Queue<MouExpiryJob>,
    private readonly clock: Clock,
  ) {}

  async schedule(
    mouId: string,
    endDate: string,
    correlationId: string,
    jobId = expiryJobId(mouId, endDate),
  ): Promise<void> {
    const dueAt = endOfDay(endDate);
    await this.queue.add(
      'expire-at-end-date',
      { mouId, endDate, dueAt: dueAt.toISOString(), correlationId },
      {
        jobId,
        delay: Math.max(0, dueAt.getTime() - this.clock.now().getTime()),
        attempts: 8,
        backoff: { type: 'exponential', delay: 1_000 },
        removeOnComplete: true,
        removeOnFail: 1_000,
      },
    );
  }
}

/**
 * Expires the MOU "at the job's due time" (its end date is over): run late it means then, promoted
 * early (an operator, a test) it means "as if the day were over". Safe to run twice or after the
 * MOU ended; an end date moved later by an activated amendment is not due, and its own job is made
 * sure of.
 */
@Processor(MOU_EXPIRY_QUEUE, { concurrency: 5 })
export class MouExpiryProcessor extends WorkerHost {
  private readonly logger = new Logger(MouExpiryProcessor.name);

  constructor(
    private readonly repository: MouRepository,
    private readonly scheduler: MouExpiryScheduler,
  ) {
    super();
  }

  async process(job: Job<MouExpiryJob>): Promise<ExpiryOutcome> {
    const { mouId, dueAt, correlationId } = job.data;
    const { outcome, endDate } = await executeCommand(
      this.repository.mous,
      mouId,
      { correlationId, causationId: `job-${job.id}`, actor: SYSTEM_ACTOR },
      (mou) => ({
        outcome: mou.expireAt(new Date(dueAt)),
        endDate: mou.governingVersion?.terms.endDate,
      }),
    );
    if (outcome === 'not-due' && endDate) {
      const jobId = expiryJobId(mouId, endDate);
      await this.scheduler.schedule(
        mouId,
        endDate,
        correlationId,
        jobId === job.id ? `${jobId}-again-${Date.now()}` : jobId,
      );
    }
    if (outcome === 'expired') this.logger.log({ mouId, endDate }, 'MOU expired');
    return outcome;
  }
}
