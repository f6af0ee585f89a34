import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-schema';
import { session } from './session';

/** The gateway's answer to a refused request: `{statusCode, error, message[]}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
  ) {
    super(messages.join('; ') || `HTTP ${status}`);
  }
}

const authAndErrors: Middleware = {
  onRequest({ request }) {
    const current = session.current();
    if (current) request.headers.set('Authorization', `Bearer ${current.token}`);
    return request;
  },
  onResponse({ response }) {
    // A token the gateway no longer takes (expired, or signed before a restart): back to login.
    if (response.status === 401 && session.current()) session.expire();
    return response;
  },
};

/** The one client of the gateway's API (its paths include /api/v1), typed by its OpenAPI document (api-schema.d.ts). */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(authAndErrors);

function messagesOf(status: number, body: unknown): string[] {
  if (body && typeof body === 'object' && 'message' in body) {
    const message = body.message;
    if (Array.isArray(message)) return message.map(String);
    if (typeof message === 'string') return [message];
  }
  return status ? [] : ['network'];
}

/**
 * The data of an openapi-fetch answer, or an ApiError carrying the gateway's messages. Every call
 * goes through here, so pages handle one kind of failure.
 */
export async function ok<T>(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<T> {
  let answer: { data?: unknown; error?: unknown; response: Response };
  try {
    answer = await call;
  } catch {
    throw new ApiError(0, []);
  }
  if (answer.error !== undefined || !answer.response.ok) {
    throw new ApiError(answer.response.status, messagesOf(answer.response.status, answer.error));
  }
  return answer.data as T;
}

/** A fresh Idempotency-Key (crypto.randomUUID needs a secure context; the console may not have one). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Downloads a file the server streams (exports), with the session's token. */
export async function download(path: string): Promise<string> {
  const current = session.current();
  const response = await fetch(`/api/v1${path}`, {
    headers: current ? { Authorization: `Bearer ${current.token}` } : {},
  });
  if (response.status === 401 && current) session.expire();
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    throw new ApiError(response.status, messagesOf(response.status, body));
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const name =
    /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ??
    /filename="?([^";]+)"?/i.exec(disposition)?.[1] ??
    path.split('/').pop() ??
    'export';
  const file = decodeURIComponent(name);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file;
}
