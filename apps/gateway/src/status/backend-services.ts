import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { BACKEND_SERVICES, CommonSettings, ServiceName, serviceUrlSetting } from '@ocop/common';

export interface BackendResponse {
  status: number;
  body: unknown;
}

/** The internal HTTP addresses of the services the gateway forwards to. */
@Injectable()
export class BackendServices {
  private readonly urls: ReadonlyMap<ServiceName, string>;
  private readonly timeoutMs: number;

  constructor(config: ConfigService<CommonSettings & Record<string, string>, true>) {
    this.urls = new Map(
      BACKEND_SERVICES.map((service) => [
        service,
        config.get(serviceUrlSetting(service), { infer: true }).replace(/\/$/, ''),
      ]),
    );
    this.timeoutMs = config.get('HEALTH_TIMEOUT_MS', { infer: true });
  }

  names(): ServiceName[] {
    return [...this.urls.keys()];
  }

  urlOf(service: ServiceName): string {
    const url = this.urls.get(service);
    if (!url) throw new Error(`no backend service called ${service}`);
    return url;
  }

  async get(service: ServiceName, path: string, correlationId?: string): Promise<BackendResponse> {
    const response = await fetch(`${this.urlOf(service)}${path}`, {
      headers: correlationId ? { 'x-correlation-id': correlationId } : {},
      signal: AbortSignal.timeout(this.timeoutMs * 2),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text as it came
    }
    return { status: response.status, body };
  }
}
