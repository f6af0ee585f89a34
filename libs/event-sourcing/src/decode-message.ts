import { EventCatalog, EventEnvelope, parseEnvelope } from '@ocop/events';
import { KafkaMessage } from 'kafkajs';

export type Decoded = { ok: true; event: EventEnvelope } | { ok: false; reason: string };

/** Bytes -> JSON -> envelope -> current schema version with a valid payload, or why not. */
export function decodeMessage(message: KafkaMessage, catalog: EventCatalog): Decoded {
  if (!message.value) return { ok: false, reason: 'empty message' };
  let json: unknown;
  try {
    json = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: `not JSON: ${(error as Error).message}` };
  }
  try {
    return { ok: true, event: catalog.read(parseEnvelope(json)) };
  } catch (error) {
    return { ok: false, reason: `${(error as Error).name}: ${(error as Error).message}` };
  }
}
