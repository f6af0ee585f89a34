import { SIGNED_HEADERS, signInternalRequest } from '@ocop/common';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import type { Test } from 'supertest';

/** The INTERNAL_SECRET of every service a test starts (unless it passes its own). */
export const TEST_INTERNAL_SECRET = randomBytes(32).toString('hex');

export interface SignOptions {
  secret?: string;
  /** The time the signature claims; now unless given (a test of expired signatures sets it). */
  timestampMs?: number;
}

/** The headers that prove a request came from the gateway, as BackendServices adds them. */
export function internalSignature(
  method: string,
  target: string,
  headers: Record<string, string>,
  body?: string,
  options: SignOptions = {},
): Record<string, string> {
  return signInternalRequest(options.secret ?? TEST_INTERNAL_SECRET, {
    method,
    target,
    headers: Object.fromEntries(SIGNED_HEADERS.map((name) => [name, headers[name]])),
    body,
    timestampMs: options.timestampMs ?? Date.now(),
  });
}

/**
 * fetch, signed as the gateway signs its calls to a service (a test standing in for the gateway).
 * `init.body` must be a string (or absent); `init.headers` a plain object.
 */
export function signedFetch(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  options: SignOptions = {},
): Promise<Response> {
  const method = init.method ?? 'GET';
  const target = new URL(url);
  const headers = {
    ...init.headers,
    ...internalSignature(
      method,
      target.pathname + target.search,
      init.headers ?? {},
      init.body,
      options,
    ),
  };
  return fetch(target, { ...init, method, headers });
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * supertest against an in-process service, each request signed as the gateway signs it, once
 * its path, query, signed headers and body are final (superagent's 'request' event, before it sends).
 */
export function signedSupertest(
  server: Server,
  options: SignOptions = {},
): Record<Method, (path: string) => Test> {
  const sign = (test: Test): Test => {
    test.on('request', () => {
      const pending = test as unknown as {
        req: {
          method: string;
          path: string;
          getHeader(name: string): unknown;
          setHeader(name: string, value: string): void;
        };
        _data?: unknown;
      };
      const { req } = pending;
      const headers: Record<string, string> = {};
      for (const name of SIGNED_HEADERS) {
        const value = req.getHeader(name);
        if (typeof value === 'string') headers[name] = value;
      }
      const data = pending._data;
      const body =
        data === undefined || data === null
          ? undefined
          : typeof data === 'string'
            ? data
            : Buffer.isBuffer(data)
              ? data.toString('utf8')
              : JSON.stringify(data);
      const proof = internalSignature(req.method, req.path, headers, body, options);
      Object.entries(proof).forEach(([name, value]) => req.setHeader(name, value));
    });
    return test;
  };
  const agent = request(server);
  return {
    get: (path) => sign(agent.get(path)),
    post: (path) => sign(agent.post(path)),
    put: (path) => sign(agent.put(path)),
    patch: (path) => sign(agent.patch(path)),
    delete: (path) => sign(agent.delete(path)),
  };
}
