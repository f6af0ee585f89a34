import { BadGatewayException } from '@nestjs/common';
import { ServiceName } from '@ocop/common';

/**
 * What the caller gets when a service answers 5xx: a 502 naming the service, never the service's
 * own error (which may say more about its insides than a client should see).
 */
export function backendFailed(service: ServiceName, status: number): BadGatewayException {
  return new BadGatewayException(`the ${service} service failed (${status}); try again`);
}
