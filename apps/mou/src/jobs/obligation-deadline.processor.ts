import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { SYSTEM_ACTOR } from '@ocop/events';
import { Job, Queue } from 'bullmq';
import { endOfDay } from '../domain/calendar';
import { OverdueOutcome } from '../domain/mou.aggregate';
import { MouRepository } from '../infrastructure/mou.repository';
import { ObligationReminderScheduler } from './obligation-reminder.processor';

export const OBLIGATION_DEADLINE_QUEUE = 'mou-obligation-deadlines';

export interface ObligationDeadlineJob {
  mouId: string;
  version: number;
  obligationId: string;
  dueDate: string;
  /** The end of dueDate in Vietnam: from then on an unmet obligation is overdue. */
  dueAt: string;
  correlationId: string;
}

export function deadlineJobId(mouId: string, version: number, obligationId: string): string {
  return `overdue-${mouId}-v${version}-${obligationId}`;
}

/**
 * One delayed job per obligation of a version, due when its due day is over. Scheduled when the
 * version is drafted or amended and again when it comes into force (same job id: added once while
 * it waits); a job that runs before its version is in force does nothing, and the one added at
 * activation then runs at once if the day is already over.
 */
@Injectable()
export class ObligationDeadlineScheduler {
  constructor(
    @InjectQueue(OBLIGATION_DEADLINE_QUEUE) private readonly queue: Queue<ObligationDeadlineJob>,
    private readonly clock: Clock,
  ) {}

  async schedule(
    mouId: string,
    version: number,
    obligation: { obligationId: string; dueDate: string },
    correlationId: string,
  ): Promise<void> {
    const dueAt = endOfDay(obligation.dueDate);
    await this.queue.add(
      'report-if-overdue',
      {
        mouId,
        version,
        obligationId: obligation.obligationId,
        dueDate: obligation.dueDate,
        dueAt: dueAt.toISOString(),
        correlationId,
      },
      {
        jobId: deadlineJobId(mouId, version, obligation.obligationId),
        delay: Math.max(0, dueAt.getTime() - this.clock.now().getTime()),
        attempts: 8,
        backoff: { type: 'exponential', delay: 1_000 },
        // Gone once done, so activation can add it again for a version that was not in force yet.
        removeOnComplete: true,
        removeOnFail: 1_000,
      },
    );
  }
}

/**
 * At the obligation's due time (see MouExpiryProcessor for "due time" when promoted): reports an
 * unmet obligation of the version in force overdue (ObligationOverdue) and starts its reminders.
 * Safe to run twice or late; nothing for a met obligation or an MOU that ended.
 */
@Processor(OBLIGATION_DEADLINE_QUEUE, { concurrency: 5 })
export class ObligationDeadlineProcessor extends WorkerHost {
  private readonly logger = new Logger(ObligationDeadlineProcessor.name);

  constructor(
    private readonly repository: MouRepository,
    private readonly reminders: ObligationReminderScheduler,
  ) {
    super();
  }

  async process(job: Job<ObligationDeadlineJob>): Promise<OverdueOutcome> {
    const { mouId, version, obligationId, dueAt, correlationId } = job.data;
    const outcome = await executeCommand(
      this.repository.mous,
      mouId,
      { correlationId, causationId: `job-${job.id}`, actor: SYSTEM_ACTOR },
      (mou) => mou.markOverdue(version, obligationId, new Date(dueAt)),
    );
    if (outcome === 'overdue' || outcome === 'already-overdue') {
      // A retry after the event was stored lands here as already-overdue: the reminder is added
      // once either way (its job id).
      await this.reminders.schedule({ mouId, version, obligationId, correlationId }, 1, 0);
    }
    if (outcome === 'overdue') {
      this.logger.warn({ mouId, version, obligationId, dueAt }, 'MOU obligation overdue');
    }
    return outcome;
  }
}
