import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
} from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { ApiExcludeController } from '@nestjs/swagger';
import { ConfigService } from '@nestjs/config';
import { Queue } from 'bullmq';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { CommonSettings } from '../config/settings.schema';
import { CORRELATION_ID_KAFKA_HEADER, requestCorrelationId } from '../logging/correlation-id';
import { KafkaConnection } from '../kafka/kafka-connection.service';
import { PROBE_QUEUE, PROBE_TOPIC, ProbeMessage, ProbeRecord } from './probe';
import { ProbeStore } from './probe.store';

/**
 * Wiring probes for operators: one call sends a message through Kafka (every service records it
 * in its own database) and a job through this service's BullMQ queue, so a deployment can be
 * checked end to end without touching business data.
 * Operators' tool, like /health and /metrics: not part of the public API's document.
 */
@ApiExcludeController()
@Controller('diagnostics/probes')
export class DiagnosticsController {
  constructor(
    private readonly kafka: KafkaConnection,
    private readonly store: ProbeStore,
    private readonly config: ConfigService<CommonSettings, true>,
    @InjectQueue(PROBE_QUEUE) private readonly queue: Queue<ProbeMessage>,
  ) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async send(@Req() req: Request): Promise<{ probeId: string }> {
    const probe: ProbeMessage = {
      probeId: randomUUID(),
      origin: this.config.get('KAFKA_CLIENT_ID', { infer: true }),
      sentAt: new Date().toISOString(),
    };
    const correlationId = requestCorrelationId(req) ?? probe.probeId;
    await this.kafka.publish([
      {
        topic: PROBE_TOPIC,
        key: probe.probeId,
        value: probe,
        headers: { [CORRELATION_ID_KAFKA_HEADER]: correlationId },
      },
    ]);
    await this.queue.add('probe', probe, {
      jobId: probe.probeId,
      removeOnComplete: 1_000,
      removeOnFail: 1_000,
    });
    return { probeId: probe.probeId };
  }

  @Get(':probeId')
  async find(@Param('probeId', new ParseUUIDPipe()) probeId: string): Promise<ProbeRecord> {
    const record = await this.store.find(probeId);
    if (!record) throw new NotFoundException(`probe ${probeId} has not reached this service`);
    return record;
  }
}
