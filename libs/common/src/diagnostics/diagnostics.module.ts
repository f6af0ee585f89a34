import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiagnosticsController } from './diagnostics.controller';
import { PROBE_QUEUE } from './probe';
import { ProbeEventsController } from './probe-events.controller';
import { ProbeProcessor } from './probe.processor';
import { ProbeStore } from './probe.store';

@Module({
  imports: [BullModule.registerQueue({ name: PROBE_QUEUE })],
  controllers: [DiagnosticsController, ProbeEventsController],
  providers: [ProbeStore, ProbeProcessor],
})
export class DiagnosticsModule {}
