import type { IncomingMessage, ServerResponse } from 'node:http';
import { correlationIdFor, correlationIdFromKafkaHeaders } from './correlation-id';

function exchange(header?: string) {
  const headers: Record<string, string> = {};
  const req = { headers: header === undefined ? {} : { 'x-correlation-id': header } };
  const res = { setHeader: (name: string, value: string) => (headers[name] = value) };
  const id = correlationIdFor(req as unknown as IncomingMessage, res as unknown as ServerResponse);
  return { id, echoed: headers['x-correlation-id'] };
}

describe('correlation ids', () => {
  it("keeps the caller's id and echoes it", () => {
    expect(exchange('order-42.retry:1')).toEqual({
      id: 'order-42.retry:1',
      echoed: 'order-42.retry:1',
    });
  });

  it('makes a uuid when none is given or the given one is unsafe to log', () => {
    for (const given of [undefined, '', 'has spaces', 'x'.repeat(129), 'a\nb']) {
      const { id, echoed } = exchange(given);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(echoed).toBe(id);
    }
  });

  it('reads the Kafka header whether it arrives as a Buffer or a string', () => {
    expect(correlationIdFromKafkaHeaders({ 'correlation-id': Buffer.from('abc') })).toBe('abc');
    expect(correlationIdFromKafkaHeaders({ 'correlation-id': 'abc' })).toBe('abc');
    expect(correlationIdFromKafkaHeaders({})).toBeUndefined();
    expect(correlationIdFromKafkaHeaders(undefined)).toBeUndefined();
  });
});
