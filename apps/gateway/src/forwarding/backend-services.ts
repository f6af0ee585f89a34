import { Injectable, OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  ACTOR_HEADERS,
  BACKEND_SERVICES,
  CommonSettings,
  ServiceName,
  serviceUrlSetting,
  signInternalRequest,
} from '@ocop/common';
import { Agent, request } from 'undici';

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
    const headers: Record<string, string> = { ...call.headers };
    if (call.correlationId) headers['x-correlation-id'] = call.correlationId;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
    // Signed as sent: undici sends the URL's normalised path and query.
    const url = new URL(`${this.urlOf(service)}${call.path}`);
    Object.assign(
      headers,
      signInternalRequest(this.internalSecret, {
        method: call.method,
        target: url.pathname + url.search,
        actor: Object.fromEntries(ACTOR_HEADERS.map((name) => [name, headers[name]])),
        body: payload,
        timestampMs: Date.now(),
      }),
    );
    let text: string;
    let status: number;
    try {
      const response = await request(url, {
        method: call.method,
        headers,
        body: payload,
        signal: AbortSignal.timeout(call.timeoutMs ?? this.timeoutMs * 5),
        dispatcher: this.connections,
      });
      status = response.statusCode;
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
    return { status, body };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connections.close();
  }
}
