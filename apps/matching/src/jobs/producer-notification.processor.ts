import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Job, Queue } from 'bullmq';
import { Collection, Connection } from 'mongoose';

export const PRODUCER_NOTIFICATIONS_QUEUE = 'producer-notifications';

export interface ProducerNotificationJob {
  producerId: string;
  productId: string;
  productName: string;
  requestId: string;
  distributorId: string;
  score: number;
  correlationId: string;
}

/** One notification per (request, product): a product dropping out and back in is not news. */
export const notificationJobId = (requestId: string, productId: string) =>
  `match-${requestId}-${productId}`;

@Injectable()
export class ProducerNotifier {
  constructor(
    @InjectQueue(PRODUCER_NOTIFICATIONS_QUEUE)
    private readonly queue: Queue<ProducerNotificationJob>,
  ) {}

  async matched(job: ProducerNotificationJob): Promise<void> {
    await this.queue.add('product-matched', job, {
      jobId: notificationJobId(job.requestId, job.productId),
      attempts: 5,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnComplete: 1_000,
      removeOnFail: 1_000,
    });
  }
}

type NotificationDoc = Omit<ProducerNotificationJob, 'correlationId'> & {
  _id: string;
  kind: 'product-matched';
  createdAt: string;
};

/**
 * Tells a producer that one of its products was matched to a buyer's sourcing request. There is
 * no mail or SMS gateway yet: the notification is kept in the producer's inbox collection
 * (`producer_notifications`, one per job id, so a retried job writes it once) and logged.
 */
@Processor(PRODUCER_NOTIFICATIONS_QUEUE)
export class ProducerNotificationProcessor extends WorkerHost {
  private readonly logger = new Logger(ProducerNotificationProcessor.name);
  private readonly inbox: Collection<NotificationDoc>;

  constructor(@InjectConnection() connection: Connection) {
    super();
    this.inbox = connection.collection<NotificationDoc>('producer_notifications');
  }

  async process(job: Job<ProducerNotificationJob>): Promise<void> {
    const { correlationId, ...data } = job.data;
    await this.inbox.updateOne(
      { _id: notificationJobId(data.requestId, data.productId) },
      { $setOnInsert: { ...data, kind: 'product-matched', createdAt: new Date().toISOString() } },
      { upsert: true },
    );
    this.logger.log({ ...data, correlationId }, 'producer notified of a match');
  }
}
