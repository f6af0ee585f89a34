import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CommonSettings } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { SYSTEM_ACTOR } from '@ocop/events';
import { Job, Queue } from 'bullmq';
import { SagaOutcome } from '../domain/purchase-order.aggregate';
import { DistributorRepositories } from '../infrastructure/repositories';

export const ORDER_TIMEOUT_QUEUE = 'order-confirmation-timeouts';

export type DistributorsSettings = CommonSettings & { ORDER_CONFIRMATION_TIMEOUT_MS: number };

export interface OrderTimeoutJob {
  orderId: string;
  timeoutMs: number;
  correlationId: string;
}

export function orderTimeoutJobId(orderId: string): string {
  return `timeout-${orderId}`;
}

/** Schedules, per placed order, the rejection that follows when the producer never answers. */
@Injectable()
export class OrderTimeoutScheduler {
  private readonly timeoutMs: number;

  constructor(
    @InjectQueue(ORDER_TIMEOUT_QUEUE) private readonly queue: Queue<OrderTimeoutJob>,
    config: ConfigService<DistributorsSettings, true>,
  ) {
    this.timeoutMs = config.get('ORDER_CONFIRMATION_TIMEOUT_MS', { infer: true });
  }

  async schedule(orderId: string, correlationId: string): Promise<void> {
    await this.queue.add(
      'reject-if-unanswered',
      { orderId, timeoutMs: this.timeoutMs, correlationId },
      {
        jobId: orderTimeoutJobId(orderId),
        delay: this.timeoutMs,
        attempts: 8,
        backoff: { type: 'exponential', delay: 1_000 },
        removeOnComplete: true,
        removeOnFail: 1_000,
      },
    );
  }
}

/**
 * Rejects an order still waiting for the producer's answer with reason `no-answer`. An order that
 * was answered, cancelled or rejected meanwhile is left as it is, so the job is safe to repeat.
 */
@Processor(ORDER_TIMEOUT_QUEUE, { concurrency: 5 })
export class OrderTimeoutProcessor extends WorkerHost {
  private readonly logger = new Logger(OrderTimeoutProcessor.name);

  constructor(private readonly repositories: DistributorRepositories) {
    super();
  }

  async process(job: Job<OrderTimeoutJob>): Promise<SagaOutcome> {
    const { orderId, timeoutMs, correlationId } = job.data;
    const outcome = await executeCommand(
      this.repositories.orders,
      orderId,
      { correlationId, causationId: `job-${job.id}`, actor: SYSTEM_ACTOR },
      (order) => order.rejectForNoAnswer(timeoutMs),
    );
    if (outcome.changed) this.logger.log({ orderId }, 'order rejected: no answer from producer');
    return outcome;
  }
}
