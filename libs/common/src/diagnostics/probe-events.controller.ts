import { Controller, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { CommonSettings } from '../config/settings.schema';
import { correlationIdFromKafkaHeaders } from '../logging/correlation-id';
import { PROBE_TOPIC, ProbeMessage } from './probe';
import { ProbeStore } from './probe.store';

@Controller()
export class ProbeEventsController {
  private readonly logger = new Logger(ProbeEventsController.name);

  constructor(
    private readonly store: ProbeStore,
    private readonly config: ConfigService<CommonSettings, true>,
  ) {}

  @EventPattern(PROBE_TOPIC)
  async onProbe(@Payload() probe: ProbeMessage, @Ctx() context: KafkaContext): Promise<void> {
    if (typeof probe?.probeId !== 'string') {
      this.logger.warn({ offset: context.getMessage().offset }, 'ignored a malformed probe');
      return;
    }
    const correlationId = correlationIdFromKafkaHeaders(context.getMessage().headers);
    await this.store.record(probe.probeId, {
      origin: probe.origin,
      sentAt: probe.sentAt,
      receivedBy: this.config.get('KAFKA_CLIENT_ID', { infer: true }),
      receivedAt: new Date(),
      correlationId,
    });
    this.logger.log({ probeId: probe.probeId, correlationId }, 'probe received over Kafka');
  }
}
