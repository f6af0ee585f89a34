import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common';
import { KafkaConnection } from '@ocop/common';
import { Job, Queue } from 'bullmq';
import { CommitDocument } from '../mongo-event-store';
import { eventMessage } from '../outbox-relay';
import { EventStore } from './event-store.providers';
import { REPUBLISH_QUEUE } from './tokens';

/**
 * Re-publishes the whole event store to Kafka, in stored order, for the day a topic is lost.
 * Consumers are idempotent, so events they already have change nothing.
 */
@Processor(REPUBLISH_QUEUE)
export class RepublishProcessor extends WorkerHost {
  constructor(
    private readonly store: EventStore,
    private readonly kafka: KafkaConnection,
  ) {
    super();
  }

  async process(job: Job): Promise<{ events: number }> {
    let events = 0;
    let batch: CommitDocument[] = [];
    const flush = async () => {
      const messages = batch.flatMap((commit) => commit.events.map(eventMessage));
      await this.kafka.publish(messages);
      events += messages.length;
      batch = [];
      await job.updateProgress({ events });
    };
    for await (const commit of this.store.all()) {
      batch.push(commit);
      if (batch.length >= 500) await flush();
    }
    if (batch.length > 0) await flush();
    return { events };
  }
}

@Controller('admin/event-store/republish')
export class RepublishController {
  constructor(@InjectQueue(REPUBLISH_QUEUE) private readonly queue: Queue) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async start(): Promise<{ jobId: string; location: string }> {
    const job = await this.queue.add('republish', {}, { removeOnComplete: 100, removeOnFail: 100 });
    return { jobId: job.id!, location: `/admin/event-store/republish/${job.id}` };
  }

  @Get(':jobId')
  async status(@Param('jobId') jobId: string) {
    // State first, then the job: read the other way round, a job finishing in between would show
    // as completed with the result it did not have yet.
    const state = await this.queue.getJobState(jobId);
    const job = await this.queue.getJob(jobId);
    if (!job || state === 'unknown') throw new NotFoundException(`no republish job ${jobId}`);
    return {
      jobId,
      state,
      progress: job.progress,
      result: job.returnvalue as unknown,
      failedReason: job.failedReason,
    };
  }
}
