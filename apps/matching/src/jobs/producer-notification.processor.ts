import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Job, Queue } from 'bullmq';
import { insertAbsent } from '@ocop/event-sourcing';
import { Collection, Connection } from 'mongoose';
import { createHash } from 'node:crypto';

export const PRODUCER_NOTIFICATIONS_QUEUE = 'producer-notifications';

/** One product newly matched to a request: what its producer is told. */
export interface ProductMatchNotice {
  producerId: string;
  productId: string;
  productName: string;
  score: number;
}

/** The products one proposal added to a request's matches: one job, one inbox write. */
export interface ProducerNotificationJob {
  requestId: string;
  distributorId: string;
  correlationId: string;
  matched: ProductMatchNotice[];
}

/** One notification per (request, product): a product dropping out and back in is not news. */
export const notificationId = (requestId: string, productId: string) =>
  `match-${requestId}-${productId}`;

@Injectable()
export class ProducerNotifier {
  constructor(
    @InjectQueue(PRODUCER_NOTIFICATIONS_QUEUE)
    private readonly queue: Queue<ProducerNotificationJob>,
  ) {}

  async matched(job: ProducerNotificationJob): Promise<void> {
    if (job.matched.length === 0) return;
    // The same proposal retried (a redelivered event) makes the same job id: queued once.
    const products = job.matched.map((notice) => notice.productId).sort();
    const digest = createHash('sha1').update(products.join(',')).digest('hex');
    await this.queue.add('products-matched', job, {
      jobId: `matches-${job.requestId}-${digest}`,
      attempts: 5,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnComplete: 1_000,
      removeOnFail: 1_000,
    });
  }
}

/** A job queued before one job carried a whole proposal: one product each. */
type LegacyNotificationJob = ProductMatchNotice &
  Pick<ProducerNotificationJob, 'requestId' | 'distributorId' | 'correlationId'>;

function currentShape(
  data: ProducerNotificationJob | LegacyNotificationJob,
): ProducerNotificationJob {
  if ('matched' in data) return data;
  const { requestId, distributorId, correlationId, ...notice } = data;
  return { requestId, distributorId, correlationId, matched: [notice] };
}

type NotificationDoc = ProductMatchNotice & {
  _id: string;
  requestId: string;
  distributorId: string;
  kind: 'product-matched';
  createdAt: string;
};

/**
 * Tells a producer that one of its products was matched to a buyer's sourcing request. There is
 * no mail or SMS gateway yet: the notification is kept in the producer's inbox collection
 * (`producer_notifications`, one per request and product, so a retried job writes it once) and
 * logged, one line per job. One job carries every product a proposal added.
 */
@Processor(PRODUCER_NOTIFICATIONS_QUEUE)
export class ProducerNotificationProcessor extends WorkerHost {
  private readonly logger = new Logger(ProducerNotificationProcessor.name);
  private readonly inbox: Collection<NotificationDoc>;

  constructor(@InjectConnection() connection: Connection) {
    super();
    this.inbox = connection.collection<NotificationDoc>('producer_notifications');
  }

  async process(job: Job<ProducerNotificationJob | LegacyNotificationJob>): Promise<void> {
    const { requestId, distributorId, correlationId, matched } = currentShape(job.data);
    const createdAt = new Date().toISOString();
    await insertAbsent(
      this.inbox,
      matched.map((notice) => ({
        _id: notificationId(requestId, notice.productId),
        ...notice,
        requestId,
        distributorId,
        kind: 'product-matched' as const,
        createdAt,
      })),
    );
    // One line per job: a ranking adds up to 20 matches at once.
    this.logger.log(
      {
        requestId,
        distributorId,
        correlationId,
        matched: matched.map(({ producerId, productId, score }) => ({
          producerId,
          productId,
          score,
        })),
      },
      'producers notified of matches',
    );
  }
}
