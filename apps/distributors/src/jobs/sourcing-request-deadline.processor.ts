import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { executeCommand } from '@ocop/event-sourcing';
import { SYSTEM_ACTOR } from '@ocop/events';
import { Job, Queue } from 'bullmq';
import { DeadlineOutcome } from '../domain/sourcing-request.aggregate';
import { DistributorRepositories } from '../infrastructure/repositories';

export const SOURCING_DEADLINE_QUEUE = 'sourcing-request-deadlines';

export interface SourcingDeadlineJob {
  sourcingRequestId: string;
  /** The deadline the job was scheduled for; the request's current deadline is what counts. */
  deadline: string;
  correlationId: string;
}

/** One job per (request, deadline), so scheduling the same deadline twice makes one job. */
export function deadlineJobId(sourcingRequestId: string, deadline: string): string {
  return `deadline-${sourcingRequestId}-${Date.parse(deadline)}`;
}

/**
 * Schedules the close of a sourcing request at its deadline as a BullMQ delayed job. Moving the
 * deadline schedules a job for the new one and removes the old; a job that still runs for an old
 * deadline finds the request not due (or closed) and changes nothing.
 */
@Injectable()
export class SourcingDeadlineScheduler {
  private readonly logger = new Logger(SourcingDeadlineScheduler.name);

  constructor(
    @InjectQueue(SOURCING_DEADLINE_QUEUE) private readonly queue: Queue<SourcingDeadlineJob>,
  ) {}

  async schedule(
    sourcingRequestId: string,
    deadline: string,
    correlationId: string,
    jobId = deadlineJobId(sourcingRequestId, deadline),
  ): Promise<void> {
    await this.queue.add(
      'close-at-deadline',
      { sourcingRequestId, deadline, correlationId },
      {
        jobId,
        delay: Math.max(0, Date.parse(deadline) - Date.now()),
        attempts: 8,
        backoff: { type: 'exponential', delay: 1_000 },
        // Gone once done, so the same deadline can be scheduled again after a move there and back.
        removeOnComplete: true,
        removeOnFail: 1_000,
      },
    );
  }

  /** Best effort: a job left behind only finds the request not due and does nothing. */
  async unschedule(sourcingRequestId: string, deadline: string): Promise<void> {
    try {
      await this.queue.remove(deadlineJobId(sourcingRequestId, deadline));
    } catch (error) {
      this.logger.warn(
        { err: error, sourcingRequestId, deadline },
        'could not remove the job of a moved deadline; it will find nothing to do',
      );
    }
  }
}

/** Closes an open sourcing request whose deadline has passed; safe to run twice or after a close. */
@Processor(SOURCING_DEADLINE_QUEUE, { concurrency: 5 })
export class SourcingDeadlineProcessor extends WorkerHost {
  private readonly logger = new Logger(SourcingDeadlineProcessor.name);

  constructor(
    private readonly repositories: DistributorRepositories,
    private readonly scheduler: SourcingDeadlineScheduler,
  ) {
    super();
  }

  async process(job: Job<SourcingDeadlineJob>): Promise<DeadlineOutcome> {
    const { sourcingRequestId, correlationId } = job.data;
    const { outcome, deadline } = await executeCommand(
      this.repositories.sourcingRequests,
      sourcingRequestId,
      { correlationId, causationId: `job-${job.id}`, actor: SYSTEM_ACTOR },
      (request) => ({ outcome: request.closeAtDeadline(new Date()), deadline: request.deadline }),
    );
    if (outcome === 'not-due' && deadline) {
      // The deadline moved later. Its own job normally exists already (same id: nothing added);
      // this makes sure of it should that schedule have been lost.
      const jobId = deadlineJobId(sourcingRequestId, deadline);
      await this.scheduler.schedule(
        sourcingRequestId,
        deadline,
        correlationId,
        jobId === job.id ? `${jobId}-again-${Date.now()}` : jobId,
      );
    }
    this.logger.debug({ sourcingRequestId, outcome }, 'sourcing request deadline job');
    return outcome;
  }
}
