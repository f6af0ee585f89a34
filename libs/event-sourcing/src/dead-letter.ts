import { deadLetterTopicFor } from '@ocop/events';
import { IHeaders, KafkaMessage, Producer } from 'kafkajs';

export const DEAD_LETTER_HEADERS = {
  reason: 'dlq-reason',
  sourceTopic: 'dlq-source-topic',
  sourcePartition: 'dlq-source-partition',
  sourceOffset: 'dlq-source-offset',
  consumerGroup: 'dlq-consumer-group',
  failedAt: 'dlq-failed-at',
} as const;

/**
 * Sends a message that cannot be handled to `<topic>.dlq`, byte for byte, with its original
 * headers and the reason, so it can be inspected and replayed; the partition then moves on.
 */
export async function sendToDeadLetter(
  producer: Producer,
  groupId: string,
  source: { topic: string; partition: number; message: KafkaMessage },
  reason: string,
): Promise<void> {
  const headers: IHeaders = {
    ...(source.message.headers ?? {}),
    [DEAD_LETTER_HEADERS.reason]: reason.slice(0, 2_000),
    [DEAD_LETTER_HEADERS.sourceTopic]: source.topic,
    [DEAD_LETTER_HEADERS.sourcePartition]: String(source.partition),
    [DEAD_LETTER_HEADERS.sourceOffset]: source.message.offset,
    [DEAD_LETTER_HEADERS.consumerGroup]: groupId,
    [DEAD_LETTER_HEADERS.failedAt]: new Date().toISOString(),
  };
  await producer.send({
    topic: deadLetterTopicFor(source.topic),
    acks: -1,
    messages: [{ key: source.message.key, value: source.message.value, headers }],
  });
}
