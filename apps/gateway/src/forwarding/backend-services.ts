import { Injectable, OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  BACKEND_SERVICES,
  CommonSettings,
  ServiceName,
  serviceUrlSetting,
  SIGNED_HEADERS,
  signInternalRequest,
} from '@ocop/common';
import { Agent, Dispatcher, request } from 'undici';

export interface BackendCall {
  method: string;
  /** Path and query string on the backend, e.g. `/orders/42?x=1`. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  correlationId?: string;
  timeoutMs?: number;
}

export interface BackendResponse {
  status: number;
  body: unknown;
  /** The service's Retry-After, passed on with its 503. */
  retryAfter?: string;
}

/** A backend's answer as it arrives: its headers, and its body still to be read. */
export interface BackendStream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData['body'];
}

/**
 * The internal HTTP addresses of the services the gateway forwards to, and the calls to them:
 * undici's request over kept-alive connections (fetch cost the gateway more CPU per call). Each
 * call carries the gateway's signature (INTERNAL_SECRET), the only proof a service accepts.
 */
@Injectable()
export class BackendServices implements OnApplicationShutdown {
  private readonly urls: ReadonlyMap<ServiceName, string>;
  private readonly timeoutMs: number;
  private readonly internalSecret: string;
  private readonly connections = new Agent({ keepAliveTimeout: 30_000 });

  constructor(config: ConfigService<CommonSettings & Record<string, string>, true>) {
    this.urls = new Map(
      BACKEND_SERVICES.map((service) => [
        service,
        config.get(serviceUrlSetting(service), { infer: true }).replace(/\/$/, ''),
      ]),
    );
    this.timeoutMs = config.get('HEALTH_TIMEOUT_MS', { infer: true });
    this.internalSecret = config.get('INTERNAL_SECRET', { infer: true });
  }

  names(): ServiceName[] {
    return [...this.urls.keys()];
  }

  urlOf(service: ServiceName): string {
    const url = this.urls.get(service);
    if (!url) throw new Error(`no backend service called ${service}`);
    return url;
  }

  get(service: ServiceName, path: string, correlationId?: string): Promise<BackendResponse> {
    return this.send(service, { method: 'GET', path, correlationId });
  }

  /**
   * One HTTP call to a backend. A backend that cannot be reached or does not answer in time is a
   * 503 for the caller (ServiceUnavailableException), never a 500 of the gateway's own.
   */
  async send(service: ServiceName, call: BackendCall): Promise<BackendResponse> {
    const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
    const { url, headers } = this.signed(service, call, payload);
    let text: string;
    let status: number;
    let retryAfter: unknown;
    try {
      const response = await request(url, {
        method: call.method,
        headers,
        body: payload,
        signal: AbortSignal.timeout(call.timeoutMs ?? this.timeoutMs * 5),
        dispatcher: this.connections,
      });
      status = response.statusCode;
      retryAfter = response.headers['retry-after'];
      text = await response.body.text();
    } catch (cause) {
      throw new ServiceUnavailableException(`the ${service} service did not answer; try again`, {
        cause,
      });
    }
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text as it came
    }
    return { status, body, ...(typeof retryAfter === 'string' ? { retryAfter } : {}) };
  }

  /**
   * A GET whose answer is passed on as it streams in (a file): the timeout bounds the wait for its
   * headers and each pause between chunks, not the whole download.
   */
  async stream(service: ServiceName, call: BackendCall): Promise<BackendStream> {
    const { url, headers } = this.signed(service, { ...call, method: 'GET' }, undefined);
    const timeout = call.timeoutMs ?? this.timeoutMs * 5;
    try {
      const response = await request(url, {
        method: 'GET',
        headers,
        headersTimeout: timeout,
        bodyTimeout: timeout,
        dispatcher: this.connections,
      });
      return { status: response.statusCode, headers: response.headers, body: response.body };
    } catch (cause) {
      throw new ServiceUnavailableException(`the ${service} service did not answer; try again`, {
        cause,
      });
    }
  }

  /** The call's URL and headers, with the gateway's signature over what is sent. */
  private signed(
    service: ServiceName,
    call: BackendCall,
    payload: string | undefined,
  ): { url: URL; headers: Record<string, string> } {
    const headers: Record<string, string> = { ...call.headers };
    if (call.correlationId) headers['x-correlation-id'] = call.correlationId;
    if (payload !== undefined) headers['content-type'] = 'application/json';
    // Signed as sent: undici sends the URL's normalised path and query.
    const url = new URL(`${this.urlOf(service)}${call.path}`);
    Object.assign(
      headers,
      signInternalRequest(this.internalSecret, {
        method: call.method,
        target: url.pathname + url.search,
        headers: Object.fromEntries(SIGNED_HEADERS.map((name) => [name, headers[name]])),
        body: payload,
        timestampMs: Date.now(),
      }),
    );
    return { url, headers };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connections.close();
  }
}
