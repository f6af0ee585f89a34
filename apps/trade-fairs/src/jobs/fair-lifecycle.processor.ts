import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { FairStatus, SYSTEM_ACTOR } from '@ocop/events';
import { Job, Queue } from 'bullmq';
import { FAIR_PHASES, FairSchedule, ScheduleField, statusRank } from '../domain/fair-schedule';
import { ReadViews } from '../infrastructure/read-views';
import { TradeFairRepositories } from '../infrastructure/repositories';

export const FAIR_LIFECYCLE_QUEUE = 'fair-lifecycle';

export interface FairPhaseJob {
  fairId: string;
  /** The status the job takes the fair to. */
  status: FairStatus;
  /** The schedule time it was set for; the fair's current schedule is what counts. */
  dueAt: string;
  correlationId: string;
}

export interface FairPhaseOutcome {
  outcome: 'unknown-fair' | 'advanced' | 'nothing-due';
  /** Whether the job was for the fair's current time of its step (not one moved since). */
  current: boolean;
  reached: FairStatus[];
  status?: FairStatus;
}

/** One job per (fair, step, time): scheduling the same time twice makes one job. */
export function phaseJobId(fairId: string, status: FairStatus, dueAt: string): string {
  return `phase-${fairId}-${status}-${Date.parse(dueAt)}`;
}

/**
 * Schedules a fair's lifecycle as BullMQ delayed jobs, one per step at its configured time
 * (booking opens, booking closes, the fair starts, the fair ends). Rescheduling adds jobs for the
 * moved times and removes the old ones; an old job that still runs finds its time moved and only
 * does what the clock says is due.
 */
@Injectable()
export class FairLifecycleScheduler {
  private readonly logger = new Logger(FairLifecycleScheduler.name);

  constructor(@InjectQueue(FAIR_LIFECYCLE_QUEUE) private readonly queue: Queue<FairPhaseJob>) {}

  async schedule(
    fairId: string,
    schedule: FairSchedule,
    correlationId: string,
    fields: readonly ScheduleField[] = FAIR_PHASES.map((phase) => phase.at),
  ): Promise<void> {
    for (const phase of FAIR_PHASES.filter((p) => fields.includes(p.at))) {
      await this.add({ fairId, status: phase.status, dueAt: schedule[phase.at], correlationId });
    }
  }

  async add(
    job: FairPhaseJob,
    jobId = phaseJobId(job.fairId, job.status, job.dueAt),
  ): Promise<void> {
    await this.queue.add(job.status, job, {
      jobId,
      delay: Math.max(0, Date.parse(job.dueAt) - Date.now()),
      attempts: 8,
      backoff: { type: 'exponential', delay: 1_000 },
      // Gone once done, so a time moved away and back can be scheduled again.
      removeOnComplete: true,
      removeOnFail: 1_000,
    });
  }

  /** Best effort: a job left behind finds its time moved and does only what is due. */
  async unschedule(
    fairId: string,
    schedule: FairSchedule,
    fields: readonly ScheduleField[],
  ): Promise<void> {
    for (const phase of FAIR_PHASES.filter((p) => fields.includes(p.at))) {
      try {
        await this.queue.remove(phaseJobId(fairId, phase.status, schedule[phase.at]));
      } catch (error) {
        this.logger.warn(
          { err: error, fairId, status: phase.status },
          'could not remove the job of a moved time; it will find nothing due',
        );
      }
    }
  }
}

/**
 * Takes a fair through every step due by now. A job still current for its step acts as at its
 * due time even when run early (promoted by an operator, or by a test: "it is that time now") or
 * late; a job whose time was moved acts only on what the clock says is due. Steps already taken
 * (by an earlier job or the officer) are skipped, so the job is safe to run any number of times.
 */
@Processor(FAIR_LIFECYCLE_QUEUE, { concurrency: 5 })
export class FairLifecycleProcessor extends WorkerHost {
  private readonly logger = new Logger(FairLifecycleProcessor.name);

  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly views: ReadViews,
    private readonly scheduler: FairLifecycleScheduler,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job<FairPhaseJob>): Promise<FairPhaseOutcome> {
    const { fairId, status, dueAt, correlationId } = job.data;
    const phase = FAIR_PHASES.find((p) => p.status === status);
    if (!(await this.repositories.fairs.load(fairId)).isScheduled || !phase) {
      return { outcome: 'unknown-fair', current: false, reached: [] };
    }
    const { reached, current, view, schedule } = await executeCommand(
      this.repositories.fairs,
      fairId,
      { correlationId, causationId: `job-${job.id}`, actor: SYSTEM_ACTOR },
      (fair) => {
        const schedule = fair.schedule!;
        const current = schedule[phase.at] === dueAt;
        const now = this.clock.now();
        const asOf = current && Date.parse(dueAt) > now.getTime() ? new Date(dueAt) : now;
        return { reached: fair.advanceBySchedule(asOf), current, view: fair.view()!, schedule };
      },
    );
    if (reached.length > 0) await this.views.fairs.put(fairId, view);
    if (!current && statusRank(view.status) < statusRank(status)) {
      // The step's time moved. Its own job normally exists already (same id: nothing is added);
      // this makes sure of it should that schedule have been lost.
      const jobId = phaseJobId(fairId, status, schedule[phase.at]);
      await this.scheduler.add(
        { fairId, status, dueAt: schedule[phase.at], correlationId },
        jobId === job.id ? `${jobId}-again-${Date.now()}` : jobId,
      );
    }
    this.logger.debug({ fairId, status, reached }, 'fair lifecycle job');
    return {
      outcome: reached.length > 0 ? 'advanced' : 'nothing-due',
      current,
      reached,
      status: view.status,
    };
  }
}
