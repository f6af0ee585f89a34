import { Processor, WorkerHost } from '@nestjs/bullmq';
import { ConfigService } from '@nestjs/config';
import { Job } from 'bullmq';
import { CommonSettings } from '../config/settings.schema';
import { PROBE_QUEUE, ProbeMessage } from './probe';
import { ProbeStore } from './probe.store';

@Processor(PROBE_QUEUE)
export class ProbeProcessor extends WorkerHost {
  constructor(
    private readonly store: ProbeStore,
    private readonly config: ConfigService<CommonSettings, true>,
  ) {
    super();
  }

  async process(job: Job<ProbeMessage>): Promise<void> {
    await this.store.record(job.data.probeId, {
      jobRanBy: this.config.get('KAFKA_CLIENT_ID', { infer: true }),
      jobRanAt: new Date(),
    });
  }
}
