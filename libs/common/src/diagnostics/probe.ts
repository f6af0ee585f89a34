/** Topic every service listens on for wiring probes (Kafka -> service -> MongoDB). */
export const PROBE_TOPIC = 'ocop.diagnostics.probes';
export const PROBE_QUEUE = 'diagnostics';
export const PROBE_COLLECTION = 'diagnostic_probes';

export interface ProbeMessage {
  probeId: string;
  origin: string;
  sentAt: string;
}

/** What one service saw of a probe: the Kafka message and/or the BullMQ job it enqueued. */
export interface ProbeRecord {
  probeId: string;
  origin?: string;
  sentAt?: string;
  receivedBy?: string;
  receivedAt?: Date;
  correlationId?: string;
  jobRanBy?: string;
  jobRanAt?: Date;
}
