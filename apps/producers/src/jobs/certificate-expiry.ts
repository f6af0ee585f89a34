import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@ocop/events';
import { executeCommand } from '@ocop/event-sourcing';
import { Job, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { ProducerRepository } from '../producer.repository';

export const CERTIFICATE_EXPIRY_QUEUE = 'certificate-expiry';

interface ExpiryJob {
  producerId: string;
  productId: string;
  decisionNumber: string;
  expiresOn: string;
}

/**
 * One delayed job per certificate decision, due at 00:00 in Việt Nam on its expiry day: the day
 * every service judges validity on.
 */
@Injectable()
export class CertificateExpiryScheduler {
  constructor(@InjectQueue(CERTIFICATE_EXPIRY_QUEUE) private readonly queue: Queue<ExpiryJob>) {}

  async schedule(job: ExpiryJob): Promise<void> {
    const due = Date.parse(`${job.expiresOn}T00:00:00.000+07:00`);
    await this.queue.add('expire', job, {
      // Scheduling the same decision twice (a retried command) keeps one job.
      jobId: `${job.producerId}:${job.productId}:${job.decisionNumber}`,
      delay: Math.max(0, due - Date.now()),
      attempts: 5,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnComplete: 1_000,
      removeOnFail: 1_000,
    });
  }
}

@Processor(CERTIFICATE_EXPIRY_QUEUE)
export class CertificateExpiryProcessor extends WorkerHost {
  constructor(private readonly producers: ProducerRepository) {
    super();
  }

  async process(job: Job<ExpiryJob>): Promise<{ expired: boolean }> {
    const { producerId, productId, decisionNumber } = job.data;
    // The job is due on the expiry day; run early (an operator promoting it) it means "expire now".
    const today = job.data.expiresOn;
    const expired = await executeCommand(
      this.producers.repository,
      producerId,
      { correlationId: `certificate-expiry:${job.id ?? randomUUID()}`, actor: SYSTEM_ACTOR },
      (producer) => producer.expireCertification(productId, decisionNumber, today),
    );
    return { expired };
  }
}
