import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { PartyRef } from '../domain/mou.aggregate';
import { MouRepository } from '../infrastructure/mou.repository';

export const OBLIGATION_REMINDER_QUEUE = 'mou-obligation-reminders';
/** An overdue obligation is brought up again every week until it is met or the MOU ends. */
export const REMINDER_INTERVAL_MS = 7 * 86_400_000;

export interface ObligationReminderJob {
  mouId: string;
  version: number;
  obligationId: string;
  /** 1 for the reminder that goes with ObligationOverdue, then 2, 3, ... weekly. */
  reminder: number;
  correlationId: string;
}

export interface ReminderOutcome {
  reminded: boolean;
  parties: PartyRef[];
}

export function reminderJobId(
  job: Pick<ObligationReminderJob, 'mouId' | 'version' | 'obligationId' | 'reminder'>,
): string {
  return `reminder-${job.mouId}-v${job.version}-${job.obligationId}-${job.reminder}`;
}

@Injectable()
export class ObligationReminderScheduler {
  constructor(
    @InjectQueue(OBLIGATION_REMINDER_QUEUE) private readonly queue: Queue<ObligationReminderJob>,
  ) {}

  async schedule(
    job: Omit<ObligationReminderJob, 'reminder'>,
    reminder: number,
    delayMs: number,
  ): Promise<void> {
    const data = { ...job, reminder };
    await this.queue.add('remind-parties', data, {
      jobId: reminderJobId(data),
      delay: delayMs,
      attempts: 5,
      backoff: { type: 'exponential', delay: 1_000 },
      // Kept a while, so what was sent can be looked up (and one reminder is never sent twice).
      removeOnComplete: { age: 90 * 86_400, count: 10_000 },
      removeOnFail: 1_000,
    });
  }
}

/**
 * Reminds the parties of an overdue obligation, then schedules the next reminder a week later; it
 * stops once the obligation is met, its version is no longer in force, or the MOU ended. There is
 * no notification service yet: the reminder is a structured log line naming the parties, and the
 * job's result (kept) says whom it was for.
 */
@Processor(OBLIGATION_REMINDER_QUEUE, { concurrency: 5 })
export class ObligationReminderProcessor extends WorkerHost {
  private readonly logger = new Logger(ObligationReminderProcessor.name);

  constructor(
    private readonly repository: MouRepository,
    private readonly scheduler: ObligationReminderScheduler,
  ) {
    super();
  }

  async process(job: Job<ObligationReminderJob>): Promise<ReminderOutcome> {
    const { mouId, version, obligationId, reminder, correlationId } = job.data;
    const mou = await this.repository.mous.load(mouId);
    if (!mou.stillOverdue(version, obligationId)) return { reminded: false, parties: [] };
    const parties = mou.parties();
    this.logger.warn(
      { mouId, version, obligationId, reminder, parties, correlationId },
      'reminder: an MOU obligation is overdue',
    );
    await this.scheduler.schedule(
      { mouId, version, obligationId, correlationId },
      reminder + 1,
      REMINDER_INTERVAL_MS,
    );
    return { reminded: true, parties };
  }
}
