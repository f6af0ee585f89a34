/** One topic per aggregate type, keyed by aggregate id, so each aggregate's events stay in order. */
export function topicFor(aggregateType: string): string {
  return `ocop.events.${aggregateType}`;
}

/** Where a consumer puts a message it cannot handle, with the reason in its headers. */
export function deadLetterTopicFor(topic: string): string {
  return `${topic}.dlq`;
}

/** Kafka headers every published event carries, so consumers can route before parsing. */
export const EVENT_HEADERS = {
  eventId: 'event-id',
  type: 'event-type',
  schemaVersion: 'schema-version',
  correlationId: 'correlation-id',
} as const;
