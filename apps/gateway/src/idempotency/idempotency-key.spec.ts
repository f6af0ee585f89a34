import {
  canonicalJson,
  parseIdempotencyKey,
  requestFingerprint,
  scopedCommandId,
} from './idempotency-key';

describe('Idempotency-Key', () => {
  it('takes a bare key or a structured-field string', () => {
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    expect(parseIdempotencyKey('"order 42 \\"a\\""')).toBe('order 42 "a"');
  });

  it('refuses an empty, too long or non-ASCII key', () => {
    for (const bad of ['', '   ', '""', 'x'.repeat(256), 'đơn-hàng', 'tab\there']) {
      expect(parseIdempotencyKey(bad)).toBeNull();
    }
    expect(parseIdempotencyKey('x'.repeat(255))).toHaveLength(255);
  });

  it('fingerprints a body whatever the order of its keys', () => {
    expect(canonicalJson({ b: [{ y: 1, x: 2 }], a: 'á' })).toBe('{"a":"á","b":[{"x":2,"y":1}]}');
    expect(requestFingerprint('post', '/api/v1/orders', { a: 1, b: { c: 2, d: 3 } })).toBe(
      requestFingerprint('POST', '/api/v1/orders', { b: { d: 3, c: 2 }, a: 1 }),
    );
  });

  it('tells apart another body, path, query or method', () => {
    const first = requestFingerprint('POST', '/api/v1/orders', { quantity: 1 });
    expect(requestFingerprint('POST', '/api/v1/orders', { quantity: 2 })).not.toBe(first);
    expect(requestFingerprint('POST', '/api/v1/orders?x=1', { quantity: 1 })).not.toBe(first);
    expect(requestFingerprint('PUT', '/api/v1/orders', { quantity: 1 })).not.toBe(first);
    expect(requestFingerprint('POST', '/api/v1/orderz', { quantity: 1 })).not.toBe(first);
  });

  it('takes no body and an empty body as the same request', () => {
    expect(requestFingerprint('POST', '/api/v1/orders/1/deliver', undefined)).toBe(
      requestFingerprint('POST', '/api/v1/orders/1/deliver', {}),
    );
  });

  it('scopes a key by its caller into a stable UUID', () => {
    const mine = scopedCommandId('user-1', 'k');
    expect(mine).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(scopedCommandId('user-1', 'k')).toBe(mine);
    expect(scopedCommandId('user-2', 'k')).not.toBe(mine);
    // The separator keeps ('ab', 'c') and ('a', 'bc') apart.
    expect(scopedCommandId('ab', 'c')).not.toBe(scopedCommandId('a', 'bc'));
  });
});
